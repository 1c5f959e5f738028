package hotline.server.demo;

import hotline.model.Role;
import hotline.server.Services;
import java.io.PrintStream;

/** Seeds the demonstration users (password = user name, DESIGN.md) and months of history. Only with --demo. */
public final class DemoSeeder {
    private final Services services;

    public DemoSeeder(Services services) {
        this.services = services;
    }

    public void seedIfEmpty(PrintStream progress) {
        if (services.auth.hasUsers()) {
            progress.println("demo: users already exist, nothing seeded");
            return;
        }
        services.auth.saveUser("admin", "admin", Role.ADMIN, null);
        services.auth.saveUser("operator", "operator", Role.OPERATOR, null);
        services.auth.saveUser("lead", "lead", Role.SHIFT_LEAD, null);
        services.auth.saveUser("clerk", "clerk", Role.CLERK, "110105001");
        services.auth.saveUser("handler", "handler", Role.HANDLER, "110105001");
        progress.println("demo: users admin, operator, lead, clerk, handler (password = user name)");
    }
}

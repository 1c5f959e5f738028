package hotline.server.demo;

import hotline.server.clocks.ManualClock;
import hotline.model.Role;
import hotline.server.Services;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Seeds the demonstration: the users of DESIGN.md (password = user name) and months of history that went
 * through the real intake, routing, clocks and lifecycle services on a simulated clock. Only with --demo.
 */
public final class DemoSeeder {
    private final Services services;

    public DemoSeeder(Services services) {
        this.services = services;
    }

    /** Seeds once: does nothing if any user exists. */
    public void seedIfEmpty(PrintStream progress) {
        seedIfEmpty(progress, DemoHistory.DEFAULT_CALLS_PER_DAY);
    }

    public void seedIfEmpty(PrintStream progress, int callsPerDay) {
        if (services.auth.hasUsers()) {
            progress.println("demo: data already present, nothing seeded");
            return;
        }
        Instant end = services.clock.instant();
        LocalDate firstDay = LocalDate.ofInstant(end, hotline.server.clocks.WorkCalendar.ZONE).withDayOfMonth(1).minusMonths(3);
        ManualClock simulated = new ManualClock(end);
        try (Services history = new Services(services.database, simulated, 4)) {
            DemoHistory.Summary summary = new DemoHistory(history, simulated, new DemoWording(), callsPerDay, 20261124L)
                    .run(firstDay, end, progress);
            progress.printf("demo: %d calls since %s: %d cases, %d repeat calls, %d lifecycle actions%n",
                    summary.calls(), firstDay, summary.cases(), summary.repeats(), summary.actions());
        }
        services.auth.saveDemoUser("admin", Role.ADMIN, null);
        services.auth.saveDemoUser("operator", Role.OPERATOR, null);
        services.auth.saveDemoUser("lead", Role.SHIFT_LEAD, null);
        services.auth.saveDemoUser("clerk", Role.CLERK, "110105001");
        services.auth.saveDemoUser("handler", Role.HANDLER, "110105001");
        progress.println("demo: users admin, operator, lead, clerk, handler (password = user name)");
    }
}

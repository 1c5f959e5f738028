package hotline.client.shell;

import hotline.client.api.HotlineApi;
import hotline.client.categorysearch.ClientCatalog;
import hotline.client.common.Units;
import hotline.model.LoginResponse;
import hotline.model.Role;

/** A logged-in user with the reference data fetched once after login. */
public record Session(HotlineApi api, String username, LoginResponse login, ClientCatalog catalog, Units units) {

    public Role role() {
        return login.role();
    }

    /** Clerks see their unit's cases and change nothing (DESIGN.md). */
    public boolean readOnly() {
        return login.role() == Role.CLERK;
    }

    public boolean takesCalls() {
        return login.role() == Role.OPERATOR || login.role() == Role.SHIFT_LEAD;
    }
}

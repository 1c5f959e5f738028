package hotline.server.auth;

import hotline.model.Role;

/** Who is calling: resolved from the bearer token on every request. */
public record Principal(String username, Role role, String unitCode) {

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }

    /** HANDLER and CLERK act for one unit and see only its cases. */
    public boolean scopedToUnit() {
        return role == Role.HANDLER || role == Role.CLERK;
    }
}

package hotline.server.auth;

import hotline.model.LoginRequest;
import hotline.model.Role;
import hotline.server.http.ApiException;
import hotline.server.http.Requests;
import io.javalin.http.Context;

/** Log-in, log-out, the bearer-token check on every other call, and user management for admins. */
public final class AuthController {
    public record NewUserRequest(String username, String password, Role role, String unitCode) {
    }

    private final AuthService auth;

    public AuthController(AuthService auth) {
        this.auth = auth;
    }

    public void login(Context ctx) {
        LoginRequest request = Requests.body(ctx, LoginRequest.class);
        if (request == null) {
            throw ApiException.badRequest("username and password are required");
        }
        ctx.json(auth.login(request.username(), request.password()));
    }

    public void logout(Context ctx) {
        auth.logout(bearer(ctx));
        ctx.status(204);
    }

    /** Before-handler: resolves the bearer token into the request's principal. */
    public void authenticate(Context ctx) {
        ctx.attribute(Requests.PRINCIPAL, auth.authenticate(bearer(ctx)));
    }

    public void saveUser(Context ctx) {
        if (!Requests.principal(ctx).is(Role.ADMIN)) {
            throw ApiException.forbidden("only an administrator manages users");
        }
        NewUserRequest request = Requests.body(ctx, NewUserRequest.class);
        if (request == null) {
            throw ApiException.badRequest("a user is required");
        }
        auth.saveUser(request.username(), request.password(), request.role(), request.unitCode());
        ctx.status(204);
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ApiException.unauthorized("a bearer token is required (Authorization: Bearer <token>)");
        }
        return header.substring(7).trim();
    }
}

package hotline.server.forwarding;

import hotline.server.http.ApiException;
import hotline.server.http.Requests;
import io.javalin.http.Context;

/** {@code GET /api/v1/forwarding/dead-letters} and {@code POST /api/v1/forwarding/dead-letters/{id}/resend}. */
public final class ForwardingController {
    private final DeadLetters deadLetters;

    public ForwardingController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    public void list(Context ctx) {
        ctx.json(deadLetters.list(Requests.principal(ctx)));
    }

    public void resend(Context ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("id must be a number");
        }
        deadLetters.resend(Requests.principal(ctx), id);
        ctx.status(204);
    }
}

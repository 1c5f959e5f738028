package hotline.server.live;

import hotline.server.auth.Principal;
import hotline.server.http.ApiException;
import hotline.server.http.Requests;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;

/** {@code GET /api/v1/live}: adapts the {@link LiveFeed} to server-sent events. The token was checked before. */
public final class LiveController {
    static final String EVENT_STREAM = "text/event-stream";

    private final LiveFeed feed;

    public LiveController(LiveFeed feed) {
        this.feed = feed;
    }

    public void stream(Context ctx) throws Exception {
        // Javalin's SSE handler answers an empty 200 to anything else, which looks like a feed with no news.
        String accept = ctx.header(Header.ACCEPT);
        if (accept == null || !accept.contains(EVENT_STREAM)) {
            throw new ApiException(406, "not_acceptable", "the live feed is " + EVENT_STREAM + "; send Accept: " + EVENT_STREAM);
        }
        Principal principal = Requests.principal(ctx);
        new SseHandler(client -> subscribe(client, principal)).handle(ctx);
    }

    private void subscribe(SseClient client, Principal principal) {
        client.keepAlive();
        RequestEnd end = new RequestEnd();
        client.ctx().req().getAsyncContext().addListener(end);
        Subscriber subscriber = feed.subscribe(principal, frame -> !end.isOver() && write(client, frame), () -> {
            if (!end.isOver()) {
                client.close();
            }
        });
        end.then(subscriber::close);
        client.onClose(subscriber::close);
    }

    /** Runs on the subscriber's thread only, so SseClient is never written from two threads. */
    private static boolean write(SseClient client, Frame frame) {
        if (client.terminated()) {
            return false;
        }
        if (frame.isComment()) {
            client.sendComment(frame.data());
        } else {
            client.sendEvent(frame.event(), frame.data());
        }
        return !client.terminated();
    }
}

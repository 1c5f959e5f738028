package hotline.server.live;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hears from Jetty that a stream's request is over: the client went away or the server is stopping. From then on
 * Javalin's SseClient must be left alone: completing it after Jetty recycled the request sends Javalin into a long
 * loop of failing error handlers (tens of thousands of logged stack traces per stream).
 */
final class RequestEnd implements AsyncListener {
    private final AtomicBoolean over = new AtomicBoolean();
    private volatile Runnable then = () -> { };

    boolean isOver() {
        return over.get();
    }

    /** Runs {@code action} when the request is over, or now if it already is; may run it twice. */
    void then(Runnable action) {
        then = action;
        if (over.get()) {
            action.run();
        }
    }

    private void end() {
        over.set(true);
        then.run();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        end();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        end();
    }

    @Override
    public void onError(AsyncEvent event) {
        end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // A stream is started once; nothing to do.
    }
}

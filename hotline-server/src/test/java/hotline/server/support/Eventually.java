package hotline.server.support;

import java.time.Duration;

/** Waits in a test for work done on another thread (a background loop, the intake writer, a receiver). */
public final class Eventually {
    /** What is waited for; it may read the database or the network. */
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Eventually() {
    }

    /** Polls {@code condition} until it holds; fails with {@code what} once {@code limit} has passed. */
    public static void within(Duration limit, String what, Condition condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " (not within " + limit.toSeconds() + " s)");
            }
            Thread.sleep(10);
        }
    }
}

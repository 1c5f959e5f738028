package hotline.client.outbox;

import hotline.client.api.ApiException;
import hotline.client.api.HotlineApi;
import hotline.client.api.ServerUnreachableException;
import hotline.model.CaseCreatedDto;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the logged-in user's waiting calls, strictly in order and one at a time, each with its own
 * Idempotency-Key, so a call the server took before the connection dropped is answered, not filed twice.
 * While the server cannot be reached it retries with a capped backoff; a call the server refuses for good
 * (e.g. a category retired meanwhile) is set aside in {@code rejected/} and reported, so it cannot block the rest.
 * Calls are sent only by the user who took them, because idempotency keys belong to a user on the server.
 */
public final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration MAX_RETRY = Duration.ofSeconds(10);

    /** Told about every change, on the sender's thread. */
    public interface Listener {
        void delivered(PendingCase pending, CaseCreatedDto created);

        void rejected(PendingCase pending, ApiException refusal);

        void waiting(int count, boolean serverReachable);
    }

    private final PendingCaseStore store;
    private final HotlineApi api;
    private final String username;
    private final Listener listener;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final Thread thread;
    private volatile boolean running = true;
    private boolean nudged; // guarded by lock: a nudge that arrives while sending must not be lost

    public OutboxSender(PendingCaseStore store, HotlineApi api, String username, Listener listener) {
        this.store = store;
        this.api = api;
        this.username = username;
        this.listener = listener;
        this.thread = new Thread(this::loop, "outbox-sender");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** A call was added: try now rather than at the next retry. */
    public void nudge() {
        lock.lock();
        try {
            nudged = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void loop() {
        Duration backoff = FIRST_RETRY;
        while (running) {
            Optional<PendingCase> next = store.oldest(username);
            if (next.isEmpty()) {
                listener.waiting(store.count(), true);
                pause(Duration.ofSeconds(30));
                continue;
            }
            PendingCase pending = next.get();
            try {
                CaseCreatedDto created = api.createCase(pending.request(), pending.idempotencyKey());
                store.delivered(pending);
                listener.delivered(pending, created);
                listener.waiting(store.count(), true);
                backoff = FIRST_RETRY;
            } catch (ApiException refusal) {
                if (refusal.isPermanent()) {
                    LOG.warn("the server refused a waiting call for good: {}", refusal.getMessage());
                    store.reject(pending);
                    listener.rejected(pending, refusal);
                } else {
                    backoff = retryLater(backoff);
                }
            } catch (ServerUnreachableException unreachable) {
                backoff = retryLater(backoff);
            } catch (RuntimeException e) {
                LOG.error("unexpected failure sending a waiting call", e);
                backoff = retryLater(backoff);
            }
        }
    }

    private Duration retryLater(Duration backoff) {
        listener.waiting(store.count(), false);
        pause(backoff);
        Duration doubled = backoff.multipliedBy(2);
        return doubled.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : doubled;
    }

    private void pause(Duration duration) {
        lock.lock();
        try {
            long left = duration.toNanos();
            while (!nudged && running && left > 0) {
                left = wake.awaitNanos(left);
            }
            nudged = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}

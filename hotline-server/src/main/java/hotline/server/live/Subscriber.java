package hotline.server.live;

import hotline.model.LiveEventDto;
import hotline.server.auth.Principal;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open stream: a bounded buffer filled by publishers and a thread of its own that empties it into the sink,
 * so a client that stops reading stalls only this thread. Once closed (by the client going away, by falling
 * behind or by the feed shutting down) it stays closed; the client reconnects as a new subscriber.
 */
final class Subscriber {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);
    /** Wakes the thread from its wait when the subscription is closed; never written. */
    private static final Frame WAKE_UP = new Frame(null, "closing");

    private final Principal principal;
    private final Sink sink;
    private final Runnable disconnect;
    private final BlockingQueue<Frame> buffer;
    private final Duration heartbeat;
    private final Consumer<Subscriber> onClose;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final String name;
    private final Thread thread;

    Subscriber(Principal principal, Sink sink, Runnable disconnect, int capacity, Duration heartbeat,
               Consumer<Subscriber> onClose) {
        this.principal = principal;
        this.sink = sink;
        this.disconnect = disconnect;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.heartbeat = heartbeat;
        this.onClose = onClose;
        this.name = principal.username() + "@" + Integer.toHexString(System.identityHashCode(this));
        this.thread = new Thread(this::deliver, "live-" + name);
        this.thread.setDaemon(true);
    }

    String name() {
        return name;
    }

    /** OPERATOR, SHIFT_LEAD and ADMIN see every case; HANDLER and CLERK their unit's, and the cases leaving it. */
    boolean wants(LiveEventDto event) {
        if (!principal.scopedToUnit()) {
            return true;
        }
        String unit = principal.unitCode();
        return unit.equals(event.leadUnitCode()) || unit.equals(event.previousUnitCode());
    }

    /** Queues a frame without waiting; false only when the buffer is full, i.e. the subscriber fell behind. */
    boolean offer(Frame frame) {
        return closed.get() || buffer.offer(frame);
    }

    void start() {
        thread.start();
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Idempotent; safe from any thread. The connection itself is ended by the subscriber's own thread. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
            buffer.clear();
            buffer.offer(WAKE_UP);
        }
    }

    /** Waits, until {@code deadlineNanos} at most, for the connection to have been ended. */
    void awaitEnd(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        if (left <= 0) {
            return;
        }
        try {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver() {
        try {
            while (!closed.get()) {
                Frame frame = buffer.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (closed.get() || !sink.write(frame == null ? Frame.HEARTBEAT : frame)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("live subscriber {} failed; disconnecting it", name, e);
        } finally {
            close();
            end();
        }
    }

    private void end() {
        try {
            disconnect.run();
        } catch (RuntimeException e) {
            LOG.debug("live subscriber {} was already disconnected", name, e);
        }
    }
}

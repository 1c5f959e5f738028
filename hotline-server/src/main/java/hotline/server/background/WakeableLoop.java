package hotline.server.background;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A daemon thread that does one round of work, then waits until {@link #wake() woken} (something was committed)
 * or until the poll interval has passed, and again. A loop with a {@code settle} time starts rounds at most that
 * often however often it is woken, so that work which gains from large batches (each round is one transaction)
 * is not done a few rows at a time under load. A round that fails is logged and tried again a second later;
 * {@link #close()} interrupts the thread and waits for it.
 */
public final class WakeableLoop implements AutoCloseable {
    /** One round of work; an interruption ends the loop. */
    public interface Round {
        void run() throws InterruptedException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WakeableLoop.class);

    private final String name;
    private final Duration poll;
    private final Duration settle;
    private final Round round;
    private final Semaphore wake = new Semaphore(0);
    private Thread thread;

    public WakeableLoop(String name, Duration poll, Round round) {
        this(name, poll, Duration.ZERO, round);
    }

    public WakeableLoop(String name, Duration poll, Duration settle, Round round) {
        this.name = name;
        this.poll = poll;
        this.settle = settle;
        this.round = round;
    }

    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs the next round now instead of at the end of the poll interval. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                long started = System.nanoTime();
                round.run();
                if (wake.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS)) {
                    long rest = settle.toNanos() - (System.nanoTime() - started);
                    if (rest > 0) {
                        TimeUnit.NANOSECONDS.sleep(rest);
                    }
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("{} failed a round; trying again", name, e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

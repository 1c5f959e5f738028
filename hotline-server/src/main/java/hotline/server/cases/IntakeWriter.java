package hotline.server.cases;

import hotline.server.http.ApiException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for intake: one writer thread takes whatever calls are waiting (up to {@link #MAX_BATCH}),
 * writes them in one transaction and commits once, then answers them all. A 201 is only sent after the
 * commit, so every answered case survives a crash, while the cost of a durable commit is shared by the
 * batch (STACK.md trap 9). If a batch fails, its calls are retried one by one so one bad call cannot sink
 * the others. The batch's live-feed events are published after its commit and before its calls are answered, so a
 * caller's own change is on the feed when its 201 arrives, and a batch that rolled back is never announced.
 * The calls are answered on a thread of their own ({@code intake-answers}): whatever the callers chained to their
 * futures (writing the HTTP response) never holds up the next batch.
 *
 * <p>Thread rule: {@link Step#apply} runs on the writer thread only, with its connection.
 */
final class IntakeWriter implements AutoCloseable {
    static final int MAX_BATCH = 256;
    /** A batch smaller than this waits up to {@link #GATHER_NANOS} after its first call for more (busy times only). */
    private static final int GATHER_TARGET = 16;
    private static final long GATHER_NANOS = TimeUnit.MILLISECONDS.toNanos(4);
    private static final Logger LOG = LoggerFactory.getLogger(IntakeWriter.class);

    /** One call's work inside the batch transaction. Throw {@link ApiException} before writing anything. */
    interface Step<R> {
        R apply(Connection connection, BatchContext batch) throws SQLException;
    }

    /** State shared by the steps of one transaction (e.g. case numbers reserved so far). */
    static final class BatchContext {
        final CaseNumbers numbers = new CaseNumbers();
        /** What the steps changed, for the outbox and the live feed; dropped with the context if the transaction fails. */
        final List<Changes.Change> changes = new ArrayList<>();
        private final List<Runnable> undo = new ArrayList<>();

        /** Registers what to undo in memory if this transaction rolls back (run on the writer thread). */
        void onRollback(Runnable action) {
            undo.add(action);
        }
    }

    private record Job<R>(Step<R> step, CompletableFuture<R> result, long queuedAt) {
    }

    private final DataSource dataSource;
    private final Changes changes;
    private final BlockingQueue<Job<?>> queue;
    private final Thread thread;
    private final ExecutorService answers = Executors.newSingleThreadExecutor(runnable -> {
        Thread answering = new Thread(runnable, "intake-answers");
        answering.setDaemon(true);
        return answering;
    });
    private volatile boolean running = true;
    private long statsSince = System.nanoTime();
    private long statsCalls;
    private long statsCommits;
    private long statsWriteNanos;
    private long statsLongestNanos;

    IntakeWriter(DataSource dataSource, Changes changes, int capacity) {
        this.dataSource = dataSource;
        this.changes = changes;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::loop, "intake-writer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    <R> CompletableFuture<R> submit(Step<R> step) {
        CompletableFuture<R> result = new CompletableFuture<>();
        if (!running) {
            result.completeExceptionally(new ApiException(503, "unavailable", "the server is shutting down"));
        } else if (!queue.offer(new Job<>(step, result, System.nanoTime()))) {
            result.completeExceptionally(new ApiException(429, "busy", "intake queue is full; retry with the same Idempotency-Key"));
        }
        return result;
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Job<?> first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                if (batch.size() > 1) {       // calls are arriving faster than one commit: worth gathering a few more
                    gather(batch, first.queuedAt() + GATHER_NANOS);
                }
                long started = System.nanoTime();
                write(batch);
                report(batch.size(), System.nanoTime() - started);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("intake writer failed a batch", e);
                List<Job<?>> failed = List.copyOf(batch);
                answers.execute(() -> failed.forEach(job -> job.result().completeExceptionally(e)));
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Waits, until {@code until} at the latest, for a small batch to fill up to {@link #GATHER_TARGET}. Each commit
     * has a fixed cost (about 1 ms on H2, docs/PERFORMANCE.md): at 1,000 calls/s the writer committed batches of two
     * and was 98 % busy, with nothing left for a burst; gathering for 4 ms made batches of six and left it 83 % busy.
     * A call that finds the writer idle and nobody else waiting is written at once.
     */
    private void gather(List<Job<?>> batch, long until) throws InterruptedException {
        while (batch.size() < GATHER_TARGET) {
            long left = until - System.nanoTime();
            Job<?> more = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (more == null) {
                return;
            }
            batch.add(more);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
    }

    private void write(List<Job<?>> batch) {
        List<Object> results = new ArrayList<>(batch.size());
        BatchContext context = new BatchContext();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Job<?> job : batch) {
                    results.add(run(job, connection, context));
                }
                context.numbers.flush(connection);
                changes.record(connection, context.changes);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                context.undo.forEach(Runnable::run);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            if (batch.size() > 1) {
                LOG.warn("batch of {} failed ({}); retrying one by one", batch.size(), e.toString());
                for (Job<?> job : batch) {
                    write(List.of(job));
                }
            } else {
                LOG.error("intake write failed", e);
                Job<?> failed = batch.get(0);
                answers.execute(() -> failed.result().completeExceptionally(
                        new ApiException(503, "unavailable", "the case could not be stored; retry with the same Idempotency-Key")));
            }
            return;
        }
        changes.committed(context.changes);
        List<Job<?>> answered = List.copyOf(batch);
        answers.execute(() -> {
            for (int i = 0; i < answered.size(); i++) {
                complete(answered.get(i), results.get(i));
            }
        });
    }

    /** Logs, at most every ten seconds of activity, how well commits are being shared. Writer thread only. */
    private void report(int calls, long nanos) {
        statsCalls += calls;
        statsCommits++;
        statsWriteNanos += nanos;
        statsLongestNanos = Math.max(statsLongestNanos, nanos);
        long now = System.nanoTime();
        if (now - statsSince >= 10_000_000_000L) {
            LOG.info("intake: {} calls in {} commits (average batch {}, writer busy {} %, longest batch {} ms)",
                    statsCalls, statsCommits, statsCalls / statsCommits, statsWriteNanos * 100 / (now - statsSince),
                    statsLongestNanos / 1_000_000);
            statsSince = now;
            statsCalls = 0;
            statsCommits = 0;
            statsWriteNanos = 0;
            statsLongestNanos = 0;
        }
    }

    /** Runs one step; a business refusal becomes that call's answer and leaves the batch intact. */
    private static Object run(Job<?> job, Connection connection, BatchContext context) throws SQLException {
        try {
            return job.step().apply(connection, context);
        } catch (ApiException refusal) {
            return refusal;
        }
    }

    @SuppressWarnings("unchecked")
    private static <R> void complete(Job<R> job, Object result) {
        if (result instanceof ApiException refusal) {
            job.result().completeExceptionally(refusal);
        } else {
            job.result().complete((R) result);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
            answers.shutdown();
            answers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

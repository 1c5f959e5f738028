package hotline.server.forwarding;

import hotline.server.background.WakeableLoop;
import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: POSTs each pending row to its unit's endpoint, signed, and marks it delivered on a 2xx.
 * A unit's rows go out one at a time in the order they were written (so in order per case); a failure stops that
 * unit's round and retries with backoff capped at {@link #MAX_BACKOFF}, so a receiver that comes back is served
 * within a minute. A row still failing after its expiry becomes a dead letter. At least once: a row is marked
 * only after its receiver answered, so a crash in between delivers it again with the same event id.
 */
public final class Dispatcher implements AutoCloseable {
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    private static final int ROUND = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Database database;
    private final Endpoints endpoints;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService senders = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "forwarding-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final WakeableLoop loop = new WakeableLoop("forwarding-dispatcher", IDLE_POLL, this::deliverDue);

    public Dispatcher(Database database, Endpoints endpoints, Clock clock) {
        this.database = database;
        this.endpoints = endpoints;
        this.clock = clock;
    }

    /** Starts delivering in the background; {@link #wake()} after a commit makes it look at once. */
    public void start() {
        loop.start();
    }

    /** Something was committed to the outbox (or a dead letter was resent): deliver without waiting for the poll. */
    public void wake() {
        loop.wake();
    }

    /** One round: every unit's due rows, units in parallel, each unit's in order. Returns how many were delivered. */
    public int deliverDue() throws InterruptedException {
        Instant now = clock.instant();
        Map<String, List<Row>> due = new LinkedHashMap<>();
        Set<String> blocked = new HashSet<>();
        for (Row row : pending()) {
            if (blocked.contains(row.unitCode())) {
                continue;
            }
            if (row.nextAttemptAt().isAfter(now)) {
                blocked.add(row.unitCode());  // an earlier row of this unit waits: later ones wait behind it
                continue;
            }
            due.computeIfAbsent(row.unitCode(), k -> new ArrayList<>()).add(row);
        }
        List<Future<Integer>> rounds = new ArrayList<>();
        due.forEach((unit, rows) -> rounds.add(senders.submit(() -> deliverInOrder(unit, rows))));
        int delivered = 0;
        for (Future<Integer> round : rounds) {
            try {
                delivered += round.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.error("forwarding to a unit failed", e.getCause());
            }
        }
        return delivered;
    }

    private int deliverInOrder(String unitCode, List<Row> rows) {
        Optional<Endpoint> endpoint = endpoints.find(unitCode);
        int delivered = 0;
        for (Row row : rows) {
            String error = endpoint.isPresent() ? send(endpoint.get(), row) : "the unit has no endpoint";
            if (error != null) {
                failed(row, error);
                return delivered;
            }
            delivered(row);
            delivered++;
        }
        return delivered;
    }

    /** POSTs one row; null when the receiver took it, else what went wrong. */
    private String send(Endpoint endpoint, Row row) {
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(endpoint.url())
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Hotline-Event-Id", String.valueOf(row.eventId()))
                .header("X-Hotline-Timestamp", String.valueOf(timestamp))
                .header("X-Hotline-Signature", Signature.sign(endpoint.secret(), timestamp, row.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(row.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    private List<Row> pending() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, event_id, unit_code, payload,"
                    + " attempts, next_attempt_at, expires_at from forward_outbox where state = 'PENDING'"
                    + " order by id fetch first " + ROUND + " rows only");
                 ResultSet rows = select.executeQuery()) {
                List<Row> list = new ArrayList<>();
                while (rows.next()) {
                    list.add(new Row(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getInt(5),
                            Jdbc.getInstant(rows, "next_attempt_at"), Jdbc.getInstant(rows, "expires_at")));
                }
                return list;
            }
        });
    }

    private void delivered(Row row) {
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update forward_outbox set state = 'DELIVERED',"
                    + " attempts = attempts + 1, last_error = null, delivered_at = ? where id = ?")) {
                Jdbc.setInstant(update, 1, clock.instant());
                update.setLong(2, row.id());
                return update.executeUpdate();
            }
        });
    }

    private void failed(Row row, String error) {
        Instant now = clock.instant();
        boolean dead = !now.isBefore(row.expiresAt());
        Instant next = now.plus(backoff(row.attempts() + 1));
        database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update forward_outbox set state = ?,"
                    + " attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")) {
                update.setString(1, dead ? "DEAD" : "PENDING");
                update.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
                Jdbc.setInstant(update, 3, next);
                update.setLong(4, row.id());
                return update.executeUpdate();
            }
        });
        if (dead) {
            LOG.warn("event {} for unit {} is a dead letter after {} attempts: {}", row.eventId(), row.unitCode(),
                    row.attempts() + 1, error);
        }
    }

    /** 0.5 s, 1 s, 2 s … doubling up to 30 s. */
    static Duration backoff(int attempts) {
        long millis = FIRST_BACKOFF.toMillis() << Math.min(attempts - 1, 16);
        return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
    }

    @Override
    public void close() {
        loop.close();
        senders.shutdownNow();
    }

    private record Row(long id, long eventId, String unitCode, String payload, int attempts, Instant nextAttemptAt,
                       Instant expiresAt) {
    }
}

package hotline.server.forwarding;

import hotline.server.background.WakeableLoop;
import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 *
 * <p>Several dispatchers may share one outbox (server nodes on one PostgreSQL, DESIGN.md "Forwarding to units"):
 * each row is sent inside a transaction that holds its unit's head row locked ({@code FOR UPDATE SKIP LOCKED}), so
 * while one dispatcher works a unit the others skip it, and a row is only sent once the rows before it are done.
 * Every unit with pending rows is looked at in every round, so a unit that is down with a day of backlog does not
 * hold up the others.
 */
public final class Dispatcher implements AutoCloseable {
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration IDLE_POLL = Duration.ofSeconds(1);
    /** Rows one unit may be sent in one round before the round ends and every unit is looked at again. */
    static final int ROUND = 2_000;
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    private final Database database;
    private final Endpoints endpoints;
    private final Clock clock;
    private final int round;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService senders = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "forwarding-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final WakeableLoop loop = new WakeableLoop("forwarding-dispatcher", IDLE_POLL, this::deliverDue);

    public Dispatcher(Database database, Endpoints endpoints, Clock clock) {
        this(database, endpoints, clock, ROUND);
    }

    /** @param round rows one unit may be sent in one round (tests make it small) */
    Dispatcher(Database database, Endpoints endpoints, Clock clock, int round) {
        this.database = database;
        this.endpoints = endpoints;
        this.clock = clock;
        this.round = round;
    }

    /** Starts delivering in the background; {@link #wake()} after a commit makes it look at once. */
    public void start() {
        loop.start();
    }

    /** Something was committed to the outbox (or a dead letter was resent): deliver without waiting for the poll. */
    public void wake() {
        loop.wake();
    }

    /** One round: every unit with pending rows, units in parallel, each unit's in order. Returns how many were delivered. */
    public int deliverDue() throws InterruptedException {
        List<Future<Integer>> rounds = new ArrayList<>();
        for (String unit : unitsWithPendingRows()) {
            rounds.add(senders.submit(() -> deliverInOrder(unit)));
        }
        int delivered = 0;
        for (Future<Integer> unitRound : rounds) {
            try {
                delivered += unitRound.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.error("forwarding to a unit failed", e.getCause());
            }
        }
        return delivered;
    }

    /**
     * Sends the unit's pending rows, oldest first, each in a transaction of its own that holds the row locked while
     * it is sent and marked. Stops at the first failure, at a row not yet due, when another dispatcher holds the
     * unit's head, or after {@link #round} rows.
     */
    private int deliverInOrder(String unitCode) {
        Optional<Endpoint> endpoint = endpoints.find(unitCode);
        int delivered = 0;
        while (delivered < round) {
            boolean sent = database.inTransaction(connection -> {
                Row head = lockHead(connection, unitCode);
                if (head == null) {
                    return false;
                }
                String error = endpoint.isPresent() ? send(endpoint.get(), head) : "the unit has no endpoint";
                if (error != null) {
                    failed(connection, head, error);
                    return false;
                }
                delivered(connection, head);
                return true;
            });
            if (!sent) {
                return delivered;
            }
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

    private List<String> unitsWithPendingRows() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select distinct unit_code from forward_outbox where state = 'PENDING'");
                 ResultSet rows = select.executeQuery()) {
                List<String> units = new ArrayList<>();
                while (rows.next()) {
                    units.add(rows.getString(1));
                }
                return units;
            }
        });
    }

    /**
     * The unit's oldest pending row, locked by this transaction; null if it has none, if it is not due yet (the rows
     * behind it wait too), or if another dispatcher holds it. The row is asked for as pending again when it is
     * locked, so a row that another dispatcher marked meanwhile is not sent twice. The inner query orders by the whole
     * index (state, unit_code, id): H2 then reads one index entry; with {@code min(id)} or {@code order by id} it read
     * every pending row of the unit, for every row sent, so draining a backlog of n rows cost n² entries.
     */
    private Row lockHead(Connection connection, String unitCode) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select id, event_id, unit_code, payload, attempts,"
                + " next_attempt_at, expires_at from forward_outbox where state = 'PENDING' and id ="
                + " (select id from forward_outbox where state = 'PENDING' and unit_code = ?"
                + " order by state, unit_code, id fetch first 1 rows only)"
                + " for update skip locked")) {
            lock.setString(1, unitCode);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                Row head = new Row(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getInt(5),
                        Jdbc.getInstant(rows, "next_attempt_at"), Jdbc.getInstant(rows, "expires_at"));
                return head.nextAttemptAt().isAfter(clock.instant()) ? null : head;
            }
        }
    }

    private void delivered(Connection connection, Row row) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update forward_outbox set state = 'DELIVERED',"
                + " attempts = attempts + 1, last_error = null, delivered_at = ? where id = ?")) {
            Jdbc.setInstant(update, 1, clock.instant());
            update.setLong(2, row.id());
            update.executeUpdate();
        }
    }

    private void failed(Connection connection, Row row, String error) throws SQLException {
        Instant now = clock.instant();
        boolean dead = !now.isBefore(row.expiresAt());
        Instant next = now.plus(backoff(row.attempts() + 1));
        try (PreparedStatement update = connection.prepareStatement("update forward_outbox set state = ?,"
                + " attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")) {
            update.setString(1, dead ? "DEAD" : "PENDING");
            update.setString(2, error.length() > 500 ? error.substring(0, 500) : error);
            Jdbc.setInstant(update, 3, next);
            update.setLong(4, row.id());
            update.executeUpdate();
        }
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

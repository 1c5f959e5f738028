package hotline.server.cases;

import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Idempotency-Keys of the last {@link #WINDOW}, kept in memory so that a retry is recognised without an index.
 * The key itself is stored durably on the case it created ({@code hotline_case.idem_key}), in the same transaction,
 * and this index is rebuilt from the cases of the window when the server starts: a call answered 201 before a crash
 * is still recognised after it. A unique index on the key cost the intake writer a random B-tree page per call:
 * with random keys the store benchmark carried 2,127 and 2,432 cases/s with it, 2,578 and 2,581/s without
 * (docs/PERFORMANCE.md, decision 0002).
 *
 * <p>Keys older than the window are forgotten, as payment APIs forget theirs after a day: an operator's client
 * retries within seconds, its offline outbox as soon as the server answers again. A call retried later still
 * finds its case through repeat detection (same phone), unless it forces a new one. Memory is bounded by
 * {@link #MAX_KEYS} (about 300 bytes a key); past it the oldest keys go early and a warning says so.
 *
 * <p>Thread rule: after {@link #load}, only the intake writer thread uses it.
 */
final class IdempotencyKeys {
    static final Duration WINDOW = Duration.ofHours(24);
    static final int MAX_KEYS = 500_000;
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** The case a user created with a key, and the hash of the request that created it. */
    record KeyedCase(String caseId, String requestHash) {
    }

    private record UserKey(String username, String key) {
    }

    private record Remembered(UserKey userKey, KeyedCase created, Instant at) {
    }

    /**
     * Sized for {@code maxKeys} up front: growing a map of 200,000 keys rehashes all of them on the writer thread,
     * in the middle of a busy hour, and the growing table is a humongous object for the collector.
     */
    private final Map<UserKey, KeyedCase> byKey;
    /** The same keys, oldest first (nearly: calls are stamped on arrival, then written in queue order). */
    private final ArrayDeque<Remembered> byAge;
    private final int maxKeys;
    private Instant warnedAt = Instant.MIN;

    IdempotencyKeys(int maxKeys) {
        this.maxKeys = maxKeys;
        this.byKey = new HashMap<>(maxKeys * 4 / 3 + 1);
        this.byAge = new ArrayDeque<>(maxKeys + 1);
    }

    /** Loads the keys of the cases created in the window before {@code now}. */
    static IdempotencyKeys load(Connection connection, Instant now) throws SQLException {
        IdempotencyKeys keys = new IdempotencyKeys(MAX_KEYS);
        try (PreparedStatement select = connection.prepareStatement("select created_by, idem_key, id, request_hash,"
                + " created_at from hotline_case where created_at >= ? and idem_key is not null order by created_at")) {
            Jdbc.setInstant(select, 1, now.minus(WINDOW));
            select.setFetchSize(1_000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    keys.remember(rows.getString(1), rows.getString(2), new KeyedCase(rows.getString(3), rows.getString(4)),
                            Jdbc.getInstant(rows, "created_at"));
                }
            }
        }
        if (keys.size() > 0) {
            LOG.info("{} Idempotency-Keys of the last {} hours loaded", keys.size(), WINDOW.toHours());
        }
        return keys;
    }

    Optional<KeyedCase> find(String username, String key) {
        return Optional.ofNullable(byKey.get(new UserKey(username, key)));
    }

    /**
     * Remembers the key of a case being written, so that a second call with it, even in the same transaction, finds
     * the first; if that transaction rolls back, {@link #forget} it. Forgets what has left the window.
     */
    void remember(String username, String key, KeyedCase created, Instant at) {
        UserKey userKey = new UserKey(username, key);
        byKey.put(userKey, created);
        byAge.addLast(new Remembered(userKey, created, at));
        Instant horizon = at.minus(WINDOW);
        while (!byAge.isEmpty() && (byAge.peekFirst().at().isBefore(horizon) || byAge.size() > maxKeys)) {
            Remembered oldest = byAge.removeFirst();
            byKey.remove(oldest.userKey(), oldest.created());
            if (!oldest.at().isBefore(horizon) && warnedAt.isBefore(at.minus(Duration.ofHours(1)))) {
                warnedAt = at;
                LOG.warn("more than {} Idempotency-Keys in {} hours: keys from {} on are forgotten early",
                        maxKeys, WINDOW.toHours(), oldest.at());
            }
        }
    }

    /** Forgets a key whose case was rolled back (its entry in {@code byAge} then removes nothing). */
    void forget(String username, String key, KeyedCase created) {
        byKey.remove(new UserKey(username, key), created);
    }

    int size() {
        return byKey.size();
    }
}

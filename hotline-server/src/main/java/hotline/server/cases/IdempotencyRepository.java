package hotline.server.cases;

import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Remembers the first answer to each (user, Idempotency-Key) so that a retry gets it again. */
final class IdempotencyRepository {
    record Stored(String requestHash, String responseJson) {
    }

    Optional<Stored> find(Connection connection, String username, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select request_hash, response_json from idempotency_key where username = ? and idem_key = ?")) {
            select.setString(1, username);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Stored(rows.getString(1), rows.getString(2))) : Optional.empty();
            }
        }
    }

    void insert(Connection connection, String username, String key, String requestHash, String caseId, String responseJson,
                Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into idempotency_key (idem_key, username,"
                + " request_hash, case_id, response_json, created_at) values (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, username);
            insert.setString(3, requestHash);
            insert.setString(4, caseId);
            insert.setString(5, responseJson);
            Jdbc.setInstant(insert, 6, at);
            insert.executeUpdate();
        }
    }
}

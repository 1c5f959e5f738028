package hotline.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** V8 moves the Idempotency-Keys of an installation that already holds cases onto those cases. */
class IdempotencyKeyMigrationTest {
    @Test
    void keysTakenBeforeTheUpgradeStillFindTheirCases() throws SQLException {
        OldSchemaRows.upgradeFrom("7", (connection, sql) -> {
            OldSchemaRows.casesOfOneUnit(sql, "01KEYED", "01UNKEYED");
            sql.execute("insert into idempotency_key (idem_key, username, request_hash, case_id, response_json, created_at)"
                    + " values ('call-1', 'op1', 'hash-1', '01KEYED', '{}', current_timestamp)");
        }, (connection, sql) -> {
            try (ResultSet rows = sql.executeQuery("select id, idem_key, request_hash from hotline_case order by id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("01KEYED");
                assertThat(rows.getString(2)).isEqualTo("call-1");
                assertThat(rows.getString(3)).isEqualTo("hash-1");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("01UNKEYED");
                assertThat(rows.getString(2)).isNull();
            }
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from idempotency_key"))
                    .isInstanceOf(SQLException.class);
        });
    }
}

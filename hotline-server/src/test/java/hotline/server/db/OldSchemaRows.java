package hotline.server.db;

import com.zaxxer.hikari.HikariDataSource;
import hotline.server.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For the upgrade tests: a database left at an older version, rows written straight into its schema (the columns
 * every version since V1 has), then the upgrade to the latest.
 */
final class OldSchemaRows {
    /** Work on one connection of the database under test. */
    interface Step {
        void run(Connection connection, Statement sql) throws SQLException;
    }

    private OldSchemaRows() {
    }

    /**
     * A fresh database migrated to {@code version}; {@code before} writes its rows, every later migration runs,
     * {@code after} checks what they made of them. The database is dropped afterwards.
     */
    static void upgradeFrom(String version, Step before, Step after) throws SQLException {
        DatabaseConfig config = TestDatabase.freshConfig();
        try (HikariDataSource dataSource = DataSourceFactory.create(config)) {
            Migrations.apply(dataSource, config.schema(), version);
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                before.run(connection, sql);
            }
            Migrations.apply(dataSource, config.schema());
            try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
                after.run(connection, sql);
            }
        } finally {
            TestDatabase.dropSchema(config);
        }
    }

    /** One sub-district and a dispatched complaint for each id, led by it. */
    static void casesOfOneUnit(Statement sql, String... ids) throws SQLException {
        sql.execute("insert into unit (code, kind, name) values ('110105001', 'SUB_DISTRICT', '建外街道')");
        for (String id : ids) {
            sql.execute("insert into hotline_case (id, case_number, type, urgency, status, category_code, description,"
                    + " caller_anonymous, channel, lead_unit_code, routing_rule, routing_reason, repeat_count, heat,"
                    + " clock_profile_version, created_by, created_at, updated_at, version) values ('" + id + "', 'N"
                    + id + "', 'COMPLAINT', 'NORMAL', 'DISPATCHED', 'C1', '噪音', false, 'PHONE', '110105001',"
                    + " 'SUB_DISTRICT_CHOSEN', 'r', 0, 1, '2026-01', 'op1', current_timestamp, current_timestamp, 1)");
        }
    }
}

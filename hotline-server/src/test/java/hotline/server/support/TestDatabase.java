package hotline.server.support;

import com.zaxxer.hikari.HikariDataSource;
import hotline.server.db.DataSourceFactory;
import hotline.server.db.Database;
import hotline.server.db.DatabaseConfig;
import hotline.server.db.Migrations;
import hotline.server.db.SqlDialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, migrated database for one test class: H2 in memory by default, or a new schema on the local
 * PostgreSQL 15 when {@code -Dhotline.test.db=postgres}. Under CI (CI=true) an unreachable PostgreSQL fails
 * the suite; on a developer machine without one, the PostgreSQL run is skipped.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String PG_URL = System.getProperty("hotline.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String PG_USER = System.getProperty("hotline.test.pg.user", "postgres");

    private final HikariDataSource dataSource;
    private final Database database;
    private final DatabaseConfig config;

    private TestDatabase(DatabaseConfig config) {
        this.config = config;
        this.dataSource = DataSourceFactory.create(config);
        Migrations.apply(dataSource, config.schema());
        this.database = new Database(dataSource, SqlDialect.of(config));
    }

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("hotline.test.db", "h2"));
    }

    public static TestDatabase create() {
        return new TestDatabase(freshConfig());
    }

    /** A database nobody else uses: a private H2 memory database, or a new PostgreSQL schema. */
    public static DatabaseConfig freshConfig() {
        String name = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        if (!postgres()) {
            return new DatabaseConfig("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
        }
        requirePostgres();
        return new DatabaseConfig(PG_URL, PG_USER, "", name);
    }

    /** Fails under CI, skips elsewhere, when the local PostgreSQL cannot be reached. */
    public static void requirePostgres() {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
             Statement ping = connection.createStatement()) {
            ping.execute("select 1");
        } catch (SQLException e) {
            String message = "PostgreSQL at " + PG_URL + " is unreachable: " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI requires the PostgreSQL suite to run)", e);
            }
            Assumptions.abort(message);
        }
    }

    public Database database() {
        return database;
    }

    public DatabaseConfig config() {
        return config;
    }

    @Override
    public void close() {
        dataSource.close();
        dropSchema(config);
    }

    /** Drops the PostgreSQL schema of a {@link #freshConfig()} (an H2 memory database goes with its connections). */
    public static void dropSchema(DatabaseConfig config) {
        if (config.schema() != null) {
            try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, "");
                 Statement drop = connection.createStatement()) {
                drop.execute("drop schema if exists " + config.schema() + " cascade");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + config.schema(), e);
            }
        }
    }
}

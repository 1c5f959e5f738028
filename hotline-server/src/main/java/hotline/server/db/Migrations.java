package hotline.server.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One set of Flyway migrations (classpath db/migration, plus the Java ones listed here where a step differs by
 * database) serves H2 and PostgreSQL alike.
 */
public final class Migrations {
    private Migrations() {
    }

    public static int apply(DataSource dataSource, String schema) {
        return apply(dataSource, schema, "latest");
    }

    /** Migrates up to {@code target} (a version, or "latest"): upgrade tests start from an older schema. */
    static int apply(DataSource dataSource, String schema, String target) {
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V6__EventIdsInAllocationOrder(), new V9__ClocksOnTheCase()).target(target);
        if (schema != null) {
            configuration.schemas(schema).createSchemas(true);
        }
        return configuration.load().migrate().migrationsExecuted;
    }
}

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
        var configuration = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new V6__EventIdsInAllocationOrder());
        if (schema != null) {
            configuration.schemas(schema).createSchemas(true);
        }
        return configuration.load().migrate().migrationsExecuted;
    }
}

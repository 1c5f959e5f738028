package hotline.server.db;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Event ids in the order they are allocated, on PostgreSQL too. V1 gave the event identity a cache of 10,000
 * values so H2 writes its sequence page rarely; H2 keeps that cache for the whole database, but PostgreSQL keeps
 * one per session, so two connections would hand out ids 10,000 apart and a reader of the event log in id order
 * (the ranking projector) would see them far out of commit order. PostgreSQL sequences are cheap without a cache.
 */
public final class V6__EventIdsInAllocationOrder extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("alter table case_event alter column id set cache 1");
            }
        }
    }
}

package hotline.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Builds the connection pool for H2 or PostgreSQL from one {@link DatabaseConfig}. */
public final class DataSourceFactory {
    private DataSourceFactory() {
    }

    public static HikariDataSource create(DatabaseConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setPoolName("hotline");
        hikari.setMaximumPoolSize(config.isPostgres() ? 16 : 12);
        hikari.setAutoCommit(true);
        if (config.schema() != null) {
            hikari.setSchema(config.schema());
        }
        return new HikariDataSource(hikari);
    }
}

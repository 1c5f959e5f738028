package hotline.server.db;

/** The one seam for vendor-specific SQL; everything else is portable between H2 and PostgreSQL. */
public enum SqlDialect {
    H2, POSTGRESQL;

    public static SqlDialect of(DatabaseConfig config) {
        return config.isPostgres() ? POSTGRESQL : H2;
    }

    /** Name of the product for the health answer. */
    public String productName() {
        return this == H2 ? "h2" : "postgresql";
    }
}

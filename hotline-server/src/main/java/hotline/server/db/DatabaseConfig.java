package hotline.server.db;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the cases live: an H2 file under the data folder by default, or any JDBC URL (PostgreSQL to scale out).
 * {@code schema} is for tests and side-by-side installs on one PostgreSQL database.
 */
public record DatabaseConfig(String url, String user, String password, String schema) {

    public DatabaseConfig {
        Objects.requireNonNull(url, "url");
    }

    /** H2's page cache unless {@code HOTLINE_H2_CACHE_MB} says otherwise (docs/PERFORMANCE.md, "the page cache"). */
    public static final int DEFAULT_H2_CACHE_MB = 32;

    public static DatabaseConfig h2File(Path dataDir) {
        return h2File(dataDir, DEFAULT_H2_CACHE_MB);
    }

    public static DatabaseConfig h2File(Path dataDir, int cacheMegabytes) {
        // WRITE_DELAY=0: H2 otherwise acknowledges commits up to 500 ms before they reach the file (STACK.md trap 9).
        // PAGE_SIZE 16 KB (set when the file is created): 40 % more intake than the 4 KB default, measured in
        // docs/PERFORMANCE.md. CACHE_SIZE (KB): every commit puts the pages it wrote into the cache, so under heavy
        // intake a large cache keeps them alive long enough to be copied by the collector (G1 pauses of 100+ ms
        // with 256 MB); 32 MB let them die young and costs the case listing about 0.05 ms a page on 300,000 cases.
        // QUERY_CACHE_SIZE: one intake transaction prepares about a dozen distinct statements; with H2's default of 8
        // parsed statements per session every one of them was parsed again each time.
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("hotline") + ";WRITE_DELAY=0;PAGE_SIZE=16384"
                + ";CACHE_SIZE=" + cacheMegabytes * 1024 + ";QUERY_CACHE_SIZE=32;DB_CLOSE_ON_EXIT=FALSE";
        return new DatabaseConfig(url, "sa", "", null);
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for logs and the health answer. */
    public String describe() {
        int semicolon = url.indexOf(';');
        int question = url.indexOf('?');
        int cut = semicolon >= 0 ? semicolon : question >= 0 ? question : url.length();
        return url.substring(0, cut) + (schema == null ? "" : " schema " + schema);
    }
}

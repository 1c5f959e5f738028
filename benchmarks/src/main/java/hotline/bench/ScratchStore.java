package hotline.bench;

import com.zaxxer.hikari.HikariDataSource;
import hotline.server.Services;
import hotline.server.db.DataSourceFactory;
import hotline.server.db.Database;
import hotline.server.db.DatabaseConfig;
import hotline.server.db.Migrations;
import hotline.server.db.SqlDialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A benchmark's own database, migrated and wired into {@link Services}: an embedded H2 file in a temporary folder,
 * or, with {@code HOTLINE_DB_URL} set (and {@link #fromEnvironment}), a fresh schema of that PostgreSQL. Closing
 * it closes the services and removes what it made (the folder, the schema).
 */
final class ScratchStore implements AutoCloseable {
    final Path folder;
    final DatabaseConfig config;
    final Services services;
    private final HikariDataSource dataSource;

    private ScratchStore(Path folder, DatabaseConfig config) {
        this.folder = folder;
        this.config = config;
        this.dataSource = DataSourceFactory.create(config);
        Migrations.apply(dataSource, config.schema());
        this.services = new Services(new Database(dataSource, SqlDialect.of(config)), Clock.systemUTC(), 4);
    }

    /** Embedded H2; {@code urlSuffix} is appended to its JDBC URL (e.g. settings to try), or empty. */
    static ScratchStore h2(String name, String urlSuffix) throws IOException {
        Path folder = Files.createTempDirectory(name);
        DatabaseConfig h2 = DatabaseConfig.h2File(folder);
        return new ScratchStore(folder, new DatabaseConfig(h2.url() + urlSuffix, h2.user(), h2.password(), null));
    }

    static ScratchStore h2(String name) throws IOException {
        return h2(name, "");
    }

    /** PostgreSQL when HOTLINE_DB_URL is set (user HOTLINE_DB_USER, default postgres), else embedded H2. */
    static ScratchStore fromEnvironment(String name) throws IOException {
        String url = System.getenv("HOTLINE_DB_URL");
        if (url == null) {
            return h2(name, System.getenv().getOrDefault("H2_EXTRA", ""));
        }
        return new ScratchStore(Files.createTempDirectory(name), new DatabaseConfig(url,
                System.getenv().getOrDefault("HOTLINE_DB_USER", "postgres"), "", name.replace('-', '_') + "_"
                + System.currentTimeMillis()));
    }

    /** Bytes the embedded database takes on disk now. */
    long size() {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (config.isPostgres()) {
            services.database.inTransaction(connection ->
                    connection.createStatement().execute("drop schema " + config.schema() + " cascade"));
        }
        services.close();
        dataSource.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package hotline.client.support;

import hotline.server.HotlineApp;
import hotline.server.Services;
import hotline.server.db.DataSourceFactory;
import hotline.server.db.Database;
import hotline.server.db.DatabaseConfig;
import hotline.server.db.Migrations;
import hotline.server.db.SqlDialect;
import hotline.server.demo.DemoSeeder;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import java.nio.file.Path;
import hotline.server.clocks.ManualClock;
import java.time.Duration;
import java.time.Instant;

/**
 * The real server for client tests: H2 in a temporary folder, migrations, a short demo history (three calls a day
 * over the demo's months, through the real services) and the demo users (password = user name). It can be
 * stopped and started again on the same port, to test a client that loses its server. Its clock is manual (starting
 * now), so a test can make clocks run out while the client watches.
 */
public final class LiveServer implements AutoCloseable, AfterAllCallback {
    private final Path folder;
    private final com.zaxxer.hikari.HikariDataSource dataSource;
    private final Services services;
    private final ManualClock clock = new ManualClock(Instant.now());
    private Javalin app;
    private int port;

    public LiveServer() {
        try {
            folder = Files.createTempDirectory("hotline-client-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseConfig config = DatabaseConfig.h2File(folder);
        dataSource = DataSourceFactory.create(config);
        Migrations.apply(dataSource, null);
        services = new Services(new Database(dataSource, SqlDialect.of(config)), clock, 4);
        new DemoSeeder(services).seedIfEmpty(new PrintStream(OutputStream.nullOutputStream()), 3);
        services.rankingProjector.start();               // rankings and return rates follow events, as in the server
        start(0);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Services services() {
        return services;
    }

    /** Moves the server's time on and lets the clock scheduler mark what turned yellow or red. */
    public void advanceClocks(Duration by) {
        clock.advance(by);
        services.scheduler.scanUntilDone();
    }

    public void stop() {
        app.stop();
        app = null;
    }

    public void restart() {
        start(port);
    }

    private void start(int wanted) {
        app = HotlineApp.create(services, "client-test").start(wanted);
        port = app.port();
    }

    /** As {@code @RegisterExtension static final LiveServer server}, it is closed after the test class. */
    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (app != null) {
            app.stop();
        }
        services.close();
        dataSource.close();
    }
}

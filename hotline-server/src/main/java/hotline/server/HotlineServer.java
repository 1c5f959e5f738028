package hotline.server;

import hotline.model.Role;
import hotline.server.db.DataSourceFactory;
import hotline.server.db.Database;
import hotline.server.db.Migrations;
import hotline.server.db.SqlDialect;
import hotline.server.demo.DemoSeeder;
import io.javalin.Javalin;
import java.io.Console;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Main: config → DataSource → migrate → services → (demo seed) → HTTP. */
public final class HotlineServer {
    private static final Logger LOG = LoggerFactory.getLogger(HotlineServer.class);

    private HotlineServer() {
    }

    public static void main(String[] args) throws Exception {
        ServerConfig config;
        try {
            config = ServerConfig.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!config.database().isPostgres()) {
            Files.createDirectories(config.dataDir());
        }
        var dataSource = DataSourceFactory.create(config.database());
        int migrated = Migrations.apply(dataSource, config.database().schema());
        LOG.info("database {} ready ({} migrations applied)", config.database().describe(), migrated);
        var services = new Services(new Database(dataSource, SqlDialect.of(config.database())), Clock.systemUTC(), 10,
                config.deadLetterAfter());
        if (config.createAdmin() != null) {
            createAdmin(services, config.createAdmin());
            services.close();
            dataSource.close();
            return;
        }
        if (config.demo()) {
            new DemoSeeder(services).seedIfEmpty(System.out);
        }
        if (!services.auth.hasUsers()) {
            System.out.println("No user exists yet. Create the first administrator with:\n"
                    + "  HOTLINE_ADMIN_PASSWORD='<a password of 8+ characters>' java -jar hotline-server.jar --create-admin admin"
                    + (config.database().isPostgres() ? "" : " --data " + config.dataDir())
                    + "\n(or start with --demo for a demonstration with sample users and history)");
        }
        Javalin app = HotlineApp.create(services, version()).start(config.port());
        services.scheduler.start(Duration.ofSeconds(30));
        services.dispatcher.start();
        services.rankingProjector.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            services.close();
            dataSource.close();
        }, "shutdown"));
        LOG.info("Hotline 12345 server {} listening on port {}", version(), app.port());
    }

    private static void createAdmin(Services services, String username) {
        String password = System.getenv("HOTLINE_ADMIN_PASSWORD");
        Console console = System.console();
        if ((password == null || password.isBlank()) && console != null) {
            password = new String(console.readPassword("Password for %s: ", username));
        }
        if (password == null || password.length() < 8) {
            System.err.println("Set HOTLINE_ADMIN_PASSWORD (8+ characters) or run in a terminal to type it.");
            System.exit(2);
        }
        services.auth.saveUser(username, password, Role.ADMIN, null);
        System.out.println("Administrator " + username + " saved.");
    }

    static String version() {
        String version = HotlineServer.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }
}

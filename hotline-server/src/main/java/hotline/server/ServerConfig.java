package hotline.server;

import hotline.server.db.DatabaseConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Command line and environment of the server:
 * {@code [--demo] [--port N] [--data DIR] [--create-admin NAME]}, and {@code HOTLINE_DB_URL},
 * {@code HOTLINE_DB_USER}, {@code HOTLINE_DB_PASSWORD} to use PostgreSQL instead of the embedded H2 file,
 * {@code HOTLINE_H2_CACHE_MB} for H2's page cache, {@code HOTLINE_DEAD_LETTER_AFTER}.
 */
public record ServerConfig(int port, Path dataDir, boolean demo, String createAdmin, DatabaseConfig database,
                           Duration deadLetterAfter) {
    public static final int DEFAULT_PORT = 7070;

    public static ServerConfig parse(String[] args, Map<String, String> env) {
        int port = DEFAULT_PORT;
        Path data = Path.of(System.getProperty("user.home"), ".hotline12345");
        boolean demo = false;
        String createAdmin = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--port" -> port = parsePort(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--create-admin" -> createAdmin = value(args, ++i, "--create-admin");
                case "--help", "-h" -> throw new IllegalArgumentException(usage());
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage());
            }
        }
        String url = env.get("HOTLINE_DB_URL");
        DatabaseConfig database = url == null || url.isBlank()
                ? DatabaseConfig.h2File(data, h2CacheMegabytes(env.get("HOTLINE_H2_CACHE_MB")))
                : new DatabaseConfig(url, env.getOrDefault("HOTLINE_DB_USER", ""), env.getOrDefault("HOTLINE_DB_PASSWORD", ""),
                env.get("HOTLINE_DB_SCHEMA"));
        Duration deadLetterAfter = Services.DEAD_LETTER_AFTER;
        String deadAfter = env.get("HOTLINE_DEAD_LETTER_AFTER");
        if (deadAfter != null && !deadAfter.isBlank()) {
            try {
                deadLetterAfter = Duration.parse(deadAfter.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("HOTLINE_DEAD_LETTER_AFTER must be an ISO-8601 duration such as PT24H\n" + usage());
            }
            if (deadLetterAfter.isNegative() || deadLetterAfter.isZero()) {
                throw new IllegalArgumentException("HOTLINE_DEAD_LETTER_AFTER must be positive\n" + usage());
            }
        }
        return new ServerConfig(port, data, demo, createAdmin, database, deadLetterAfter);
    }

    public static String usage() {
        return "usage: java -jar hotline-server.jar [--demo] [--port N] [--data DIR] [--create-admin NAME]\n"
                + "  HOTLINE_DB_URL, HOTLINE_DB_USER, HOTLINE_DB_PASSWORD select PostgreSQL instead of H2 in DIR\n"
                + "  HOTLINE_H2_CACHE_MB (default " + DatabaseConfig.DEFAULT_H2_CACHE_MB + "): H2's page cache in megabytes\n"
                + "  HOTLINE_DEAD_LETTER_AFTER (default PT24H): how long a unit's webhook delivery is retried";
    }

    private static int h2CacheMegabytes(String text) {
        if (text == null || text.isBlank()) {
            return DatabaseConfig.DEFAULT_H2_CACHE_MB;
        }
        try {
            int megabytes = Integer.parseInt(text.strip());
            if (megabytes < 4 || megabytes > 65_536) {
                throw new NumberFormatException();
            }
            return megabytes;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("HOTLINE_H2_CACHE_MB must be a whole number of megabytes from 4 to 65536, got "
                    + text + "\n" + usage());
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + usage());
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be 0-65535, got " + text);
        }
    }
}

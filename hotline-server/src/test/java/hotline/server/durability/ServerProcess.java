package hotline.server.durability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The packaged server jar run as a separate operating-system process, so a test can kill it for real. */
final class ServerProcess {
    private final Path jar = Path.of("target", "hotline-server.jar");
    private final Path dataDir;
    private final Map<String, String> env;
    private final Path log;
    static final String ADMIN_PASSWORD = "crash-test-admin";
    final int port;
    private Process process;

    ServerProcess(Path dataDir, Map<String, String> env, Path log) throws IOException {
        this.dataDir = dataDir;
        this.env = env;
        this.log = log;
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /**
     * A server on fresh data — a new H2 folder, or a new PostgreSQL schema when the suite runs against PostgreSQL —
     * logging to target/{@code name}-h2.log or -postgres.log, with an administrator "admin" whose password is
     * {@link #ADMIN_PASSWORD}. Not started yet.
     */
    static ServerProcess fresh(String name) throws IOException, InterruptedException {
        Path work = java.nio.file.Files.createTempDirectory("hotline-" + name);
        Map<String, String> env = new java.util.HashMap<>();
        if (hotline.server.support.TestDatabase.postgres()) {
            var config = hotline.server.support.TestDatabase.freshConfig();
            env.put("HOTLINE_DB_URL", config.url());
            env.put("HOTLINE_DB_USER", config.user());
            env.put("HOTLINE_DB_SCHEMA", config.schema());
        }
        Path log = Path.of("target", name + "-" + (hotline.server.support.TestDatabase.postgres() ? "postgres" : "h2") + ".log");
        ServerProcess server = new ServerProcess(work.resolve("data"), env, log);
        if (server.runOnce(Map.of("HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD), "--create-admin", "admin") != 0) {
            throw new IllegalStateException("could not create the administrator; see " + log);
        }
        return server;
    }

    /** Runs the jar once with the given arguments and waits for it to exit (e.g. --create-admin). */
    int runOnce(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = command(args);
        builder.environment().putAll(extraEnv);
        return builder.start().waitFor();
    }

    void start() throws IOException, InterruptedException {
        process = command("--port", String.valueOf(port)).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("server did not start within 90 s; see " + log);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private ProcessBuilder command(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx512m", "-jar", jar.toString(),
                "--data", dataDir.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        return builder;
    }

    static File jarFile() {
        return Path.of("target", "hotline-server.jar").toFile();
    }
}

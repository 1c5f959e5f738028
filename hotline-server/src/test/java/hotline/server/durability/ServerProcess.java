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

package hotline.server.support;

import hotline.server.clocks.ManualClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.Role;
import hotline.server.HotlineApp;
import hotline.server.Services;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free port over a fresh test database, with the five standard users
 * (password = user name + "-pass") and a clock the test moves. Requests go over real HTTP.
 * As {@code @RegisterExtension final TestServer server = new TestServer();} each test gets its own server,
 * closed after the test.
 */
public final class TestServer implements AutoCloseable, AfterEachCallback, AfterAllCallback {
    public static final Instant START = Instant.parse("2026-11-24T02:00:00Z"); // a Tuesday, 10:00 in Beijing

    public final TestDatabase db;
    public final ManualClock clock;
    public final Services services;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new HashMap<>();
    private final boolean perClass;

    /** One server for all the tests of a class, closed after the last: for a {@code static @RegisterExtension} field. */
    public static TestServer perClass() {
        return new TestServer(true);
    }

    /** A server for one test, closed after it: for an instance {@code @RegisterExtension} field, or closed by hand. */
    public TestServer() {
        this(false);
    }

    private TestServer(boolean perClass) {
        this.perClass = perClass;
        this.db = TestDatabase.create();
        this.clock = new ManualClock(START);
        this.services = new Services(db.database(), clock, 4);
        services.auth.saveUser("admin", "admin-pass", Role.ADMIN, null);
        services.auth.saveUser("operator", "operator-pass", Role.OPERATOR, null);
        services.auth.saveUser("lead", "lead-pass", Role.SHIFT_LEAD, null);
        services.auth.saveUser("clerk", "clerk-pass", Role.CLERK, "110105001");
        services.auth.saveUser("handler", "handler-pass", Role.HANDLER, "110105001");
        this.app = HotlineApp.create(services, "test").start(0);
    }

    public ObjectMapper json() {
        return services.json;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Logs the user in once (password = name + "-pass") and remembers the token. */
    public String token(String user) {
        return tokens.computeIfAbsent(user, u -> {
            Response login = send("POST", "/api/v1/auth/login", null, Map.of("username", u, "password", u + "-pass"), Map.of());
            if (login.status() != 200) {
                throw new IllegalStateException("login of " + u + " failed: " + login.body());
            }
            return login.json().get("token").asText();
        });
    }

    /** Forget cached tokens, e.g. after moving the clock past their lifetime. */
    public void forgetTokens() {
        tokens.clear();
    }

    public Response get(String user, String path) {
        return send("GET", path, user, null, Map.of());
    }

    public Response post(String user, String path, Object body) {
        return send("POST", path, user, body, Map.of());
    }

    public Response post(String user, String path, Object body, Map<String, String> headers) {
        return send("POST", path, user, body, headers);
    }

    public Response send(String method, String path, String user, Object body, Map<String, String> headers) {
        try {
            String text = body == null ? "" : body instanceof String s ? s : json().writeValueAsString(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json");
            if (user != null) {
                request.header("Authorization", "Bearer " + token(user));
            }
            headers.forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.body(), json());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, ObjectMapper mapper) {
        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (perClass) {
            close();
        }
    }

    @Override
    public void close() {
        app.stop();
        services.close();
        db.close();
    }
}

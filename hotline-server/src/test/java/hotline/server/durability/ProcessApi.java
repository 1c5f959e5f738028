package hotline.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP calls to a {@link ServerProcess}, as any client makes them. */
final class ProcessApi {
    final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    String login(ServerProcess server, String user, String password) throws Exception {
        var response = post(server, null, "/api/v1/auth/login", java.util.Map.of("username", user, "password", password), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).get("token").asText();
    }

    HttpResponse<String> post(ServerProcess server, String token, String path, Object body, String key)
            throws IOException, InterruptedException {
        return send(server, token, path, "POST", body, key);
    }

    HttpResponse<String> put(ServerProcess server, String token, String path, Object body)
            throws IOException, InterruptedException {
        return send(server, token, path, "PUT", body, null);
    }

    HttpResponse<String> get(ServerProcess server, String token, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token).GET();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(ServerProcess server, String token, String path, String method, Object body,
                                      String key) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

package hotline.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.server.support.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthApiTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void loginReturnsATokenWithTheRoleAndUnit() {
        var login = server.post(null, "/api/v1/auth/login", Map.of("username", "clerk", "password", "clerk-pass"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("role").asText()).isEqualTo("CLERK");
        assertThat(login.json().get("unitCode").asText()).isEqualTo("110105001");
        assertThat(login.json().get("token").asText()).hasSizeGreaterThan(30);
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSame401() {
        var wrong = server.post(null, "/api/v1/auth/login", Map.of("username", "clerk", "password", "nope-nope"));
        var unknown = server.post(null, "/api/v1/auth/login", Map.of("username", "ghost", "password", "nope-nope"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.json().get("message").asText()).isEqualTo(unknown.json().get("message").asText());
        assertThat(server.post(null, "/api/v1/auth/login", Map.of("username", "clerk")).status()).isEqualTo(422);
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String hash = server.db.database().read(connection -> {
            try (var rows = connection.createStatement().executeQuery("select password_hash from app_user where username = 'lead'")) {
                rows.next();
                return rows.getString(1);
            }
        });
        assertThat(hash).startsWith("$2a$").doesNotContain("lead-pass");
    }

    @Test
    void tokensExpireAndLogoutRevokesThem() {
        assertThat(server.get("operator", "/api/v1/units?kind=DISTRICT").status()).isEqualTo(200);
        server.clock.advance(Duration.ofHours(13));
        var expired = server.get("operator", "/api/v1/units?kind=DISTRICT");
        assertThat(expired.status()).isEqualTo(401);

        String token = server.post(null, "/api/v1/auth/login", Map.of("username", "lead", "password", "lead-pass"))
                .json().get("token").asText();
        var headers = Map.of("Authorization", "Bearer " + token);
        assertThat(server.send("POST", "/api/v1/auth/logout", null, null, headers).status()).isEqualTo(204);
        assertThat(server.send("GET", "/api/v1/units", null, null, headers).status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdminCreatesUsersAndSetsEndpoints() {
        var user = Map.of("username", "op2", "password", "a-long-password", "role", "OPERATOR");
        assertThat(server.post("lead", "/api/v1/users", user).status()).isEqualTo(403);
        assertThat(server.post("admin", "/api/v1/users", user).status()).isEqualTo(204);
        assertThat(server.post(null, "/api/v1/auth/login", Map.of("username", "op2", "password", "a-long-password")).status())
                .isEqualTo(200);
        var shortPassword = Map.of("username", "op3", "password", "op3", "role", "OPERATOR");
        assertThat(server.post("admin", "/api/v1/users", shortPassword).json().get("fields").findValuesAsText("field"))
                .contains("password");
        var noName = Map.of("password", "x", "role", "OPERATOR");
        assertThat(server.post("admin", "/api/v1/users", noName).status()).isEqualTo(422);
        var handlerWithoutUnit = Map.of("username", "h2", "password", "a-long-password", "role", "HANDLER");
        assertThat(server.post("admin", "/api/v1/users", handlerWithoutUnit).json().get("fields").findValuesAsText("field"))
                .contains("unitCode");
        var endpoint = Map.of("url", "https://unit.example/hotline", "secret", "0123456789abcdef0123");
        assertThat(server.send("PUT", "/api/v1/units/110105001/endpoint", "lead", endpoint, Map.of()).status()).isEqualTo(403);
        assertThat(server.send("PUT", "/api/v1/units/110105001/endpoint", "admin", endpoint, Map.of()).status()).isEqualTo(204);
        assertThat(server.send("PUT", "/api/v1/units/110105001/endpoint", "admin", Map.of("url", "ftp://x", "secret", "short"),
                Map.of()).json().get("fields").findValuesAsText("field")).contains("url", "secret");
    }

    @Test
    void healthNeedsNoTokenAndReportsTheDatabase() {
        var health = server.get(null, "/api/v1/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
        assertThat(health.json().get("database").asText()).isIn("h2", "postgresql");
        assertThat(server.get(null, "/api/v1/nothing-here").status()).isIn(401, 404);
    }
}

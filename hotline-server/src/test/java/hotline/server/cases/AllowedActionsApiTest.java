package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A case tells each user which actions (their URL names) they may take on it now, so clients offer only those. */
class AllowedActionsApiTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    private List<String> allowed(String user, String id) {
        List<String> actions = new ArrayList<>();
        server.get(user, "/api/v1/cases/" + id).json().get("allowedActions").forEach(a -> actions.add(a.asText()));
        return actions;
    }

    @Test
    void eachRoleSeesWhatItMayDoInThisState() {
        JsonNode created = server.post("operator", "/api/v1/cases",
                Cases.complaint("道路清扫不及时", "13800000041", Cases.LAT, Cases.LNG, "110105001")).json();
        String id = created.get("id").asText();
        assertThat(allowed("handler", id)).containsExactlyInAnyOrder("sign", "return");
        assertThat(allowed("lead", id)).containsExactlyInAnyOrder("reassign", "supervise");
        assertThat(allowed("operator", id)).containsExactly("reassign");
        assertThat(allowed("clerk", id)).isEmpty();

        assertThat(server.post("handler", "/api/v1/cases/" + id + "/actions/sign", Map.of()).status()).isEqualTo(200);
        assertThat(allowed("handler", id)).containsExactlyInAnyOrder("contact", "note", "resolve", "return",
                "request-extension", "call-in");
    }
}

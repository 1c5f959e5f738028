package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.model.Role;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import hotline.server.support.WebhookReceiver;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Joint orders (吹哨报到): 建外街道 leads a case and calls in 朝外街道 with its own task and sub-clock; the co-unit sees
 * it in its queue, signs and reports done; a co-unit that misses its step is escalated to its district; the case
 * resolves when the lead resolves it.
 */
class JointOrderApiTest {
    private static final String LEAD = "110105001";
    private static final String CO = "110105002";

    @RegisterExtension
    final TestServer server = new TestServer();
    private String id;

    @BeforeEach
    void aSignedOrderOfJianwai() {
        server.services.auth.saveUser("cohandler", "cohandler-pass", Role.HANDLER, CO);
        var body = Cases.with(Cases.complaint("道路清扫不及时", "13800001111", 39.9075, 116.45, LEAD), "forceNew", true);
        id = server.post("operator", "/api/v1/cases", body).json().get("id").asText();
        assertThat(act("handler", "sign", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void theCoUnitSeesSignsAndFinishesItsTask() {
        String until = server.clock.instant().plus(Duration.ofDays(2)).toString();
        JsonNode called = act("handler", "call-in", Map.of("unitCode", CO, "text", "清理两街道交界处的共管路段",
                "until", until)).json();
        assertThat(called.get("status").asText()).isEqualTo("SIGNED");                  // the lead's order goes on
        JsonNode co = called.get("coUnits").get(0);
        assertThat(co.get("unitCode").asText()).isEqualTo(CO);
        assertThat(co.get("state").asText()).isEqualTo("CALLED");
        assertThat(co.get("dueAt").asText()).isEqualTo(until);
        assertThat(co.get("signDueAt").asText()).isEqualTo(server.clock.instant().plus(Duration.ofHours(2)).toString());

        JsonNode queue = server.get("cohandler", "/api/v1/cases?limit=50").json().get("items");
        assertThat(queue.findValuesAsText("id")).contains(id);                          // in the co-unit's own queue
        JsonNode seen = server.get("cohandler", "/api/v1/cases/" + id).json();
        assertThat(seen.get("allowedActions")).extracting(JsonNode::asText).containsExactly("co-sign", "co-done");
        assertThat(act("cohandler", "resolve", Map.of("result", "不是我的单")).status()).isEqualTo(403);
        assertThat(act("cohandler", "co-sign", Map.of()).status()).isEqualTo(200);
        assertThat(act("cohandler", "co-sign", Map.of()).status()).isEqualTo(409);
        assertThat(server.get("cohandler", "/api/v1/cases/" + id).json().get("allowedActions"))
                .extracting(JsonNode::asText).containsExactly("co-done");
        assertThat(act("cohandler", "co-done", Map.of()).status()).isEqualTo(422);     // the result is required
        JsonNode done = act("cohandler", "co-done", Map.of("text", "共管路段已清扫")).json();
        assertThat(done.at("/coUnits/0/state").asText()).isEqualTo("DONE");
        assertThat(done.at("/coUnits/0/result").asText()).isEqualTo("共管路段已清扫");
        assertThat(server.get("cohandler", "/api/v1/cases?limit=50").json().get("items").findValuesAsText("id"))
                .doesNotContain(id);                                                      // finished: off its queue
        JsonNode events = server.get("lead", "/api/v1/cases/" + id + "/events").json();
        assertThat(events.findValuesAsText("type")).contains("CALL_IN", "CO_SIGN", "CO_DONE");
    }

    @Test
    void aCoUnitThatMissesItsStepIsEscalatedToItsDistrictAndTheLeadResolvesTheCase() throws Exception {
        try (WebhookReceiver district = new WebhookReceiver("chaoyang-district-secret-1");
             WebhookReceiver coUnit = new WebhookReceiver("chaowai-street-secret-12")) {
            setEndpoint("110105", district);
            setEndpoint(CO, coUnit);
            act("handler", "call-in", Map.of("unitCode", CO, "text", "协助核查占道情况"));
            server.clock.advance(Duration.ofHours(3));                                   // past its two hours to sign
            server.services.scheduler.scanUntilDone();
            JsonNode co = server.get("lead", "/api/v1/cases/" + id).json().at("/coUnits/0");
            assertThat(co.get("state").asText()).isEqualTo("ESCALATED");
            JsonNode escalated = lastEvent();
            assertThat(escalated.get("type").asText()).isEqualTo("CO_ESCALATED");
            assertThat(escalated.at("/data/missed").asText()).isEqualTo("SIGN");
            assertThat(escalated.at("/data/forwardTo").asText()).isEqualTo("110105");
            server.services.dispatcher.deliverDue();
            assertThat(coUnit.accepted()).hasSize(1);                                     // the call-in, to the co-unit
            assertThat(coUnit.accepted().get(0).body()).contains("\"eventType\":\"CALL_IN\"", "协助核查占道情况");
            assertThat(district.accepted()).hasSize(1);                                   // the escalation, to 朝阳
            assertThat(district.accepted().get(0).body()).contains("\"eventType\":\"CO_ESCALATED\"");

            server.forgetTokens();
            act("handler", "call-in", Map.of("unitCode", "110105003", "text", "提供监控录像"));
            act("handler", "contact", Map.of());
            assertThat(act("handler", "resolve", Map.of("result", "已清理")).json().get("status").asText()).isEqualTo("RESOLVED");
            assertThat(server.get("lead", "/api/v1/cases/" + id).json().at("/coUnits/1/state").asText()).isEqualTo("CLOSED");
        }
    }

    @Test
    void aCallInIsValidated() {
        assertThat(act("handler", "call-in", Map.of("unitCode", CO)).status()).isEqualTo(422);         // no task
        assertThat(act("handler", "call-in", Map.of("unitCode", LEAD, "text", "x")).status()).isEqualTo(422);
        assertThat(act("handler", "call-in", Map.of("unitCode", "NOPE", "text", "x")).status()).isEqualTo(422);
        assertThat(act("handler", "call-in", Map.of("unitCode", CO, "text", "x",
                "until", server.clock.instant().minusSeconds(60).toString())).status()).isEqualTo(422);
        assertThat(act("clerk", "call-in", Map.of("unitCode", CO, "text", "x")).status()).isEqualTo(403);
        assertThat(act("handler", "call-in", Map.of("unitCode", CO, "text", "x")).status()).isEqualTo(200);
        assertThat(act("handler", "call-in", Map.of("unitCode", CO, "text", "again")).status()).isEqualTo(409);
        assertThat(act("cohandler", "co-done", Map.of("text", "done")).status()).isEqualTo(200);   // done without signing
        server.services.auth.saveUser("stranger", "stranger-pass", Role.HANDLER, "110105004");
        assertThat(act("stranger", "co-sign", Map.of()).status()).isEqualTo(403);
    }

    private void setEndpoint(String unit, WebhookReceiver receiver) {
        String secret = unit.equals(CO) ? "chaowai-street-secret-12" : "chaoyang-district-secret-1";
        assertThat(server.send("PUT", "/api/v1/units/" + unit + "/endpoint", "admin",
                Map.of("url", receiver.url(), "secret", secret), Map.of()).status()).isEqualTo(204);
    }

    private JsonNode lastEvent() {
        JsonNode events = server.get("lead", "/api/v1/cases/" + id + "/events").json();
        return events.get(events.size() - 1);
    }

    private TestServer.Response act(String user, String action, Map<String, Object> body) {
        return server.post(user, "/api/v1/cases/" + id + "/actions/" + action, body);
    }
}

package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole life of an order through the actions API, with the roles and states that may act. */
class CaseLifecycleApiTest {
    @RegisterExtension
    final TestServer server = new TestServer();
    private int phone = 100;

    /** A complaint routed by the operator to Jianwai (110105001), the demo handler's unit. */
    private String jianwaiCase() {
        var body = Cases.complaint("路面油污", "1370000" + String.format("%04d", phone++), Cases.LAT, Cases.LNG, "110105001");
        return server.post("operator", "/api/v1/cases", Cases.with(body, "forceNew", true)).json().get("id").asText();
    }

    private TestServer.Response act(String user, String id, String action, Object body) {
        return server.post(user, "/api/v1/cases/" + id + "/actions/" + action, body == null ? Map.of() : body);
    }

    private String status(String id) {
        return server.get("lead", "/api/v1/cases/" + id).json().get("status").asText();
    }

    @Test
    void anOrderGoesFromDispatchToCloseAndEveryStepIsAnEvent() {
        String id = jianwaiCase();
        assertThat(act("handler", id, "sign", null).status()).isEqualTo(200);
        server.clock.advance(Duration.ofMinutes(30));
        assertThat(act("handler", id, "contact", Map.of("text", "已电话联系")).json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(act("handler", id, "note", Map.of("text", "已安排保洁车清理")).status()).isEqualTo(200);
        server.clock.advance(Duration.ofHours(5));
        JsonNode resolved = act("handler", id, "resolve", Map.of("result", "油污已清理干净")).json();
        assertThat(resolved.get("status").asText()).isEqualTo("RESOLVED");
        assertThat(resolved.get("clocks").findValuesAsText("name")).contains("RETURN_VISIT");
        JsonNode visited = act("operator", id, "visit", Map.of("contacted", true, "resolved", "YES", "satisfaction", "SATISFIED")).json();
        assertThat(visited.get("status").asText()).isEqualTo("VISITED");
        assertThat(act("lead", id, "close", null).json().get("status").asText()).isEqualTo("CLOSED");

        JsonNode events = server.get("clerk", "/api/v1/cases/" + id + "/events").json();
        assertThat(events.findValuesAsText("type"))
                .containsExactly("CREATED", "SIGN", "CONTACT", "NOTE", "RESOLVE", "VISIT", "CLOSE");
        assertThat(events.get(1).get("actor").asText()).isEqualTo("handler");
        assertThat(events.get(1).get("statusBefore").asText()).isEqualTo("DISPATCHED");
        assertThat(events.get(4).get("data").get("result").asText()).isEqualTo("油污已清理干净");
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("seq").asInt()).isEqualTo(i + 1);
        }
        JsonNode clocks = server.get("lead", "/api/v1/cases/" + id).json().get("clocks");
        assertThat(clocks.findValuesAsText("state")).containsOnly("MET");
    }

    @Test
    void actionsFromTheWrongStateAre409AndFromTheWrongRole403() {
        String id = jianwaiCase();
        assertThat(act("handler", id, "resolve", Map.of("result", "x")).status()).isEqualTo(409);
        assertThat(act("handler", id, "close", null).status()).isEqualTo(403);
        assertThat(act("operator", id, "sign", null).status()).isEqualTo(403);
        assertThat(act("clerk", id, "sign", null).status()).isEqualTo(403);
        assertThat(act("clerk", id, "note", Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(act("operator", id, "reassign", Map.of("unitCode", "110105002")).status()).isEqualTo(403);
        assertThat(act("handler", id, "fly", null).status()).isEqualTo(404);
        var conflict = act("lead", id, "close", null);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("message").asText()).contains("DISPATCHED");
        assertThat(status(id)).isEqualTo("DISPATCHED");
    }

    @Test
    void aHandlerActsOnlyOnOwnUnitsOrdersAndAClerkSeesOnlyOwnUnitsCases() {
        var other = Cases.complaint("路面油污", "13711112222", Cases.LAT, Cases.LNG, "110105002");
        String id = server.post("operator", "/api/v1/cases", other).json().get("id").asText();
        assertThat(act("handler", id, "sign", null).status()).isEqualTo(403);
        assertThat(server.get("clerk", "/api/v1/cases/" + id).status()).isEqualTo(403);
        assertThat(server.get("clerk", "/api/v1/cases?unit=110105002").status()).isEqualTo(403);
        String own = jianwaiCase();
        assertThat(server.get("clerk", "/api/v1/cases/" + own).status()).isEqualTo(200);
        JsonNode listed = server.get("clerk", "/api/v1/cases?limit=50").json().get("items");
        assertThat(listed.findValuesAsText("leadUnitCode")).containsOnly("110105001");
    }

    @Test
    void aReturnedOrderIsArbitratedAcceptedToAnotherUnitWithFreshSignClock() {
        String id = jianwaiCase();
        act("handler", id, "sign", null);
        var badReason = act("handler", id, "return", Map.of("reason", "DONT_WANT"));
        assertThat(badReason.status()).isEqualTo(422);
        var unknownUnit = act("handler", id, "return", Map.of("reason", "WRONG_LOCATION", "unitCode", "NOWHERE"));
        assertThat(unknownUnit.status()).isEqualTo(422);
        assertThat(unknownUnit.json().get("fields").findValuesAsText("field")).containsExactly("unitCode");
        assertThat(act("handler", id, "return", Map.of("reason", "WRONG_LOCATION", "detail", "位置在相邻街道",
                "unitCode", "110105002")).json().get("status").asText()).isEqualTo("RETURN_REQUESTED");
        JsonNode returned = server.get("lead", "/api/v1/cases/" + id + "/events").json();
        assertThat(returned.get(returned.size() - 1).at("/data/suggestedUnit").asText()).isEqualTo("110105002");
        JsonNode paused = server.get("lead", "/api/v1/cases/" + id).json().get("clocks");
        assertThat(paused.findValues("pausedSince")).isNotEmpty();
        server.clock.advance(Duration.ofHours(1));
        JsonNode accepted = act("lead", id, "accept-return", Map.of("unitCode", "110105002")).json();
        assertThat(accepted.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(accepted.get("leadUnit").get("code").asText()).isEqualTo("110105002");
        assertThat(accepted.get("routing").get("rule").asText()).isEqualTo("MANUAL");
        JsonNode sign = find(accepted.get("clocks"), "SIGN");
        assertThat(Instant.parse(sign.get("dueAt").asText())).isEqualTo(server.clock.instant().plus(Duration.ofHours(2)));
        assertThat(find(accepted.get("clocks"), "HANDLE").get("pausedSince")).isNull();
    }

    @Test
    void aRejectedReturnGoesBackToTheUnitAndItsClocksResumeLaterByThePause() {
        String id = jianwaiCase();
        act("handler", id, "sign", null);
        Instant handleDue = Instant.parse(find(server.get("lead", "/api/v1/cases/" + id).json().get("clocks"), "HANDLE")
                .get("dueAt").asText());
        act("handler", id, "return", Map.of("reason", "NOT_OUR_DUTY"));
        server.clock.advance(Duration.ofHours(3));
        JsonNode rejected = act("lead", id, "reject-return", Map.of("reason", "属地职责，请继续办理")).json();
        assertThat(rejected.get("status").asText()).isEqualTo("SIGNED");
        Instant resumedDue = Instant.parse(find(rejected.get("clocks"), "HANDLE").get("dueAt").asText());
        assertThat(resumedDue).isAfter(handleDue);
    }

    @Test
    void anExtensionMovesTheDeadlineOnlyWhenApproved() {
        String id = jianwaiCase();
        act("handler", id, "sign", null);
        act("handler", id, "contact", null);
        Instant until = server.clock.instant().plus(Duration.ofDays(20));
        var invalid = act("handler", id, "request-extension", Map.of("reason", "需协调"));
        assertThat(invalid.json().get("fields").findValuesAsText("field")).contains("until");
        act("handler", id, "request-extension", Map.of("until", until.toString(), "reason", "需协调多部门"));
        assertThat(status(id)).isEqualTo("EXTENSION_REQUESTED");
        JsonNode denied = act("lead", id, "deny-extension", Map.of("reason", "可在期限内办结")).json();
        assertThat(denied.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(find(denied.get("clocks"), "HANDLE").get("dueAt").asText())).isBefore(until);

        act("handler", id, "request-extension", Map.of("until", until.toString(), "reason", "需协调多部门"));
        JsonNode approved = act("lead", id, "approve-extension", null).json();
        assertThat(approved.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(Instant.parse(find(approved.get("clocks"), "HANDLE").get("dueAt").asText())).isEqualTo(until);
    }

    @Test
    void aDissatisfiedReturnVisitReopensTheCaseToTheUnit() {
        String id = jianwaiCase();
        act("handler", id, "sign", null);
        act("handler", id, "contact", null);
        act("handler", id, "resolve", Map.of("result", "已处理"));
        var incomplete = act("operator", id, "visit", Map.of("contacted", true));
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.json().get("fields").findValuesAsText("field")).contains("resolved", "satisfaction");
        JsonNode reopened = act("operator", id, "visit",
                Map.of("contacted", true, "resolved", "NO", "satisfaction", "DISSATISFIED")).json();
        assertThat(reopened.get("status").asText()).isEqualTo("REOPENED");
        assertThat(reopened.get("leadUnit").get("code").asText()).isEqualTo("110105001");
        assertThat(act("handler", id, "sign", null).json().get("status").asText()).isEqualTo("SIGNED");
        assertThat(find(reopened.get("clocks"), "SIGN").get("state").asText()).isEqualTo("GREEN");
        JsonNode events = server.get("lead", "/api/v1/cases/" + id + "/events").json();
        assertThat(events.findValuesAsText("type")).containsSubsequence("RESOLVE", "REOPENED", "SIGN");
    }

    @Test
    void anUnreachableCallerIsAnExcludedVisitNotAReopening() {
        String id = jianwaiCase();
        act("handler", id, "sign", null);
        act("handler", id, "contact", null);
        act("handler", id, "resolve", Map.of("result", "已处理"));
        assertThat(act("operator", id, "visit", Map.of("contacted", false)).status()).isEqualTo(422);
        JsonNode visited = act("operator", id, "visit", Map.of("contacted", false, "excludedReason", "UNREACHABLE")).json();
        assertThat(visited.get("status").asText()).isEqualTo("VISITED");
    }

    @Test
    void aLeadSupervisesAndReassignsAnOpenOrder() {
        String id = jianwaiCase();
        assertThat(act("lead", id, "supervise", Map.of()).status()).isEqualTo(422);
        assertThat(act("lead", id, "supervise", Map.of("message", "请加快办理")).status()).isEqualTo(200);
        assertThat(act("lead", id, "reassign", Map.of("unitCode", "110105001")).status()).isEqualTo(409);
        assertThat(act("lead", id, "reassign", Map.of("unitCode", "NOPE")).status()).isEqualTo(422);
        JsonNode moved = act("lead", id, "reassign", Map.of("unitCode", "DEP-CGZF")).json();
        assertThat(moved.get("leadUnit").get("code").asText()).isEqualTo("DEP-CGZF");
        assertThat(server.get("handler", "/api/v1/cases/" + id).status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode clocks, String name) {
        for (JsonNode clock : clocks) {
            if (clock.get("name").asText().equals(name)) {
                return clock;
            }
        }
        throw new AssertionError("no clock " + name + " in " + clocks);
    }
}

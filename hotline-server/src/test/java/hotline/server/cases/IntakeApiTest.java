package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.Eventually;
import hotline.server.support.TestDatabase;
import hotline.server.support.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IntakeApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void anOrdinaryComplaintIsDispatchedWithItsRuleAndClocks() {
        var response = server.post("operator", "/api/v1/cases", Cases.complaint("道路清扫不及时", "13800000001"));
        assertThat(response.status()).isEqualTo(201);
        JsonNode created = response.json();
        assertThat(created.get("caseNumber").asText()).matches("20261124\\d{5}");
        assertThat(created.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(created.get("leadUnit").get("kind").asText()).isEqualTo("SUB_DISTRICT");
        assertThat(created.get("leadUnit").get("districtCode").asText()).isEqualTo("110105");
        assertThat(created.get("routing").get("rule").asText()).isEqualTo("NEAREST_SUB_DISTRICT");
        assertThat(created.get("routing").get("reason").asText()).contains("最近");
        assertThat(created.get("clocks")).extracting(c -> c.get("name").asText()).contains("SIGN", "CONTACT", "HANDLE");
        assertThat(created.get("repeatOf").isNull()).isTrue();

        JsonNode stored = server.get("operator", "/api/v1/cases/" + created.get("id").asText()).json();
        assertThat(stored.get("routing").get("rule").asText()).isEqualTo("NEAREST_SUB_DISTRICT");
        assertThat(stored.get("location").get("districtName").asText()).isEqualTo("朝阳区");
        JsonNode events = server.get("operator", "/api/v1/cases/" + created.get("id").asText() + "/events").json();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("type").asText()).isEqualTo("CREATED");
        assertThat(events.get(0).get("statusAfter").asText()).isEqualTo("DISPATCHED");
    }

    @Test
    void theOperatorsChoiceOfSubDistrictWins() {
        var body = Cases.complaint("路面油污", "13800000002", Cases.LAT, Cases.LNG, "110105002");
        JsonNode created = server.post("operator", "/api/v1/cases", body).json();
        assertThat(created.get("leadUnit").get("code").asText()).isEqualTo("110105002");
        assertThat(created.get("routing").get("rule").asText()).isEqualTo("OPERATOR_SUB_DISTRICT");
    }

    @Test
    void aCityWideCategoryGoesToItsUnitAndAnEmergencyIsTransferred() {
        JsonNode heating = server.post("operator", "/api/v1/cases", Cases.complaint("供暖不热", "13800000003")).json();
        assertThat(heating.get("leadUnit").get("code").asText()).isEqualTo("ENT-HEAT");
        assertThat(heating.get("clocks").findValuesAsText("name")).contains("HANDLE");

        JsonNode trapped = server.post("operator", "/api/v1/cases", Cases.complaint("电梯困人", "13800000004")).json();
        assertThat(trapped.get("status").asText()).isEqualTo("TRANSFERRED");
        assertThat(trapped.get("routing").get("transferTo").asText()).isEqualTo("119");
        assertThat(trapped.get("clocks")).isEmpty();
    }

    @Test
    void aCallFromOutsideBeijingWaitsAtTheCentreForManualDispatch() {
        var body = Cases.complaint("道路清扫不及时", "13800000005", 31.23, 121.47, null);
        JsonNode created = server.post("operator", "/api/v1/cases", body).json();
        assertThat(created.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.get("leadUnit").get("code").asText()).isEqualTo("CENTRE");
        assertThat(created.get("routing").get("rule").asText()).isEqualTo("NO_JURISDICTION");
        assertThat(created.get("clocks").findValuesAsText("name")).containsExactly("ACCEPT");
    }

    @Test
    void anOnlineSubmissionWaitsForReviewThenTheOperatorDispatchesIt() {
        var body = Cases.with(Cases.complaint("卫生死角", "13800000016", 39.9400, 116.4900, null), "channel", "APP");
        JsonNode created = server.post("operator", "/api/v1/cases", body).json();
        assertThat(created.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.get("routing").get("rule").asText()).isEqualTo("ONLINE_REVIEW");
        assertThat(created.get("clocks").findValuesAsText("name")).containsExactly("ACCEPT");
        JsonNode dispatched = server.post("operator", "/api/v1/cases/" + created.get("id").asText() + "/actions/reassign",
                Map.of("unitCode", "110105003")).json();
        assertThat(dispatched.get("status").asText()).isEqualTo("DISPATCHED");
        assertThat(dispatched.get("clocks").findValuesAsText("name")).contains("ACCEPT", "SIGN", "HANDLE");
    }

    @Test
    void aConsultationIsAnsweredOnTheSpotAndClosedWithoutDispatch() {
        var body = Cases.with(Cases.complaint("积分落户咨询", "13800000006"), "type", "CONSULTATION");
        JsonNode created = server.post("operator", "/api/v1/cases", body).json();
        assertThat(created.get("status").asText()).isEqualTo("RECEIVED");
        assertThat(created.get("routing").get("rule").asText()).isEqualTo("CONSULTATION");
        var answered = server.post("operator", "/api/v1/cases/" + created.get("id").asText() + "/actions/answer",
                Map.of("text", "已告知积分落户申报时间和条件"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("status").asText()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("clocks").get(0).get("state").asText()).isEqualTo("MET");
    }

    @Test
    void aCallAgainAfterTheConsultationWasAnsweredIsANewCase() {
        var body = Cases.with(Cases.complaint("积分落户咨询", "13800000031"), "type", "CONSULTATION");
        String first = server.post("operator", "/api/v1/cases", body).json().get("id").asText();
        assertThat(server.post("operator", "/api/v1/cases", body).json().get("repeatOf").asText())
                .as("while it is open, a second call is a repeat").isEqualTo(first);
        server.post("operator", "/api/v1/cases/" + first + "/actions/answer", Map.of("text", "已告知积分落户申报条件"));

        JsonNode later = server.post("operator", "/api/v1/cases", body).json();
        assertThat(later.get("repeatOf").isNull()).isTrue();
        assertThat(later.get("status").asText()).isEqualTo("RECEIVED");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsStored() {
        long before = count();
        Map<String, Object> bad = Map.of("type", "COMPLAINT", "categoryCode", "NOPE.01.01", "description", "",
                "caller", Map.of("phone", "12ab"), "location", Map.of("lat", 95.0, "lng", 116.0));
        var response = server.post("operator", "/api/v1/cases", bad);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("error").asText()).isEqualTo("validation_failed");
        assertThat(response.json().get("fields").findValuesAsText("field"))
                .contains("categoryCode", "description", "caller.phone", "location.lat");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at hotline");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void unknownEnumValuesAndUnknownFieldsAreNamedToo() {
        var badType = server.post("operator", "/api/v1/cases", Cases.with(Cases.complaint("路面油污", "1"), "type", "GRUMBLE"));
        assertThat(badType.status()).isEqualTo(422);
        assertThat(badType.json().get("fields").get(0).get("field").asText()).isEqualTo("type");
        var extra = server.post("operator", "/api/v1/cases", Cases.with(Cases.complaint("路面油污", "1"), "colour", "red"));
        assertThat(extra.status()).isEqualTo(422);
        assertThat(extra.json().get("fields").get(0).get("field").asText()).isEqualTo("colour");
        var notJson = server.post("operator", "/api/v1/cases", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().get("error").asText()).isEqualTo("bad_json");
    }

    @Test
    void oversizedBodiesAndDescriptionsAreRefused() {
        var huge = server.post("operator", "/api/v1/cases",
                Cases.with(Cases.complaint("路面油污", "13800000007"), "description", "很".repeat(40_000)));
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.json().get("error").asText()).isEqualTo("too_large");
        var longText = server.post("operator", "/api/v1/cases",
                Cases.with(Cases.complaint("路面油污", "13800000007"), "description", "长".repeat(4001)));
        assertThat(longText.status()).isEqualTo(422);
        assertThat(longText.json().get("fields").findValuesAsText("field")).contains("description");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResultAndCreatesNothing() {
        var body = Cases.complaint("落叶未清扫", "13800000008");
        var first = server.post("operator", "/api/v1/cases", body, Map.of("Idempotency-Key", "call-0008-a"));
        long after = count();
        var again = server.post("operator", "/api/v1/cases", body, Map.of("Idempotency-Key", "call-0008-a"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(count()).isEqualTo(after);
        var different = server.post("operator", "/api/v1/cases", Cases.complaint("卫生死角", "13800000008"),
                Map.of("Idempotency-Key", "call-0008-a"));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.json().get("error").asText()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void aRetriedRepeatCallGetsTheSameAnswerAndKeysBelongToTheirUser() {
        JsonNode open = server.post("operator", "/api/v1/cases",
                Cases.complaint("道路清扫不及时", "13900000031", 39.9650, 116.4100, null)).json();
        var body = Cases.complaint("落叶未清扫", "13900000031");
        var first = server.post("operator", "/api/v1/cases", body, Map.of("Idempotency-Key", "repeat-0031"));
        long after = count();
        var again = server.post("operator", "/api/v1/cases", body, Map.of("Idempotency-Key", "repeat-0031"));
        assertThat(first.json().get("repeatOf").asText()).isEqualTo(open.get("id").asText());
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(count()).isEqualTo(after);
        JsonNode parent = server.get("operator", "/api/v1/cases/" + open.get("id").asText()).json();
        assertThat(parent.get("heat").asInt()).as("the retry did not raise the heat again").isEqualTo(2);

        var sameKeyOtherUser = server.post("lead", "/api/v1/cases", Cases.with(body, "forceNew", true),
                Map.of("Idempotency-Key", "repeat-0031"));
        assertThat(sameKeyOtherUser.status()).isEqualTo(201);
        assertThat(sameKeyOtherUser.json().get("id").asText()).isNotEqualTo(first.json().get("id").asText());
    }

    @Test
    void concurrentRetriesOfOneKeyStillMakeOneCase() throws Exception {
        var body = Cases.complaint("卫生死角", "13800000009");
        long before = count();
        List<Thread> threads = new ArrayList<>();
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> ids.add(server.post("operator", "/api/v1/cases", body,
                    Map.of("Idempotency-Key", "burst-0009")).json().get("id").asText()));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(ids).hasSize(8).containsOnly(ids.get(0));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aRepeatCallFromTheSamePhoneIsAttachedAndRaisesHeatUnlessForcedNew() {
        JsonNode first = server.post("operator", "/api/v1/cases",
                Cases.complaint("道路清扫不及时", "13900000010", 39.9150, 116.4700, null)).json();
        assertThat(first.get("repeatOf").isNull()).isTrue();
        var repeat = server.post("operator", "/api/v1/cases", Cases.complaint("落叶未清扫", "139-0000-0010"));
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.json().get("repeatOf").asText()).isEqualTo(first.get("id").asText());
        assertThat(repeat.json().get("status").asText()).isEqualTo("MERGED");
        JsonNode parent = server.get("operator", "/api/v1/cases/" + first.get("id").asText()).json();
        assertThat(parent.get("heat").asInt()).isEqualTo(2);
        assertThat(parent.get("repeatCount").asInt()).isEqualTo(1);
        JsonNode parentEvents = server.get("operator", "/api/v1/cases/" + first.get("id").asText() + "/events").json();
        assertThat(parentEvents.findValuesAsText("type")).containsExactly("CREATED", "REPEAT_ATTACHED");

        var forced = server.post("operator", "/api/v1/cases",
                Cases.with(Cases.complaint("落叶未清扫", "13900000010"), "forceNew", true));
        assertThat(forced.json().get("repeatOf").isNull()).isTrue();
        assertThat(forced.json().get("status").asText()).isEqualTo("DISPATCHED");
    }

    @Test
    void aCallRepeatingAnOrderThatIsClosedWhileTheCallIsTakenBecomesANewCase() throws Exception {
        String openId = server.post("operator", "/api/v1/cases",
                Cases.complaint("道路清扫不及时", "13900000041", 39.9900, 116.3200, null)).json().get("id").asText();
        JsonNode answer = repeatWhileClosing(openId,
                Cases.complaint("落叶未清扫", "13900000041", 39.9900, 116.3200, null));
        assertThat(answer.get("repeatOf").isNull()).as("not attached to the order closed meanwhile").isTrue();
        assertThat(answer.get("status").asText()).isEqualTo("DISPATCHED");
        JsonNode closed = server.get("operator", "/api/v1/cases/" + openId).json();
        assertThat(closed.get("repeatCount").asInt()).isZero();
        assertThat(closed.get("heat").asInt()).isEqualTo(1);
    }

    @Test
    void aCallRepeatingTwoOpenOrdersGoesToTheOtherWhenTheNewerIsClosedWhileItIsTaken() throws Exception {
        String older = server.post("operator", "/api/v1/cases",
                Cases.complaint("道路清扫不及时", "13900000042", 40.0000, 116.3300, null)).json().get("id").asText();
        String newer = server.post("operator", "/api/v1/cases", Cases.with(
                Cases.complaint("落叶未清扫", "13900000042", 40.0000, 116.3300, null), "forceNew", true))
                .json().get("id").asText();
        JsonNode answer = repeatWhileClosing(newer,
                Cases.complaint("卫生死角", "13900000042", 40.0000, 116.3300, null));
        assertThat(answer.get("repeatOf").asText()).as("attached to the order still open").isEqualTo(older);
        assertThat(server.get("operator", "/api/v1/cases/" + older).json().get("repeatCount").asInt()).isEqualTo(1);
    }

    /**
     * Takes {@code call} while a handler's close of {@code closingId} is still in its transaction: the close holds the
     * row when the call reads the indexes, and commits once the intake writer waits for that row.
     */
    private static JsonNode repeatWhileClosing(String closingId, Object call) throws Exception {
        DataSource dataSource = server.db.database().dataSource();
        try (Connection closing = dataSource.getConnection(); Connection watching = dataSource.getConnection()) {
            closing.setAutoCommit(false);
            try (PreparedStatement close = closing.prepareStatement(
                    "update hotline_case set status = 'CLOSED' where id = ?")) {
                close.setString(1, closingId);
                assertThat(close.executeUpdate()).isEqualTo(1);
            }
            CompletableFuture<TestServer.Response> answer = CompletableFuture.supplyAsync(() ->
                    server.post("operator", "/api/v1/cases", call));
            // A session of the test database waits for a row lock: the intake writer, here.
            String waiting = TestDatabase.postgres()
                    ? "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                    : "select count(*) from information_schema.sessions where blocker_id is not null";
            Eventually.within(Duration.ofSeconds(10), "the repeat call waits for the row of the order being closed",
                    () -> {
                        try (Statement statement = watching.createStatement();
                             ResultSet rows = statement.executeQuery(waiting)) {
                            return rows.next() && rows.getLong(1) > 0;
                        }
                    });
            closing.commit();
            TestServer.Response response = answer.get(10, TimeUnit.SECONDS);
            assertThat(response.status()).isEqualTo(201);
            return response.json();
        }
    }


    @Test
    void aNeighbourReportingTheSameThingNearbyIsARepeatButFarAwayIsNot() {
        JsonNode first = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面遗撒物", "13900000011", 39.9300, 116.4600, null)).json();
        JsonNode near = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面遗撒物", "13900000012", 39.9305, 116.4605, null)).json();
        assertThat(near.get("repeatOf").asText()).isEqualTo(first.get("id").asText());
        JsonNode far = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面遗撒物", "13900000013", 39.9500, 116.4800, null)).json();
        assertThat(far.get("repeatOf").isNull()).isTrue();
    }

    @Test
    void theRepeatRadiusIsTheSameInEveryDirection() {
        // At 39.9° north a degree of longitude is about 85 km, not 111 km: the lookup box must be widened for it.
        double lng = 116.3000;
        double degreesEastPerMetre = 1 / (111_195 * Math.cos(Math.toRadians(39.9000)));
        JsonNode first = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面遗撒物", "13900000021", 39.9000, lng, null)).json();
        JsonNode east190 = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面遗撒物", "13900000022", 39.9000, lng + 190 * degreesEastPerMetre, null)).json();
        assertThat(east190.get("repeatOf").asText()).isEqualTo(first.get("id").asText());
        JsonNode west215 = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面遗撒物", "13900000023", 39.9000, lng - 215 * degreesEastPerMetre, null)).json();
        assertThat(west215.get("repeatOf").isNull()).isTrue();
    }

    @Test
    void onlyOperatorsAndLeadsTakeCallsAndEveryCallNeedsAToken() {
        assertThat(server.post("clerk", "/api/v1/cases", Cases.complaint("路面油污", "13800000014")).status()).isEqualTo(403);
        assertThat(server.post("handler", "/api/v1/cases", Cases.complaint("路面油污", "13800000014")).status()).isEqualTo(403);
        var anonymous = server.post(null, "/api/v1/cases", Cases.complaint("路面油污", "13800000014"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("unauthorized");
    }

    private static long count() {
        return server.db.database().read(connection -> {
            try (var rows = connection.createStatement().executeQuery("select count(*) from hotline_case")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }
}

package hotline.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.model.CaseStatus;
import hotline.model.CaseSummaryDto;
import hotline.model.ClockState;
import hotline.model.LiveEventDto;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/v1/live} over real HTTP: who hears of which committed change, and how streams end. */
class LiveApiTest {
    private static final String JIANWAI = "110105001";
    private static final String NEIGHBOUR = "110105002";

    @RegisterExtension
    final TestServer server = new TestServer();
    private int phone = 100;

    private String createIn(String subDistrict) {
        var body = Cases.complaint("路面油污", "1370000" + String.format("%04d", phone++), Cases.LAT, Cases.LNG, subDistrict);
        var created = server.post("operator", "/api/v1/cases", Cases.with(body, "forceNew", true));
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private void act(String user, String id, String action, Map<String, Object> body) {
        var response = server.post(user, "/api/v1/cases/" + id + "/actions/" + action, body);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void anOperatorHearsEveryChangeAndAClerkOnlyItsOwnUnits() throws Exception {
        try (LiveStream operator = LiveStream.subscribed(server, "operator");
             LiveStream clerk = LiveStream.subscribed(server, "clerk")) {
            String own = createIn(JIANWAI);
            String other = createIn(NEIGHBOUR);
            act("handler", own, "sign", Map.of());
            act("handler", own, "contact", Map.of("text", "已电话联系"));

            // Each change is on the feed before its request is answered, so the order here is the order of the calls.
            assertThat(operator.cases(4)).extracting(LiveEventDto::caseId, LiveEventDto::eventType, LiveEventDto::status)
                    .containsExactly(tuple(own, "CREATED", CaseStatus.DISPATCHED), tuple(other, "CREATED", CaseStatus.DISPATCHED),
                            tuple(own, "SIGN", CaseStatus.SIGNED), tuple(own, "CONTACT", CaseStatus.IN_PROGRESS));
            // The neighbour's case was published before the contact: had the clerk been sent it, it would be here.
            List<LiveEventDto> mine = clerk.cases(3);
            assertThat(mine).extracting(LiveEventDto::caseId, LiveEventDto::eventType, LiveEventDto::seq)
                    .containsExactly(tuple(own, "CREATED", 1), tuple(own, "SIGN", 2), tuple(own, "CONTACT", 3));

            JsonNode history = server.get("clerk", "/api/v1/cases/" + own + "/events").json();
            assertThat(mine).extracting(LiveEventDto::eventId).containsExactlyElementsOf(
                    history.findValues("id").stream().map(JsonNode::asLong).toList());
            LiveEventDto contact = mine.get(2);
            assertThat(contact.leadUnitCode()).isEqualTo(JIANWAI);
            assertThat(contact.previousUnitCode()).isNull();
            assertThat(contact.caseNumber()).isEqualTo(contact.summary().caseNumber());
            assertThat(contact.worstClock()).isEqualTo(ClockState.GREEN);
            assertThat(contact.occurredAt()).isEqualTo(TestServer.START);
            JsonNode listed = server.get("clerk", "/api/v1/cases?q=" + contact.caseNumber()).json().get("items").get(0);
            assertThat(contact.summary()).isEqualTo(server.json().treeToValue(listed, CaseSummaryDto.class));
        }
    }

    @Test
    void aReassignedCaseTellsTheUnitItLeavesAndThenNoMore() throws Exception {
        try (LiveStream clerk = LiveStream.subscribed(server, "clerk")) {
            String id = createIn(JIANWAI);
            act("lead", id, "reassign", Map.of("unitCode", NEIGHBOUR));
            act("lead", id, "supervise", Map.of("message", "请尽快签收"));
            String marker = createIn(JIANWAI);

            List<LiveEventDto> heard = clerk.cases(3);
            assertThat(heard).extracting(LiveEventDto::caseId, LiveEventDto::eventType)
                    .containsExactly(tuple(id, "CREATED"), tuple(id, "REASSIGN"), tuple(marker, "CREATED"));
            LiveEventDto reassigned = heard.get(1);
            assertThat(reassigned.leadUnitCode()).isEqualTo(NEIGHBOUR);
            assertThat(reassigned.previousUnitCode()).isEqualTo(JIANWAI);
            assertThat(reassigned.summary().leadUnitCode()).isEqualTo(NEIGHBOUR);
        }
    }

    @Test
    void repeatCallsAndClockWarningsAreOnTheFeed() throws Exception {
        try (LiveStream lead = LiveStream.subscribed(server, "lead")) {
            String first = server.post("operator", "/api/v1/cases",
                    Cases.complaint("道路清扫不及时", "13900000010", 39.9150, 116.4700, null)).json().get("id").asText();
            String call = server.post("operator", "/api/v1/cases", Cases.complaint("落叶未清扫", "139-0000-0010"))
                    .json().get("id").asText();
            server.clock.advance(Duration.ofMinutes(91)); // SIGN: 2 h, warning at 75 %
            assertThat(server.services.scheduler.scanUntilDone()).isEqualTo(1);

            List<LiveEventDto> heard = lead.cases(4);
            assertThat(heard).extracting(LiveEventDto::caseId, LiveEventDto::eventType, LiveEventDto::status)
                    .containsExactly(tuple(first, "CREATED", CaseStatus.DISPATCHED),
                            tuple(call, "REPEAT_CALL", CaseStatus.MERGED),
                            tuple(first, "REPEAT_ATTACHED", CaseStatus.DISPATCHED),
                            tuple(first, "CLOCK_WARNING", CaseStatus.DISPATCHED));
            assertThat(heard.get(2).summary().heat()).isEqualTo(2);
            LiveEventDto warning = heard.get(3);
            assertThat(warning.worstClock()).isEqualTo(ClockState.YELLOW);
            assertThat(warning.summary().worstClock()).isEqualTo(ClockState.YELLOW);
            assertThat(warning.occurredAt()).isEqualTo(TestServer.START.plus(Duration.ofMinutes(91)));
        }
    }

    @Test
    void aRefusedActionPublishesNothing() throws Exception {
        try (LiveStream operator = LiveStream.subscribed(server, "operator")) {
            String id = createIn(JIANWAI);
            assertThat(server.post("handler", "/api/v1/cases/" + id + "/actions/resolve", Map.of("result", "x")).status())
                    .isEqualTo(409);
            act("handler", id, "sign", Map.of());
            assertThat(operator.cases(2)).extracting(LiveEventDto::eventType).containsExactly("CREATED", "SIGN");
        }
    }

    @Test
    void withoutATokenTheFeedIs401AndWithoutAcceptingEventStreams406() {
        var anonymous = server.send("GET", "/api/v1/live", null, null, Map.of("Accept", "text/event-stream"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isEqualTo("unauthorized");
        var forged = server.send("GET", "/api/v1/live", null, null,
                Map.of("Accept", "text/event-stream", "Authorization", "Bearer not-a-token"));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("error").asText()).isEqualTo("unauthorized");
        var plain = server.get("operator", "/api/v1/live");
        assertThat(plain.status()).isEqualTo(406);
        assertThat(plain.json().get("error").asText()).isEqualTo("not_acceptable");
    }

    @Test
    void aClientThatHangsUpIsUnsubscribed() throws Exception {
        LiveStream stream = LiveStream.subscribed(server, "operator");
        assertThat(server.services.live.subscriberCount()).isEqualTo(1);
        stream.close();
        // The server learns of the hang-up when a write fails; each new case is one more write.
        Instant deadline = Instant.now().plus(LiveStream.WAIT);
        while (server.services.live.subscriberCount() > 0 && Instant.now().isBefore(deadline)) {
            createIn(JIANWAI);
        }
        assertThat(server.services.live.subscriberCount()).isZero();
    }

    @Test
    void stoppingTheServerEndsOpenStreams() throws Exception {
        TestServer stopping = new TestServer();
        LiveStream stream;
        try {
            stream = LiveStream.subscribed(stopping, "clerk");
        } finally {
            stopping.close();
        }
        assertThat(stream.awaitEnd()).isTrue();
        assertThat(stopping.services.live.subscriberCount()).isZero();
    }
}

package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClockSchedulerTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    @Test
    void clocksTurnYellowThenRedAsTimeMovesAndEachChangeIsRecorded() {
        String id = server.post("operator", "/api/v1/cases", Cases.complaint("路面油污", "13600000001")).json()
                .get("id").asText();
        assertThat(server.services.scheduler.scanUntilDone()).isZero();

        server.clock.advance(Duration.ofMinutes(91)); // SIGN: 2 h, warning at 75 %
        assertThat(server.services.scheduler.scanUntilDone()).isEqualTo(1);
        JsonNode yellow = server.get("lead", "/api/v1/cases/" + id).json();
        assertThat(sign(yellow).get("state").asText()).isEqualTo("YELLOW");
        assertThat(server.get("lead", "/api/v1/cases?status=DISPATCHED").json().get("items").get(0)
                .get("worstClock").asText()).isEqualTo("YELLOW");

        server.clock.advance(Duration.ofMinutes(30));
        assertThat(server.services.scheduler.scanUntilDone()).isEqualTo(1);
        JsonNode red = server.get("lead", "/api/v1/cases/" + id).json();
        assertThat(sign(red).get("state").asText()).isEqualTo("RED");
        JsonNode events = server.get("lead", "/api/v1/cases/" + id + "/events").json();
        assertThat(events.findValuesAsText("type")).containsExactly("CREATED", "CLOCK_WARNING", "CLOCK_OVERDUE");
        assertThat(events.get(2).get("actor").asText()).isEqualTo("system");
        assertThat(events.get(2).get("data").get("supervision").asBoolean()).isTrue();
        assertThat(server.services.scheduler.scanUntilDone()).isZero();
    }

    @Test
    void aClockStoppedInTimeNeverTurnsAndALateOneIsMissed() {
        String id = server.post("operator", "/api/v1/cases",
                Cases.complaint("路面油污", "13600000002", Cases.LAT, Cases.LNG, "110105001")).json().get("id").asText();
        server.post("handler", "/api/v1/cases/" + id + "/actions/sign", Map.of());
        server.clock.advance(Duration.ofDays(3));
        server.forgetTokens(); // tokens live 12 hours
        server.services.scheduler.scanUntilDone();
        JsonNode c = server.get("lead", "/api/v1/cases/" + id).json();
        assertThat(sign(c).get("state").asText()).isEqualTo("MET");
        var contacted = server.post("handler", "/api/v1/cases/" + id + "/actions/contact", Map.of());
        assertThat(contacted.status()).isEqualTo(200);
        JsonNode contact = contacted.json();
        for (JsonNode clock : contact.get("clocks")) {
            if (clock.get("name").asText().equals("CONTACT")) {
                assertThat(clock.get("state").asText()).isEqualTo("MISSED");
            }
        }
    }

    @Test
    void moreCasesFallingDueThanOneScanTakesAreAllRecolouredInOneRun() {
        int cases = 520;   // one scan reads the due clocks of at most 500 cases
        for (int i = 0; i < cases; i++) {
            var body = Cases.with(Cases.complaint("路面油污", "1370000" + (1000 + i)), "forceNew", true); // same spot
            assertThat(server.post("operator", "/api/v1/cases", body).status()).isEqualTo(201);
        }
        server.clock.advance(Duration.ofHours(19)); // SIGN (2 h) turns red, CONTACT (1 day, warning at 18 h) yellow
        assertThat(server.services.scheduler.scanUntilDone()).isEqualTo(2 * cases);
        assertThat(server.services.scheduler.scanUntilDone()).isZero();
    }

    private static JsonNode sign(JsonNode c) {
        for (JsonNode clock : c.get("clocks")) {
            if (clock.get("name").asText().equals("SIGN")) {
                return clock;
            }
        }
        throw new AssertionError("no SIGN clock");
    }
}

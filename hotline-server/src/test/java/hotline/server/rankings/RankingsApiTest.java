package hotline.server.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.model.Role;
import hotline.server.support.Cases;
import hotline.server.support.Eventually;
import hotline.server.support.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The monthly three rates of DESIGN.md computed from what units and callers really did, through the API:
 * 建外街道 answers everything in time and mostly satisfies; 东华门街道 signs half its orders late and leaves half its
 * callers unhappy; 朝外街道 has too few cases to be ranked.
 */
class RankingsApiTest {
    private static final String JIANWAI = "110105001";
    private static final String DONGHUAMEN = "110101001";
    private static final String CHAOWAI = "110105002";

    @RegisterExtension
    final TestServer server = new TestServer();
    private final List<String> lateAtDonghuamen = new ArrayList<>();

    @BeforeEach
    void aMonthOfWork() {
        server.services.auth.saveUser("handler2", "handler2-pass", Role.HANDLER, DONGHUAMEN);
        server.services.auth.saveUser("handler3", "handler3-pass", Role.HANDLER, CHAOWAI);
        for (int i = 0; i < 10; i++) {                             // 建外: every order answered in time
            String id = dispatch(JIANWAI, 39.9075, 116.45, "1370000" + String.format("%04d", i));
            act("handler", id, "sign", Map.of());
            act("handler", id, "contact", Map.of());
            act("handler", id, "resolve", Map.of("result", "已处理"));
            if (i < 6) {
                visit(id, "YES", "SATISFIED");
            } else if (i < 8) {
                visit(id, "PARTLY", "BASICALLY");
            } else if (i == 8) {
                act("operator", id, "visit", Map.of("contacted", false, "excludedReason", "UNREACHABLE"));
            } else {                                                // reached, but a malicious caller: not counted
                act("operator", id, "visit", Map.of("contacted", true, "excludedReason", "MALICIOUS",
                        "resolved", "NO", "satisfaction", "DISSATISFIED"));
            }
        }
        List<String> donghuamen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            donghuamen.add(dispatch(DONGHUAMEN, 39.9160, 116.4030, "1371000" + String.format("%04d", i)));
        }
        for (int i = 0; i < 5; i++) {                              // half signed and contacted in time
            act("handler2", donghuamen.get(i), "sign", Map.of());
            act("handler2", donghuamen.get(i), "contact", Map.of());
        }
        server.clock.advance(Duration.ofHours(3));                  // past the 2-hour sign clock
        server.forgetTokens();
        for (int i = 5; i < 10; i++) {
            act("handler2", donghuamen.get(i), "sign", Map.of());
            act("handler2", donghuamen.get(i), "contact", Map.of());
            lateAtDonghuamen.add(donghuamen.get(i));
        }
        for (int i = 0; i < 4; i++) {
            act("handler2", donghuamen.get(i), "resolve", Map.of("result", "已处理"));
            visit(donghuamen.get(i), i < 2 ? "YES" : "NO", i < 2 ? "SATISFIED" : "DISSATISFIED");
        }
        dispatch(CHAOWAI, 39.9230, 116.4400, "13720000001");
        dispatch(CHAOWAI, 39.9230, 116.4400, "13720000002");
        server.services.rankingProjector.catchUp();
    }

    @Test
    void unitsAreRankedOnTheThreeRatesWithTheConfiguredWeights() {
        JsonNode lines = server.get("lead", "/api/v1/rankings?month=2026-11&kind=SUB_DISTRICT").json();
        assertThat(lines.size()).isEqualTo(server.services.units.ofKind(hotline.model.UnitKind.SUB_DISTRICT).size());
        JsonNode first = lines.get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("unitCode").asText()).isEqualTo(JIANWAI);
        assertThat(first.get("cases").asInt()).isEqualTo(10);
        assertThat(first.get("responseRate").asDouble()).isEqualTo(1.0);
        assertThat(first.get("evaluated").asInt()).isEqualTo(8);              // excluded visits count nowhere
        assertThat(caseIds("lead", JIANWAI, "DISSATISFIED")).isEmpty();
        assertThat(first.get("resolutionRate").asDouble()).isCloseTo(0.75, within(1e-9));
        assertThat(first.get("satisfactionRate").asDouble()).isCloseTo((6 + 0.8 * 2) / 8, within(1e-9));
        assertThat(first.get("score").asDouble()).isCloseTo(0.30 * 1 + 0.35 * 0.75 + 0.35 * 0.95, within(1e-9));

        JsonNode second = lines.get(1);
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        assertThat(second.get("unitCode").asText()).isEqualTo(DONGHUAMEN);
        assertThat(second.get("cases").asInt()).isEqualTo(12);                 // two reopened by unhappy callers
        assertThat(second.get("responseRate").asDouble()).isCloseTo(5.0 / 12, within(1e-9));
        assertThat(second.get("resolutionRate").asDouble()).isEqualTo(0.5);
        assertThat(second.get("satisfactionRate").asDouble()).isEqualTo(0.5);
        assertThat(second.get("score").asDouble()).isCloseTo(0.30 * 5 / 12 + 0.35 * 0.5 + 0.35 * 0.5, within(1e-9));

        JsonNode chaowai = lines.get(2);                                      // listed, below the minimum sample
        assertThat(chaowai.get("unitCode").asText()).isEqualTo(CHAOWAI);
        assertThat(chaowai.get("rank").isNull()).isTrue();
        assertThat(chaowai.get("ranked").asBoolean()).isFalse();
        assertThat(chaowai.get("cases").asInt()).isEqualTo(2);
        assertThat(lines.get(3).get("cases").asInt()).isZero();
        assertThat(server.get("lead", "/api/v1/rankings?month=2026-10&kind=SUB_DISTRICT").json().get(0).get("ranked")
                .asBoolean()).isFalse();                                     // another month: nothing counted
    }

    @Test
    void aDistrictAnswersForItsWholeTerritory() {
        JsonNode lines = server.get("lead", "/api/v1/rankings?month=2026-11&kind=DISTRICT").json();
        assertThat(lines.size()).isEqualTo(16);
        JsonNode chaoyang = line(lines, "110105");                          // 建外 and 朝外 are in 朝阳
        assertThat(chaoyang.get("cases").asInt()).isEqualTo(12);
        assertThat(chaoyang.get("responded").asInt()).isEqualTo(10);
        assertThat(chaoyang.get("evaluated").asInt()).isEqualTo(8);
        assertThat(chaoyang.get("ranked").asBoolean()).isFalse();          // 12 is below the district minimum of 20
        assertThat(line(lines, "110101").get("cases").asInt()).isEqualTo(12);   // 东华门 is in 东城
        assertThat(caseIds("lead", "110105", "NOT_RESPONDED")).hasSize(2);  // 朝外's two, never signed
    }

    private static JsonNode line(JsonNode lines, String unit) {
        for (JsonNode line : lines) {
            if (line.get("unitCode").asText().equals(unit)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + unit);
    }

    @Test
    void everyFigureDrillsDownToItsCases() {
        List<String> notResponded = caseIds("lead", DONGHUAMEN, "NOT_RESPONDED");
        assertThat(notResponded).containsAll(lateAtDonghuamen).hasSize(7);  // + the two reopened, not signed again
        assertThat(caseIds("lead", DONGHUAMEN, "DISPATCHED")).hasSize(10);  // ten cases, twelve dispatches
        assertThat(caseIds("lead", DONGHUAMEN, "DISSATISFIED")).hasSize(2);
        assertThat(caseIds("lead", DONGHUAMEN, "NOT_RESOLVED")).hasSize(2);
        assertThat(caseIds("lead", JIANWAI, "EVALUATED")).hasSize(8);
        assertThat(caseIds("clerk", JIANWAI, "BASICALLY")).hasSize(2);      // a clerk looks into their own unit
        assertThat(server.get("clerk", "/api/v1/rankings/cases?month=2026-11&unit=" + DONGHUAMEN + "&measure=DISPATCHED")
                .status()).isEqualTo(403);
        JsonNode page = server.get("lead", "/api/v1/rankings/cases?month=2026-11&unit=" + DONGHUAMEN
                + "&measure=DISPATCHED&limit=4").json();
        assertThat(page.get("items")).hasSize(4);
        String after = page.get("nextCursor").asText();
        JsonNode rest = server.get("lead", "/api/v1/rankings/cases?month=2026-11&unit=" + DONGHUAMEN
                + "&measure=DISPATCHED&limit=50&after=" + after).json();
        assertThat(rest.get("items")).hasSize(6);
        assertThat(rest.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void theRankingExportsAsCsv() {
        var csv = server.get("lead", "/api/v1/rankings?month=2026-11&kind=SUB_DISTRICT&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        String[] rows = csv.body().split("\r\n");
        assertThat(rows[0]).isEqualTo("\ufeffrank,unitCode,unitName,cases,responded,responseRate,evaluated,resolved,"
                + "resolutionRate,satisfied,basically,satisfactionRate,score,returned");
        assertThat(rows[1]).isEqualTo("1," + JIANWAI + ",建外街道,10,10,1.0000,8,6,0.7500,6,2,0.9500,0.8950,0");
        assertThat(rows[3]).startsWith("," + CHAOWAI + ",");
        assertThat(rows).hasSize(1 + server.services.units.ofKind(hotline.model.UnitKind.SUB_DISTRICT).size());
    }

    @Test
    void talliesFollowNewEventsIncrementallyAndCountEachEventOnce() throws Exception {
        assertThat(server.services.rankingProjector.catchUp()).isZero();    // nothing new: nothing counted twice
        server.services.rankingProjector.start();
        dispatch(CHAOWAI, 39.9230, 116.4400, "13720000003");                  // the projector is woken by the commit
        Eventually.within(Duration.ofSeconds(10), "the ranking follows", () -> cases(CHAOWAI) == 3);
    }

    @Test
    void badParametersAre400() {
        assertThat(server.get("lead", "/api/v1/rankings?month=2026-13").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/rankings?month=November").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/rankings?kind=PLANET").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/rankings?format=xml").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/rankings/cases?month=2026-11&unit=" + JIANWAI).status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/rankings/cases?month=2026-11&unit=NOPE&measure=DISPATCHED").status())
                .isEqualTo(404);
        assertThat(server.get("lead", "/api/v1/rankings/cases?month=2026-11&unit=" + JIANWAI + "&measure=DISPATCHED&limit=0")
                .status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/rankings").status()).isEqualTo(200);   // this month, sub-districts
    }

    private int cases(String unit) {
        for (JsonNode line : server.get("lead", "/api/v1/rankings?month=2026-11&kind=SUB_DISTRICT").json()) {
            if (line.get("unitCode").asText().equals(unit)) {
                return line.get("cases").asInt();
            }
        }
        throw new AssertionError("no line for " + unit);
    }

    private List<String> caseIds(String user, String unit, String measure) {
        var response = server.get(user, "/api/v1/rankings/cases?month=2026-11&unit=" + unit + "&measure=" + measure + "&limit=100");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items").findValuesAsText("id");
    }

    private String dispatch(String subDistrict, double lat, double lng, String phone) {
        var body = Cases.with(Cases.complaint("道路清扫不及时", phone, lat, lng, subDistrict), "forceNew", true);
        var response = server.post("operator", "/api/v1/cases", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().at("/leadUnit/code").asText()).isEqualTo(subDistrict);
        return response.json().get("id").asText();
    }

    private void visit(String id, String resolved, String satisfaction) {
        act("operator", id, "visit", Map.of("contacted", true, "resolved", resolved, "satisfaction", satisfaction));
    }

    private void act(String user, String id, String action, Map<String, Object> body) {
        var response = server.post(user, "/api/v1/cases/" + id + "/actions/" + action, body);
        assertThat(response.status()).as(action + ": " + response.body()).isEqualTo(200);
    }
}

package hotline.server.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WorkloadApiTest {
    @RegisterExtension
    final TestServer server = new TestServer();

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (item.get(field).asText().equals(value)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void openCasesAreCountedPerUnitWithTheirRedClocksAndPerOperator() {
        String returned = null;
        for (int i = 0; i < 4; i++) {
            var body = Cases.complaint("道路清扫不及时", "1380000005" + i, Cases.LAT, Cases.LNG, "110105001");
            body.put("forceNew", true);
            var created = server.post("operator", "/api/v1/cases", body);
            assertThat(created.status()).isEqualTo(201);
            returned = created.json().get("id").asText();
        }
        assertThat(server.post("handler", "/api/v1/cases/" + returned + "/actions/return",
                java.util.Map.of("reason", "NOT_OUR_DUTY")).status()).isEqualTo(200);
        server.services.rankingProjector.catchUp();
        var leadsCall = Cases.complaint("道路清扫不及时", "13800000059", Cases.LAT, Cases.LNG, "110105002");
        leadsCall.put("forceNew", true);
        JsonNode byLead = server.post("lead", "/api/v1/cases", leadsCall).json();
        server.clock.advance(Duration.ofHours(2));
        server.services.scheduler.scanUntilDone();
        server.forgetTokens();

        JsonNode workload = server.get("lead", "/api/v1/workload").json();
        JsonNode jianwai = find(workload.get("units"), "unitCode", "110105001");
        assertThat(jianwai.get("open").asInt()).isEqualTo(4);
        assertThat(jianwai.get("red").asInt()).isEqualTo(3);                   // the returned one's clocks are paused
        assertThat(jianwai.get("dispatchedThisMonth").asInt()).isEqualTo(4);
        assertThat(jianwai.get("returnedThisMonth").asInt()).isEqualTo(1);
        assertThat(jianwai.get("unitName").asText()).isEqualTo("建外街道");
        assertThat(find(workload.get("operators"), "username", "operator").get("open").asInt()).isEqualTo(4);
        assertThat(find(workload.get("operators"), "username", "lead").get("open").asInt()).isEqualTo(1);
        assertThat(byLead.get("caseNumber").asText()).isNotBlank();

        assertThat(server.get("operator", "/api/v1/workload").status()).isEqualTo(403);
        assertThat(server.get("clerk", "/api/v1/workload").status()).isEqualTo(403);
    }
}

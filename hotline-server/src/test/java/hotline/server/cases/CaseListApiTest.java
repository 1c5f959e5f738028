package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.Reference;
import hotline.server.support.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CaseListApiTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static final List<String> CREATED = new ArrayList<>();
    private static String takenByLead;

    @BeforeAll
    static void fill() {
        takenByLead = server.post("lead", "/api/v1/cases", Cases.complaint("路面油污", "13500009999")).json().get("id").asText();
        for (int i = 0; i < 23; i++) {
            String category = i % 2 == 0 ? "路面油污" : "供暖不热";
            var body = Cases.with(Cases.complaint(category, "1350000" + String.format("%04d", i)), "forceNew", true);
            CREATED.add(server.post("operator", "/api/v1/cases", body).json().get("id").asText());
            if (i % 5 == 0) {
                server.clock.advance(Duration.ofSeconds(1)); // several cases share a timestamp, several do not
            }
        }
    }

    @Test
    void cursorPagingVisitsEveryCaseOnceNewestFirst() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = server.get("lead", "/api/v1/cases?limit=5" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(24).doesNotHaveDuplicates();
        assertThat(new HashSet<>(seen)).containsAll(CREATED).contains(takenByLead);
        assertThat(seen.get(0)).isEqualTo(CREATED.get(CREATED.size() - 1));
    }

    @Test
    void filtersNarrowTheList() {
        String heating = Reference.code("供暖不热");
        JsonNode byCategory = server.get("lead", "/api/v1/cases?limit=50&category=" + heating).json().get("items");
        assertThat(byCategory).hasSize(11);
        assertThat(byCategory.findValuesAsText("categoryCode")).containsOnly(heating);
        JsonNode byDomain = server.get("lead", "/api/v1/cases?limit=50&category=UTILITIES").json().get("items");
        assertThat(byDomain).hasSize(11);
        JsonNode byUnit = server.get("lead", "/api/v1/cases?limit=50&unit=ENT-HEAT").json().get("items");
        assertThat(byUnit).hasSize(11);
        JsonNode byPhone = server.get("lead", "/api/v1/cases?phone=13500000004").json().get("items");
        assertThat(byPhone).hasSize(1);
        String number = byPhone.get(0).get("caseNumber").asText();
        assertThat(server.get("lead", "/api/v1/cases?q=" + number).json().get("items")).hasSize(1);
        assertThat(server.get("lead", "/api/v1/cases?status=CLOSED").json().get("items")).isEmpty();
    }

    @Test
    void operatorFilterListsTheCasesOneOperatorTook() {
        JsonNode byLead = server.get("lead", "/api/v1/cases?operator=lead").json().get("items");
        assertThat(byLead.findValuesAsText("id")).containsExactly(takenByLead);
        JsonNode byOperator = server.get("lead", "/api/v1/cases?limit=50&operator=operator").json().get("items");
        assertThat(byOperator.findValuesAsText("id")).containsExactlyInAnyOrderElementsOf(CREATED);
        assertThat(server.get("lead", "/api/v1/cases?operator=nobody").json().get("items")).isEmpty();
        assertThat(server.get("lead", "/api/v1/cases?operator=" + "x".repeat(65)).status()).isEqualTo(400);
    }

    @Test
    void badParametersAre400() {
        assertThat(server.get("lead", "/api/v1/cases?limit=0").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/cases?limit=abc").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/cases?status=LOST").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/cases?cursor=garbage!").status()).isEqualTo(400);
        assertThat(server.get("lead", "/api/v1/cases?category=drop%20table").status()).isEqualTo(400);
    }
}

package hotline.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.Reference;
import hotline.server.support.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutingPreviewApiTest {
    private static final String CATEGORY = Reference.code("道路清扫不及时");
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void thePreviewNamesTheUnitAndTheResolvedPlaceAndAgreesWithIntake() {
        String query = "/api/v1/routing/preview?categoryCode=" + CATEGORY + "&lat=" + Cases.LAT + "&lng=" + Cases.LNG;
        var response = server.get("operator", query);
        assertThat(response.status()).isEqualTo(200);
        JsonNode preview = response.json();
        assertThat(preview.get("district").get("name").asText()).isEqualTo("朝阳区人民政府");
        assertThat(preview.get("subDistrict").get("districtCode").asText()).isEqualTo("110105");
        assertThat(preview.get("routing").get("rule").asText()).isEqualTo("NEAREST_SUB_DISTRICT");

        JsonNode created = server.post("operator", "/api/v1/cases", Cases.complaint("道路清扫不及时", "13800000031")).json();
        assertThat(created.get("leadUnit").get("code").asText()).isEqualTo(preview.get("leadUnit").get("code").asText());
    }

    @Test
    void unitsCarryPinyinForTheClientsSearch() {
        JsonNode units = server.get("operator", "/api/v1/units?kind=SUB_DISTRICT").json();
        JsonNode jianwai = null;
        for (JsonNode unit : units) {
            if (unit.get("code").asText().equals("110105001")) {
                jianwai = unit;
            }
        }
        assertThat(jianwai).isNotNull();
        assertThat(jianwai.get("pinyin").asText()).isEqualTo("jianwaijiedao");
        assertThat(jianwai.get("initials").asText()).isEqualTo("jwjd");
    }

    @Test
    void badParametersAreNamed() {
        var response = server.get("operator", "/api/v1/routing/preview?categoryCode=NOPE&lat=91&subDistrictCode=x");
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("fields")).extracting(f -> f.get("field").asText())
                .contains("categoryCode", "lat", "subDistrictCode");
        assertThat(server.get("operator", "/api/v1/routing/preview?categoryCode=" + CATEGORY + "&lat=abc&lng=1")
                .status()).isEqualTo(400);
    }
}

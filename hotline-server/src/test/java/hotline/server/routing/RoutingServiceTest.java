package hotline.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.UnitKind;
import hotline.server.catalog.Category;
import hotline.server.support.Reference;
import hotline.server.units.GeoPoint;
import hotline.server.units.Unit;
import org.junit.jupiter.api.Test;

class RoutingServiceTest {
    private final RoutingService routing = new RoutingService(Reference.UNITS);

    private static Category leaf(String name) {
        return Reference.CATALOG.find(Reference.code(name)).orElseThrow();
    }

    private static Category firstOfKind(UnitKind kind) {
        return Reference.CATALOG.sortedLeaves().stream().filter(c -> c.responsibleKind() == kind).findFirst().orElseThrow();
    }

    @Test
    void aSubDistrictMatterGoesToTheNearestSubDistrictOfThePointsDistrict() {
        Unit jianwai = Reference.UNITS.get("110105001");
        GeoPoint atItsPoint = new GeoPoint(jianwai.lat() + 0.0005, jianwai.lng());
        RoutingDecision decision = routing.route(firstOfKind(UnitKind.SUB_DISTRICT), atItsPoint, null);
        assertThat(decision.rule()).isEqualTo(RoutingRule.NEAREST_SUB_DISTRICT);
        assertThat(decision.leadUnit().code()).isEqualTo("110105001");
        assertThat(decision.districtCode()).isEqualTo("110105");
    }

    @Test
    void equidistantRepresentativePointsMakeJurisdictionUnclearAndTheDistrictTakesIt() {
        Unit a = Reference.UNITS.get("110105001");
        Unit b = Reference.UNITS.subDistrictsOf("110105").stream()
                .filter(u -> !u.code().equals(a.code()))
                .min(java.util.Comparator.comparingDouble(u -> new GeoPoint(u.lat(), u.lng()).metresTo(new GeoPoint(a.lat(), a.lng()))))
                .orElseThrow();
        GeoPoint middle = new GeoPoint((a.lat() + b.lat()) / 2, (a.lng() + b.lng()) / 2);
        RoutingDecision decision = routing.route(firstOfKind(UnitKind.SUB_DISTRICT), middle, null);
        assertThat(decision.rule()).isEqualTo(RoutingRule.DISTRICT_FALLBACK);
        assertThat(decision.leadUnit().code()).isEqualTo("110105");
        assertThat(decision.reason()).contains("兜底");
    }

    @Test
    void districtAndCityWideMattersAndEmergencies() {
        GeoPoint haidian = new GeoPoint(39.9990, 116.3266);
        assertThat(routing.route(firstOfKind(UnitKind.DISTRICT), haidian, null).leadUnit().code()).isEqualTo("110108");
        RoutingDecision heating = routing.route(leaf("供暖不热"), haidian, null);
        assertThat(heating.rule()).isEqualTo(RoutingRule.CATEGORY_UNIT);
        assertThat(heating.leadUnit().code()).isEqualTo("ENT-HEAT");
        assertThat(heating.districtCode()).isEqualTo("110108");
        RoutingDecision trapped = routing.route(leaf("电梯困人"), haidian, null);
        assertThat(trapped.rule()).isEqualTo(RoutingRule.EMERGENCY_TRANSFER);
        assertThat(trapped.transferTo()).isEqualTo("119");
        assertThat(trapped.dispatches()).isFalse();
    }

    @Test
    void theOperatorsChoiceDecidesTheDistrictTooAndNoLocationMeansManualDispatch() {
        RoutingDecision chosen = routing.route(firstOfKind(UnitKind.DISTRICT), null, "110108001");
        assertThat(chosen.leadUnit().code()).isEqualTo("110108");
        RoutingDecision nowhere = routing.route(firstOfKind(UnitKind.SUB_DISTRICT), null, null);
        assertThat(nowhere.rule()).isEqualTo(RoutingRule.NO_JURISDICTION);
        assertThat(nowhere.leadUnit().kind()).isEqualTo(UnitKind.CENTRE);
        assertThat(routing.route(firstOfKind(UnitKind.SUB_DISTRICT), new GeoPoint(31.23, 121.47), null).rule())
                .isEqualTo(RoutingRule.NO_JURISDICTION);
    }
}

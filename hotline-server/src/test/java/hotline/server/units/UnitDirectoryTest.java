package hotline.server.units;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.UnitKind;
import hotline.server.http.JsonMapper;
import org.junit.jupiter.api.Test;

class UnitDirectoryTest {
    private final UnitDirectory units = UnitDirectory.load(DistrictMap.load(JsonMapper.create()));

    @Test
    void holdsTheOfficialDivisionsAndTheCityUnits() {
        assertThat(units.ofKind(UnitKind.DISTRICT)).hasSize(16);
        assertThat(units.ofKind(UnitKind.SUB_DISTRICT)).hasSize(349);
        assertThat(units.ofKind(UnitKind.SUB_DISTRICT).stream().filter(Unit::countsTowardRanking)).hasSize(343);
        assertThat(units.ofKind(UnitKind.DEPARTMENT).size()).isGreaterThanOrEqualTo(40);
        assertThat(units.ofKind(UnitKind.ENTERPRISE)).extracting(Unit::code)
                .contains("ENT-WATER", "ENT-POWER", "ENT-GAS", "ENT-HEAT", "ENT-CMCC");
        assertThat(units.get("110105001").name()).isEqualTo("建外街道");
        assertThat(units.centre().kind()).isEqualTo(UnitKind.CENTRE);
    }

    @Test
    void everySubDistrictPointLiesInsideItsOwnDistrict() {
        for (Unit sub : units.ofKind(UnitKind.SUB_DISTRICT)) {
            GeoPoint point = new GeoPoint(sub.lat(), sub.lng());
            assertThat(units.districtMap().contains(sub.districtCode(), point))
                    .as("%s %s at %s", sub.code(), sub.name(), point).isTrue();
            assertThat(units.districtMap().districtAt(point)).contains(sub.districtCode());
        }
    }

    @Test
    void pointsOfOneDistrictAreDistinctAndSpreadOut() {
        for (Unit district : units.ofKind(UnitKind.DISTRICT)) {
            var subs = units.subDistrictsOf(district.code());
            long distinct = subs.stream().map(u -> u.lat() + "," + u.lng()).distinct().count();
            assertThat(distinct).as(district.name()).isEqualTo(subs.size());
        }
    }

    @Test
    void knownLandmarksFallInTheRightDistrict() {
        assertThat(units.districtMap().districtAt(new GeoPoint(39.9087, 116.3975))).contains("110101"); // Tiananmen, Dongcheng
        assertThat(units.districtMap().districtAt(new GeoPoint(39.9990, 116.3266))).contains("110108"); // Haidian
        assertThat(units.districtMap().districtAt(new GeoPoint(39.9219, 116.4436))).contains("110105"); // Chaoyang
        assertThat(units.districtMap().districtAt(new GeoPoint(31.23, 121.47))).isEmpty();              // Shanghai
    }
}

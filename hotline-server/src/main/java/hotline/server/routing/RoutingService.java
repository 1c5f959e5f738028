package hotline.server.routing;

import hotline.model.UnitKind;
import hotline.server.catalog.Category;
import hotline.server.catalog.Domain;
import hotline.server.units.GeoPoint;
import hotline.server.units.Unit;
import hotline.server.units.UnitDirectory;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides the lead unit from the category's responsible kind and the location (DESIGN.md "Domain").
 * Pure and thread-safe: no database, so it runs on the request thread before the write.
 */
public final class RoutingService {
    /** Two representative points this close in distance (ratio) leave the sub-district unclear. */
    static final double AMBIGUITY_RATIO = 1.05;

    private final UnitDirectory units;

    public RoutingService(UnitDirectory units) {
        this.units = units;
    }

    public RoutingDecision route(Category category, GeoPoint point, String chosenSubDistrict) {
        Optional<Unit> chosen = units.find(chosenSubDistrict).filter(u -> u.kind() == UnitKind.SUB_DISTRICT);
        String district = chosen.map(Unit::districtCode)
                .or(() -> point == null ? Optional.empty() : units.districtMap().districtAt(point))
                .orElse(null);
        if (category.domain() == Domain.EMERGENCY) {
            return new RoutingDecision(units.centre(), RoutingRule.EMERGENCY_TRANSFER,
                    "紧急事件转" + category.transferTo() + "处置，不派单 (emergency: transfer to " + category.transferTo() + ")",
                    district, chosen.map(Unit::code).orElse(null), category.transferTo());
        }
        String subDistrict = chosen.map(Unit::code).orElse(null);
        return switch (category.responsibleKind()) {
            case DEPARTMENT, ENTERPRISE -> new RoutingDecision(units.get(category.responsibleUnit()), RoutingRule.CATEGORY_UNIT,
                    "类别" + category.name() + "由" + units.get(category.responsibleUnit()).name() + "全市负责 (city-wide unit of the category)",
                    district, subDistrict, null);
            case CENTRE -> new RoutingDecision(units.centre(), RoutingRule.CATEGORY_UNIT,
                    "类别" + category.name() + "由热线中心办理 (handled by the hotline centre)", district, subDistrict, null);
            case DISTRICT -> district == null ? noJurisdiction(category)
                    : new RoutingDecision(units.get(district), RoutingRule.DISTRICT,
                    "区级事项，位置在" + units.get(district).name().replace("人民政府", "") + " (district-level category)",
                    district, subDistrict, null);
            case SUB_DISTRICT -> chosen.isPresent()
                    ? new RoutingDecision(chosen.get(), RoutingRule.OPERATOR_SUB_DISTRICT,
                    "话务员选择" + chosen.get().name() + " (operator's choice)", district, subDistrict, null)
                    : nearest(category, point, district);
        };
    }

    private RoutingDecision nearest(Category category, GeoPoint point, String district) {
        if (district == null) {
            return noJurisdiction(category);
        }
        List<Unit> candidates = units.subDistrictsOf(district).stream()
                .sorted(Comparator.comparingDouble(u -> point.metresTo(new GeoPoint(u.lat(), u.lng())))).toList();
        Unit districtGovernment = units.get(district);
        if (candidates.isEmpty()) {
            return fallback(districtGovernment, district, "区内无街道乡镇 (no sub-district in the district)");
        }
        double first = point.metresTo(new GeoPoint(candidates.get(0).lat(), candidates.get(0).lng()));
        if (candidates.size() > 1) {
            double second = point.metresTo(new GeoPoint(candidates.get(1).lat(), candidates.get(1).lng()));
            if (second <= first * AMBIGUITY_RATIO) {
                return fallback(districtGovernment, district, String.format(
                        "%s与%s距离相近，管辖不清，由区政府兜底 (jurisdiction unclear between two sub-districts)",
                        candidates.get(0).name(), candidates.get(1).name()));
            }
        }
        Unit nearest = candidates.get(0);
        return new RoutingDecision(nearest, RoutingRule.NEAREST_SUB_DISTRICT, String.format(
                "位置距%s代表点%.1f公里，为区内最近 (nearest sub-district in the district)", nearest.name(), first / 1000),
                district, nearest.code(), null);
    }

    private static RoutingDecision fallback(Unit districtGovernment, String district, String reason) {
        return new RoutingDecision(districtGovernment, RoutingRule.DISTRICT_FALLBACK, reason, district, null, null);
    }

    private RoutingDecision noJurisdiction(Category category) {
        return new RoutingDecision(units.centre(), RoutingRule.NO_JURISDICTION,
                "无法确定位置所属区，由中心人工派单 (no location inside Beijing: manual dispatch)", null, null, null);
    }
}

package hotline.server.routing;

import hotline.model.RoutingDto;
import hotline.server.units.Unit;

/**
 * The lead unit for a case and the rule that chose it, with the district and sub-district the location
 * resolved to (either may be null). {@code transferTo} is set for emergencies handed to 110/119/120/122.
 */
public record RoutingDecision(Unit leadUnit, RoutingRule rule, String reason, String districtCode,
                             String subDistrictCode, String transferTo) {

    public boolean dispatches() {
        return rule != RoutingRule.EMERGENCY_TRANSFER && rule != RoutingRule.NO_JURISDICTION;
    }

    public RoutingDto toDto() {
        return new RoutingDto(rule.name(), reason, transferTo);
    }
}

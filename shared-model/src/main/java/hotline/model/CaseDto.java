package hotline.model;

import java.time.Instant;
import java.util.List;

/**
 * A case in full; {@code allowedActions} are the actions the caller may take on it now (role, unit and state);
 * {@code coUnits} are the units called in on it (joint order), if any.
 */
public record CaseDto(String id, String caseNumber, CaseType type, Urgency urgency, CaseStatus status,
                      String categoryCode, String categoryName, String description, CallerDto caller,
                      CaseLocationDto location, Channel channel, UnitDto leadUnit, RoutingDto routing,
                      List<ClockDto> clocks, String repeatOf, int repeatCount, int heat,
                      String clockProfileVersion, Instant createdAt, Instant updatedAt, long version,
                      List<CaseAction> allowedActions, List<CoUnitDto> coUnits) {
}

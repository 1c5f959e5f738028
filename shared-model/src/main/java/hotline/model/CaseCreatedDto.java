package hotline.model;

import java.util.List;

/** Answer of {@code POST /api/v1/cases}; {@code repeatOf} is the open case a repeat call was attached to. */
public record CaseCreatedDto(String id, String caseNumber, CaseStatus status, UnitDto leadUnit,
                             List<ClockDto> clocks, String repeatOf, RoutingDto routing) {
}

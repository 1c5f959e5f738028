package hotline.model;

import java.time.Instant;

/** A row of the case list and of the live feed; {@code createdBy} is the user who took the call. */
public record CaseSummaryDto(String id, String caseNumber, CaseType type, Urgency urgency, CaseStatus status,
                             String categoryCode, String description, String callerPhone,
                             String leadUnitCode, String districtCode, String subDistrictCode,
                             ClockState worstClock, Instant nextDueAt, int heat, Instant createdAt, Double lat, Double lng,
                             String createdBy) {
}

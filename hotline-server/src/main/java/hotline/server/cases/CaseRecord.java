package hotline.server.cases;

import hotline.model.CaseStatus;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.ClockState;
import hotline.model.Urgency;
import java.time.Instant;

/** One row of hotline_case: the current projection of a case's events. */
public record CaseRecord(String id, String caseNumber, CaseType type, Urgency urgency, CaseStatus status,
                         String categoryCode, String description, String callerPhone, String callerName,
                         boolean callerAnonymous, Double lat, Double lng, String address, String subDistrictCode,
                         String districtCode, Channel channel, String leadUnitCode, String routingRule,
                         String routingReason, String transferTo, String repeatOf, int repeatCount, int heat,
                         String clockProfileVersion, ClockState worstClock, Instant nextDueAt, String createdBy,
                         Instant createdAt, Instant updatedAt, int version) {

    CaseRecord withStatus(CaseStatus newStatus, Instant at) {
        return new CaseRecord(id, caseNumber, type, urgency, newStatus, categoryCode, description, callerPhone, callerName,
                callerAnonymous, lat, lng, address, subDistrictCode, districtCode, channel, leadUnitCode, routingRule,
                routingReason, transferTo, repeatOf, repeatCount, heat, clockProfileVersion, worstClock, nextDueAt,
                createdBy, createdAt, at, version + 1);
    }

    CaseRecord withLeadUnit(String unitCode, String rule, String reason) {
        return new CaseRecord(id, caseNumber, type, urgency, status, categoryCode, description, callerPhone, callerName,
                callerAnonymous, lat, lng, address, subDistrictCode, districtCode, channel, unitCode, rule,
                reason, transferTo, repeatOf, repeatCount, heat, clockProfileVersion, worstClock, nextDueAt,
                createdBy, createdAt, updatedAt, version);
    }

    CaseRecord withRepeat(Instant at) {
        return new CaseRecord(id, caseNumber, type, urgency, status, categoryCode, description, callerPhone, callerName,
                callerAnonymous, lat, lng, address, subDistrictCode, districtCode, channel, leadUnitCode, routingRule,
                routingReason, transferTo, repeatOf, repeatCount + 1, heat + 1, clockProfileVersion, worstClock, nextDueAt,
                createdBy, createdAt, at, version + 1);
    }

    /** The same case after changes that advanced it to {@code newVersion} at {@code at} (one version per event). */
    CaseRecord withVersion(int newVersion, Instant at) {
        return new CaseRecord(id, caseNumber, type, urgency, status, categoryCode, description, callerPhone, callerName,
                callerAnonymous, lat, lng, address, subDistrictCode, districtCode, channel, leadUnitCode, routingRule,
                routingReason, transferTo, repeatOf, repeatCount, heat, clockProfileVersion, worstClock, nextDueAt,
                createdBy, createdAt, at, newVersion);
    }

    CaseRecord withClocks(ClockState worst, Instant nextDue) {
        return new CaseRecord(id, caseNumber, type, urgency, status, categoryCode, description, callerPhone, callerName,
                callerAnonymous, lat, lng, address, subDistrictCode, districtCode, channel, leadUnitCode, routingRule,
                routingReason, transferTo, repeatOf, repeatCount, heat, clockProfileVersion, worst, nextDue,
                createdBy, createdAt, updatedAt, version);
    }
}

package hotline.model;

import java.time.Instant;

/**
 * One committed change of a case on the live feed ({@code GET /api/v1/live}, SSE event {@code case}).
 * {@code seq} is the case's version after the change and only grows, so a client that sees a case's events
 * out of order keeps the one with the highest {@code seq}. {@code previousUnitCode} is set when the change moved
 * the case away from that unit (reassign, accepted return), so that unit's queue can drop it. {@code summary} is
 * the row the case list ({@code GET /api/v1/cases}) returns, as it stands after the change.
 */
public record LiveEventDto(long eventId, String caseId, String caseNumber, int seq, String eventType, CaseStatus status,
                           String leadUnitCode, String previousUnitCode, ClockState worstClock, Instant occurredAt,
                           CaseSummaryDto summary) {
}

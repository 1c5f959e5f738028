package hotline.model;

import java.time.Instant;
import java.util.Map;

/**
 * The JSON body POSTed to a unit's endpoint for each change it must act on: a dispatch (CREATED), a reassignment
 * or accepted return (REASSIGN, ACCEPT_RETURN), a rejected return (REJECT_RETURN), a supervision (SUPERVISE,
 * CLOCK_OVERDUE), an extension decision and a reopening (REOPENED). {@code eventId} is also in the
 * {@code X-Hotline-Event-Id} header: the same event may arrive more than once, never with another id.
 * {@code data} is what the actor gave (the supervision message, the reason, the new date...); {@code order} is the
 * case as the change left it.
 */
public record ForwardedEventDto(long eventId, String eventType, Instant occurredAt, String unitCode,
                                String previousUnitCode, CaseSummaryDto order, Map<String, Object> data) {
}

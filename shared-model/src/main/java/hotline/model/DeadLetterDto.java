package hotline.model;

import java.time.Instant;

/** A forwarded event its unit did not accept before it expired; a shift lead sees it and can resend it. */
public record DeadLetterDto(long id, long eventId, String caseId, String caseNumber, String unitCode, String unitName,
                            String eventType, Instant createdAt, int attempts, String lastError) {
}

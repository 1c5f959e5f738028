package hotline.model;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/cases/{id}/actions/{action}}. Each action reads its own fields (DESIGN.md):
 * note {text}, resolve {result}, return {reason, detail}, accept-return {unitCode}, reject-return {reason},
 * request-extension {until, reason}, reassign {unitCode}, supervise {message},
 * visit {contacted, resolved, satisfaction, excludedReason}; answer and contact take an optional text.
 */
public record CaseActionRequest(String text, String result, String reason, String detail, String unitCode,
                                Instant until, String message, Boolean contacted, VisitResolved resolved,
                                Satisfaction satisfaction, ExclusionReason excludedReason) {
    public static CaseActionRequest empty() {
        return new CaseActionRequest(null, null, null, null, null, null, null, null, null, null, null);
    }
}

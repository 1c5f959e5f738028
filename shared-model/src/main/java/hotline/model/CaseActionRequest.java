package hotline.model;

import java.time.Instant;

/**
 * Body of {@code POST /api/v1/cases/{id}/actions/{action}}. Each action reads its own fields (DESIGN.md):
 * note {text}, resolve {result}, return {reason, detail, unitCode?, categoryCode?} (the unit or category the
 * returning unit believes right), accept-return {unitCode}, reject-return {reason},
 * request-extension {until, reason}, reassign {unitCode}, supervise {message},
 * visit {contacted, resolved, satisfaction, excludedReason}; answer and contact take an optional text.
 * Joint orders: call-in {unitCode, text (the task), until?}, co-sign, co-done {text (the result)}.
 * The factories below build the body of each action so callers never count nulls.
 */
public record CaseActionRequest(String text, String result, String reason, String detail, String unitCode,
                                Instant until, String message, Boolean contacted, VisitResolved resolved,
                                Satisfaction satisfaction, ExclusionReason excludedReason, String categoryCode) {
    public static CaseActionRequest empty() {
        return new CaseActionRequest(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** note, answer, contact. */
    public static CaseActionRequest withText(String text) {
        return new CaseActionRequest(text, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** reassign, accept-return. */
    public static CaseActionRequest toUnit(String unitCode) {
        return new CaseActionRequest(null, null, null, null, unitCode, null, null, null, null, null, null, null);
    }

    /** reject-return. */
    public static CaseActionRequest withReason(String reason) {
        return new CaseActionRequest(null, null, reason, null, null, null, null, null, null, null, null, null);
    }

    /** supervise. */
    public static CaseActionRequest withMessage(String message) {
        return new CaseActionRequest(null, null, null, null, null, null, message, null, null, null, null, null);
    }

    /** resolve. */
    public static CaseActionRequest withResult(String result) {
        return new CaseActionRequest(null, result, null, null, null, null, null, null, null, null, null, null);
    }

    /** return: a structured reason ({@link ReturnReason} name) and free detail. */
    public static CaseActionRequest returning(String reason, String detail) {
        return new CaseActionRequest(null, null, reason, detail, null, null, null, null, null, null, null, null);
    }

    /** return, naming the unit ({@code unitCode}) or the category the returning unit believes right; either may be null. */
    public static CaseActionRequest returning(String reason, String detail, String unitCode, String categoryCode) {
        return new CaseActionRequest(null, null, reason, detail, unitCode, null, null, null, null, null, null, categoryCode);
    }

    /** call-in: a co-unit of a joint order, its task and (optionally) when it must be done. */
    public static CaseActionRequest callIn(String unitCode, String task, Instant until) {
        return new CaseActionRequest(task, null, null, null, unitCode, until, null, null, null, null, null, null);
    }

    /** request-extension. */
    public static CaseActionRequest extension(Instant until, String reason) {
        return new CaseActionRequest(null, null, reason, null, null, until, null, null, null, null, null, null);
    }

    /** visit: the caller was reached and judged the outcome. */
    public static CaseActionRequest visited(VisitResolved resolved, Satisfaction satisfaction) {
        return new CaseActionRequest(null, null, null, null, null, null, null, true, resolved, satisfaction, null, null);
    }

    /** visit: the case is excluded from the satisfaction rate. */
    public static CaseActionRequest visitExcluded(boolean contacted, ExclusionReason reason) {
        return new CaseActionRequest(null, null, null, null, null, null, null, contacted, null, null, reason, null);
    }
}

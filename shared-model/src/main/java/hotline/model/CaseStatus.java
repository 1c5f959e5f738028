package hotline.model;

/**
 * Where a case is in its lifecycle (DESIGN.md). ANSWERED, TRANSFERRED and CLOSED are final.
 * TRANSFERRED marks an emergency handed to 110/119/120/122 instead of being dispatched; MERGED records a
 * repeat call that was attached to an open case instead of becoming a second order.
 */
public enum CaseStatus {
    RECEIVED, ANSWERED, TRANSFERRED, DISPATCHED, SIGNED, IN_PROGRESS, RETURN_REQUESTED,
    EXTENSION_REQUESTED, RESOLVED, VISITED, REOPENED, CLOSED, MERGED;

    public boolean isOpen() {
        return this != ANSWERED && this != TRANSFERRED && this != CLOSED && this != MERGED;
    }
}

package hotline.client.casemap;

/**
 * What a case marker's colour says, from the case's clocks: overdue, close to a deadline, on time, no clock at
 * all, or closed. Declared most urgent first: a count bubble's ring shows its members' colours in this order
 * from twelve o'clock, so an overdue case is never hidden inside a calm bubble.
 */
public enum CaseColour {
    RED("#d93025", 4),
    YELLOW("#f2b300", 3),
    GREEN("#2e9e44", 2),
    NONE("#3b6fd6", 1),
    CLOSED("#8a8f98", 0);

    private final String hex;
    private final int urgency;

    CaseColour(String hex, int urgency) {
        this.hex = hex;
        this.urgency = urgency;
    }

    /** Web colour of the marker fill. */
    public String hex() {
        return hex;
    }

    boolean moreUrgentThan(CaseColour other) {
        return urgency > other.urgency;
    }
}

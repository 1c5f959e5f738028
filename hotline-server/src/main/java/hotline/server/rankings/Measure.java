package hotline.server.rankings;

/**
 * What a case counts as for a unit in a month. The first seven are tallied; the last three are drill-downs only:
 * the cases that counted against the unit (dispatched but not responded in time, evaluated but not resolved, and
 * the dissatisfied ones, which are also facts).
 */
public enum Measure {
    DISPATCHED, RESPONDED, EVALUATED, RESOLVED, SATISFIED, BASICALLY, RETURNED, DISSATISFIED,
    NOT_RESPONDED, NOT_RESOLVED;

    /** For the drill-downs that are a difference of two stored measures: what is counted and what is taken away. */
    Measure base() {
        return this == NOT_RESPONDED ? DISPATCHED : this == NOT_RESOLVED ? EVALUATED : this;
    }

    Measure minus() {
        return this == NOT_RESPONDED ? RESPONDED : this == NOT_RESOLVED ? RESOLVED : null;
    }
}

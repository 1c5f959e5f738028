package hotline.server.clocks;

import hotline.model.ClockDto;
import hotline.model.ClockName;
import hotline.model.ClockState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/** One running or stopped statutory deadline of a case. Immutable: every change returns a new value. */
public record CaseClock(String caseId, ClockName name, CalendarKind calendar, Instant startedAt, Instant dueAt,
                        Instant yellowAt, ClockState state, Instant stoppedAt, Instant pausedSince) {
    /** The order a case's clocks are stored and shown in: the soonest due first, then by name. */
    public static final Comparator<CaseClock> SOONEST_FIRST =
            Comparator.comparing(CaseClock::dueAt).thenComparing(clock -> clock.name().name());

    public static CaseClock start(String caseId, ClockName name, ClockSpec spec, Instant start, double yellowFraction,
                                  WorkCalendar calendar) {
        Instant due = calendar.add(start, spec.duration(), spec.calendar());
        Duration warning = Duration.ofSeconds((long) (spec.duration().toSeconds() * yellowFraction));
        Instant yellow = calendar.add(start, warning, spec.calendar());
        return new CaseClock(caseId, name, spec.calendar(), start, due, yellow, ClockState.GREEN, null, null);
    }

    public boolean running() {
        return stoppedAt == null && pausedSince == null;
    }

    /** When the scheduler must next look at this clock; null when no change can come by time alone. */
    public Instant nextTransitionAt() {
        if (!running()) {
            return null;
        }
        return switch (state) {
            case GREEN -> yellowAt;
            case YELLOW -> dueAt;
            default -> null;
        };
    }

    /** The colour the clock should show at {@code now} (running clocks only move forward: GREEN → YELLOW → RED). */
    public ClockState stateAt(Instant now) {
        if (stoppedAt != null) {
            return state;
        }
        if (!now.isBefore(dueAt)) {
            return ClockState.RED;
        }
        if (!now.isBefore(yellowAt)) {
            return state == ClockState.RED ? ClockState.RED : ClockState.YELLOW;
        }
        return state;
    }

    public CaseClock withState(ClockState newState) {
        return new CaseClock(caseId, name, calendar, startedAt, dueAt, yellowAt, newState, stoppedAt, pausedSince);
    }

    public CaseClock stop(Instant at) {
        ClockState result = at.isAfter(dueAt) ? ClockState.MISSED : ClockState.MET;
        return new CaseClock(caseId, name, calendar, startedAt, dueAt, yellowAt, result, at, null);
    }

    public CaseClock pause(Instant at) {
        return new CaseClock(caseId, name, calendar, startedAt, dueAt, yellowAt, state, stoppedAt, at);
    }

    /** Resumes a paused clock; its thresholds move on by the counted time it spent paused. */
    public CaseClock resume(Instant at, WorkCalendar workCalendar) {
        if (pausedSince == null) {
            return this;
        }
        Duration paused = workCalendar.elapsed(pausedSince, at, calendar);
        return new CaseClock(caseId, name, calendar, startedAt, workCalendar.add(dueAt, paused, calendar),
                workCalendar.add(yellowAt, paused, calendar), state, stoppedAt, null);
    }

    /** An approved extension: the deadline moves to {@code until}; the colour is re-evaluated from there. */
    public CaseClock extendTo(Instant until, Instant now, double yellowFraction) {
        Duration total = Duration.between(startedAt, until);
        Instant yellow = startedAt.plusSeconds((long) (total.toSeconds() * yellowFraction));
        ClockState fresh = now.isBefore(yellow) ? ClockState.GREEN : ClockState.YELLOW;
        return new CaseClock(caseId, name, calendar, startedAt, until, yellow, fresh, stoppedAt, pausedSince);
    }

    public ClockDto toDto() {
        return new ClockDto(name, dueAt, yellowAt, state, calendar.name(), stoppedAt, pausedSince);
    }
}

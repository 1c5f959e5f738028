package hotline.server.clocks;

import hotline.model.ClockState;
import java.time.Instant;
import java.util.Collection;

/** What a case row shows of its clocks: the worst colour among running clocks and the nearest deadline. */
public record ClockSummary(ClockState worst, Instant nextDueAt) {

    public static ClockSummary of(Collection<CaseClock> clocks) {
        ClockState worst = null;
        Instant next = null;
        for (CaseClock clock : clocks) {
            if (clock.stoppedAt() != null) {
                continue;
            }
            if (worst == null || clock.state().ordinal() > worst.ordinal()) {
                worst = clock.state();
            }
            if (next == null || clock.dueAt().isBefore(next)) {
                next = clock.dueAt();
            }
        }
        return new ClockSummary(worst, next);
    }
}

package hotline.server.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.ClockName;
import hotline.model.ClockState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CaseClockTest {
    private final WorkCalendar calendar = WorkCalendar.load();
    private final Instant start = Instant.parse("2026-11-24T02:00:00Z");

    private CaseClock twoHourClock() {
        return CaseClock.start("c1", ClockName.SIGN, new ClockSpec(Duration.ofHours(2), CalendarKind.NATURAL), start, 0.75, calendar);
    }

    @Test
    void turnsYellowAtThreeQuartersAndRedWhenDue() {
        CaseClock clock = twoHourClock();
        assertThat(clock.yellowAt()).isEqualTo(start.plus(Duration.ofMinutes(90)));
        assertThat(clock.stateAt(start.plus(Duration.ofMinutes(89)))).isEqualTo(ClockState.GREEN);
        assertThat(clock.stateAt(start.plus(Duration.ofMinutes(90)))).isEqualTo(ClockState.YELLOW);
        assertThat(clock.stateAt(start.plus(Duration.ofHours(2)))).isEqualTo(ClockState.RED);
        assertThat(clock.nextTransitionAt()).isEqualTo(clock.yellowAt());
        assertThat(clock.withState(ClockState.YELLOW).nextTransitionAt()).isEqualTo(clock.dueAt());
    }

    @Test
    void stoppingRecordsWhetherTheDeadlineWasMet() {
        assertThat(twoHourClock().stop(start.plus(Duration.ofMinutes(30))).state()).isEqualTo(ClockState.MET);
        assertThat(twoHourClock().stop(start.plus(Duration.ofHours(3))).state()).isEqualTo(ClockState.MISSED);
        assertThat(twoHourClock().stop(start).nextTransitionAt()).isNull();
    }

    @Test
    void aPauseMovesTheDeadlineByThePausedTime() {
        CaseClock paused = twoHourClock().pause(start.plus(Duration.ofMinutes(30)));
        assertThat(paused.nextTransitionAt()).isNull();
        CaseClock resumed = paused.resume(start.plus(Duration.ofHours(5)), calendar);
        // paused from +0:30 to +5:00, i.e. 4 h 30 min: the 2-hour deadline moves from +2:00 to +6:30
        assertThat(resumed.dueAt()).isEqualTo(start.plus(Duration.ofMinutes(390)));
        assertThat(resumed.yellowAt()).isEqualTo(start.plus(Duration.ofMinutes(90 + 270)));
        assertThat(resumed.running()).isTrue();
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndTheColour() {
        CaseClock red = twoHourClock().withState(ClockState.RED);
        Instant until = start.plus(Duration.ofDays(3));
        CaseClock extended = red.extendTo(until, start.plus(Duration.ofHours(3)), 0.75);
        assertThat(extended.dueAt()).isEqualTo(until);
        assertThat(extended.state()).isEqualTo(ClockState.GREEN);
    }
}

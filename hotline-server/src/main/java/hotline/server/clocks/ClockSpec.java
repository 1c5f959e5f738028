package hotline.server.clocks;

import java.time.Duration;

/** How long a clock runs and on which calendar. */
public record ClockSpec(Duration duration, CalendarKind calendar) {
    public ClockSpec capped(Duration cap) {
        return cap.compareTo(duration) < 0 ? new ClockSpec(cap, CalendarKind.NATURAL) : this;
    }
}

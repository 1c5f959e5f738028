package hotline.server.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {
    private final WorkCalendar calendar = WorkCalendar.load();

    private static Instant beijing(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), WorkCalendar.ZONE).toInstant();
    }

    @Test
    void weekendsHolidaysAndMakeUpDaysFollowTheConfiguredList() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-24"))).isTrue();   // Tuesday
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-28"))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();  // National Day
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();   // Saturday made a working day
    }

    @Test
    void naturalTimeCountsEveryHour() {
        Instant start = beijing("2026-11-27T15:00");
        assertThat(calendar.add(start, Duration.ofHours(24), CalendarKind.NATURAL)).isEqualTo(beijing("2026-11-28T15:00"));
    }

    @Test
    void workingTimeSkipsTheWeekend() {
        Instant friday = beijing("2026-11-27T15:00");
        assertThat(calendar.add(friday, Duration.ofDays(1), CalendarKind.WORKING)).isEqualTo(beijing("2026-11-30T15:00"));
        assertThat(calendar.add(friday, Duration.ofDays(7), CalendarKind.WORKING)).isEqualTo(beijing("2026-12-08T15:00"));
    }

    @Test
    void workingTimeSkipsTheNationalDayWeekAndCountsTheMakeUpSaturday() {
        Instant beforeHoliday = beijing("2026-09-30T12:00");
        // 30 Sep 12:00-24:00 (12 h), 1-7 Oct holiday, 8 Oct Thursday 00:00-12:00 (12 h) = one working day
        assertThat(calendar.add(beforeHoliday, Duration.ofDays(1), CalendarKind.WORKING)).isEqualTo(beijing("2026-10-08T12:00"));
        // 9 Oct Friday, 10 Oct Saturday (working), 11 Oct Sunday (rest)
        assertThat(calendar.add(beijing("2026-10-09T00:00"), Duration.ofDays(2), CalendarKind.WORKING))
                .isEqualTo(beijing("2026-10-11T00:00"));
        assertThat(calendar.add(beijing("2026-10-09T00:00"), Duration.ofDays(3), CalendarKind.WORKING))
                .isEqualTo(beijing("2026-10-13T00:00"));
    }

    @Test
    void elapsedIsTheInverseOfAdd() {
        Instant start = beijing("2026-11-26T09:30");
        for (int hours : new int[] {1, 20, 50, 170}) {
            Instant end = calendar.add(start, Duration.ofHours(hours), CalendarKind.WORKING);
            assertThat(calendar.elapsed(start, end, CalendarKind.WORKING)).isEqualTo(Duration.ofHours(hours));
        }
        assertThat(calendar.elapsed(beijing("2026-11-28T00:00"), beijing("2026-11-30T00:00"), CalendarKind.WORKING))
                .isEqualTo(Duration.ZERO);
    }
}

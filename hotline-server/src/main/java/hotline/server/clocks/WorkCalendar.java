package hotline.server.clocks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * Natural and working-day time in Beijing's zone. Working days are Monday–Friday, less the configured
 * public holidays, plus the configured make-up working weekends (调休). The holiday list is configuration
 * ({@code reference/clocks/holidays.tsv}); the centre keeps it current each year from the State Council notice.
 */
public final class WorkCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final int MAX_DAYS = 3660;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static WorkCalendar load() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        try (InputStream in = WorkCalendar.class.getResourceAsStream("/reference/clocks/holidays.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing reference/clocks/holidays.tsv");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                LocalDate date = LocalDate.parse(fields[0]);
                switch (fields[1]) {
                    case "HOLIDAY" -> holidays.add(date);
                    case "WORKDAY" -> workdays.add(date);
                    default -> throw new IllegalStateException("holidays.tsv: unknown kind " + fields[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WorkCalendar(holidays, workdays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkdays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /** The instant when {@code amount} of counted time has passed after {@code start}. */
    public Instant add(Instant start, Duration amount, CalendarKind kind) {
        if (kind == CalendarKind.NATURAL) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        ZonedDateTime cursor = start.atZone(ZONE);
        for (int day = 0; day < MAX_DAYS; day++) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(ZONE);
            if (isWorkingDay(cursor.toLocalDate())) {
                Duration available = Duration.between(cursor, nextMidnight);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            cursor = nextMidnight;
        }
        throw new IllegalArgumentException("duration too long for the working calendar: " + amount);
    }

    /** Counted time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration elapsed(Instant from, Instant to, CalendarKind kind) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (kind == CalendarKind.NATURAL) {
            return Duration.between(from, to);
        }
        Duration counted = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(ZONE);
        ZonedDateTime end = to.atZone(ZONE);
        while (cursor.isBefore(end)) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(ZONE);
            ZonedDateTime stop = nextMidnight.isBefore(end) ? nextMidnight : end;
            if (isWorkingDay(cursor.toLocalDate())) {
                counted = counted.plus(Duration.between(cursor, stop));
            }
            cursor = stop;
        }
        return counted;
    }
}

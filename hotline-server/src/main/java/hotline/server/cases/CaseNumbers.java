package hotline.server.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * Human case numbers: the Beijing date of intake and a daily sequence, e.g. 2026112400123. Numbers are
 * reserved inside the writing transaction (row lock on the day's counter) and written back once per
 * transaction, so they are gapless and unique across server nodes. Not thread-safe: one per transaction.
 */
final class CaseNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private final Map<String, int[]> lastByDay = new HashMap<>();

    String next(Connection connection, Instant at) throws SQLException {
        String day = LocalDate.ofInstant(at, hotline.server.clocks.WorkCalendar.ZONE).format(DAY);
        int[] last = lastByDay.get(day);
        if (last == null) {
            last = new int[] {current(connection, day)};
            lastByDay.put(day, last);
        }
        last[0]++;
        return day + String.format("%05d", last[0]);
    }

    void flush(Connection connection) throws SQLException {
        for (var entry : lastByDay.entrySet()) {
            try (PreparedStatement update = connection.prepareStatement("update case_number_counter set last_seq = ? where counter_day = ?")) {
                update.setInt(1, entry.getValue()[0]);
                update.setString(2, entry.getKey());
                update.executeUpdate();
            }
        }
        lastByDay.clear();
    }

    private static int current(Connection connection, String day) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select last_seq from case_number_counter where counter_day = ? for update")) {
            select.setString(1, day);
            try (ResultSet rows = select.executeQuery()) {
                if (rows.next()) {
                    return rows.getInt(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into case_number_counter (counter_day, last_seq) values (?, 0)")) {
            insert.setString(1, day);
            insert.executeUpdate();
        }
        return 0;
    }
}

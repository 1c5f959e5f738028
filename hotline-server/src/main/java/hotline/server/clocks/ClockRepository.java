package hotline.server.clocks;

import hotline.model.ClockName;
import hotline.model.ClockState;
import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The case_clock table. Every method joins the caller's transaction. */
public final class ClockRepository {
    private static final String COLUMNS =
            "case_id, name, calendar, started_at, due_at, yellow_at, state, stopped_at, paused_since, next_transition_at";

    public void insert(Connection connection, Collection<CaseClock> clocks) throws SQLException {
        if (clocks.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into case_clock (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (CaseClock clock : clocks) {
                insert.setString(1, clock.caseId());
                insert.setString(2, clock.name().name());
                bind(insert, clock, 3);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Replaces the stored state of clocks that already exist (same case and name). */
    public void update(Connection connection, Collection<CaseClock> clocks) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update case_clock set calendar = ?, started_at = ?, due_at = ?, yellow_at = ?, state = ?, stopped_at = ?,"
                        + " paused_since = ?, next_transition_at = ? where case_id = ? and name = ?")) {
            for (CaseClock clock : clocks) {
                bind(update, clock, 1);
                update.setString(9, clock.caseId());
                update.setString(10, clock.name().name());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** Inserts clocks that are new to the case and replaces those it already had (a restarted clock). */
    public void upsert(Connection connection, List<CaseClock> existing, Collection<CaseClock> clocks) throws SQLException {
        List<CaseClock> toInsert = new ArrayList<>();
        List<CaseClock> toUpdate = new ArrayList<>();
        for (CaseClock clock : clocks) {
            boolean known = existing.stream().anyMatch(e -> e.name() == clock.name());
            (known ? toUpdate : toInsert).add(clock);
        }
        insert(connection, toInsert);
        update(connection, toUpdate);
    }

    public List<CaseClock> findByCase(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from case_clock where case_id = ? order by due_at")) {
            select.setString(1, caseId);
            return readAll(select);
        }
    }

    /** Running clocks whose colour must change at or before {@code now}, oldest first. */
    public List<CaseClock> dueForTransition(Connection connection, Instant now, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from case_clock where next_transition_at <= ? order by next_transition_at"
                        + " fetch first ? rows only")) {
            Jdbc.setInstant(select, 1, now);
            select.setInt(2, limit);
            return readAll(select);
        }
    }

    private static void bind(PreparedStatement statement, CaseClock clock, int first) throws SQLException {
        statement.setString(first, clock.calendar().name());
        Jdbc.setInstant(statement, first + 1, clock.startedAt());
        Jdbc.setInstant(statement, first + 2, clock.dueAt());
        Jdbc.setInstant(statement, first + 3, clock.yellowAt());
        statement.setString(first + 4, clock.state().name());
        Jdbc.setInstant(statement, first + 5, clock.stoppedAt());
        Jdbc.setInstant(statement, first + 6, clock.pausedSince());
        Jdbc.setInstant(statement, first + 7, clock.nextTransitionAt());
    }

    private static List<CaseClock> readAll(PreparedStatement select) throws SQLException {
        List<CaseClock> clocks = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                clocks.add(new CaseClock(rows.getString("case_id"), ClockName.valueOf(rows.getString("name")),
                        CalendarKind.valueOf(rows.getString("calendar")), Jdbc.getInstant(rows, "started_at"),
                        Jdbc.getInstant(rows, "due_at"), Jdbc.getInstant(rows, "yellow_at"),
                        ClockState.valueOf(rows.getString("state")), Jdbc.getInstant(rows, "stopped_at"),
                        Jdbc.getInstant(rows, "paused_since")));
            }
        }
        return clocks;
    }
}

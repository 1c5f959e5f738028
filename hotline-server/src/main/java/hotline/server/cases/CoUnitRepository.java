package hotline.server.cases;

import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The co-units of joint orders (table case_co_unit). */
final class CoUnitRepository {
    static final String OPEN_STATES = "('CALLED', 'SIGNED')";

    record CoUnit(String caseId, String unitCode, String task, String state, Instant calledAt, Instant signDueAt,
                  Instant dueAt, Instant signedAt, Instant doneAt, String result) {
        boolean open() {
            return state.equals("CALLED") || state.equals("SIGNED");
        }
    }

    void insert(Connection connection, CoUnit co) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into case_co_unit (case_id, unit_code, task,"
                + " state, called_at, sign_due_at, due_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, co.caseId());
            insert.setString(2, co.unitCode());
            insert.setString(3, co.task());
            insert.setString(4, co.state());
            Jdbc.setInstant(insert, 5, co.calledAt());
            Jdbc.setInstant(insert, 6, co.signDueAt());
            Jdbc.setInstant(insert, 7, co.dueAt());
            insert.executeUpdate();
        }
    }

    /** Moves a co-unit to {@code state}, stamping the time of that step; the result only with DONE. */
    void step(Connection connection, String caseId, String unitCode, String state, Instant at, String result)
            throws SQLException {
        String stamp = switch (state) {
            case "SIGNED" -> "signed_at = ?";
            case "DONE" -> "done_at = ?, result = ?";
            case "ESCALATED" -> "escalated_at = ?";
            default -> "done_at = ?";
        };
        try (PreparedStatement update = connection.prepareStatement("update case_co_unit set state = ?, " + stamp
                + " where case_id = ? and unit_code = ?")) {
            int i = 1;
            update.setString(i++, state);
            Jdbc.setInstant(update, i++, at);
            if (state.equals("DONE")) {
                update.setString(i++, result);
            }
            update.setString(i++, caseId);
            update.setString(i, unitCode);
            update.executeUpdate();
        }
    }

    /** The open co-units of a case are closed with it when the lead unit resolves it. */
    void closeOpen(Connection connection, String caseId, Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update case_co_unit set state = 'CLOSED', done_at = ?"
                + " where case_id = ? and state in " + OPEN_STATES)) {
            Jdbc.setInstant(update, 1, at);
            update.setString(2, caseId);
            update.executeUpdate();
        }
    }

    List<CoUnit> findByCase(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select * from case_co_unit where case_id = ?"
                + " order by called_at, unit_code")) {
            select.setString(1, caseId);
            return read(select);
        }
    }

    Optional<CoUnit> find(Connection connection, String caseId, String unitCode) throws SQLException {
        return findByCase(connection, caseId).stream().filter(co -> co.unitCode().equals(unitCode)).findFirst();
    }

    /** Open co-units that missed a step by {@code now}: not signed in time, or not done by their due time. */
    List<CoUnit> missed(Connection connection, Instant now, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select * from case_co_unit where"
                + " (state = 'CALLED' and sign_due_at <= ?) or (state in " + OPEN_STATES + " and due_at <= ?)"
                + " order by due_at fetch first " + limit + " rows only")) {
            Jdbc.setInstant(select, 1, now);
            Jdbc.setInstant(select, 2, now);
            return read(select);
        }
    }

    private static List<CoUnit> read(PreparedStatement select) throws SQLException {
        List<CoUnit> list = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                list.add(new CoUnit(rows.getString("case_id"), rows.getString("unit_code"), rows.getString("task"),
                        rows.getString("state"), Jdbc.getInstant(rows, "called_at"), Jdbc.getInstant(rows, "sign_due_at"),
                        Jdbc.getInstant(rows, "due_at"), Jdbc.getInstant(rows, "signed_at"),
                        Jdbc.getInstant(rows, "done_at"), rows.getString("result")));
            }
        }
        return list;
    }
}

package hotline.server.db;

import hotline.model.ClockName;
import hotline.model.ClockState;
import hotline.server.clocks.CalendarKind;
import hotline.server.clocks.CaseClock;
import hotline.server.clocks.ClockRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A case's clocks move from rows of their own (case_clock) onto the case row: {@code hotline_case.clocks} (JSON) and
 * {@code hotline_case.next_transition_at}, indexed for the scheduler. A dispatched case had three clock rows with two
 * index entries each; intake now writes one indexed column instead (see {@link ClockRepository}). Java, not SQL,
 * because H2 and PostgreSQL 15 share no function that folds rows into a JSON array.
 */
public final class V9__ClocksOnTheCase extends BaseJavaMigration {
    private static final int BATCH = 1_000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table hotline_case add column clocks varchar(4000)");
            sql.execute("alter table hotline_case add column next_transition_at timestamp with time zone");
        }
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "update hotline_case set clocks = ?, next_transition_at = ? where id = ?")) {
            select.setFetchSize(BATCH);
            try (ResultSet rows = select.executeQuery("select case_id, name, calendar, started_at, due_at, yellow_at, state,"
                    + " stopped_at, paused_since from case_clock order by case_id, name")) {
                List<CaseClock> ofCase = new ArrayList<>();
                int pending = 0;
                while (rows.next()) {
                    CaseClock clock = new CaseClock(rows.getString(1), ClockName.valueOf(rows.getString(2)),
                            CalendarKind.valueOf(rows.getString(3)), Jdbc.getInstant(rows, "started_at"),
                            Jdbc.getInstant(rows, "due_at"), Jdbc.getInstant(rows, "yellow_at"),
                            ClockState.valueOf(rows.getString(7)), Jdbc.getInstant(rows, "stopped_at"),
                            Jdbc.getInstant(rows, "paused_since"));
                    if (!ofCase.isEmpty() && !ofCase.get(0).caseId().equals(clock.caseId())) {
                        pending += add(update, ofCase);
                    }
                    ofCase.add(clock);
                    if (pending >= BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                add(update, ofCase);
                update.executeBatch();
            }
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("drop table case_clock");
            sql.execute("create index case_by_clock_transition on hotline_case (next_transition_at)");
        }
    }

    /** Queues the update of one case's clocks and empties the list; returns how many updates it queued. */
    private static int add(PreparedStatement update, List<CaseClock> ofCase) throws SQLException {
        if (ofCase.isEmpty()) {
            return 0;
        }
        ClockRepository.Stored stored = ClockRepository.stored(ofCase);
        update.setString(1, stored.json());
        Jdbc.setInstant(update, 2, stored.nextTransitionAt());
        update.setString(3, ofCase.get(0).caseId());
        update.addBatch();
        ofCase.clear();
        return 1;
    }
}

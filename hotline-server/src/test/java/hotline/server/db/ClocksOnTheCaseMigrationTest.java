package hotline.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hotline.model.ClockName;
import hotline.model.ClockState;
import hotline.server.clocks.CalendarKind;
import hotline.server.clocks.CaseClock;
import hotline.server.clocks.ClockRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** V9 moves the clocks of an installation that already holds cases from case_clock onto the case rows. */
class ClocksOnTheCaseMigrationTest {
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00.123456Z");

    @Test
    void clocksStartedBeforeTheUpgradeKeepTheirStateAndTheSchedulerStillFindsThem() throws SQLException {
        ClockRepository clocks = new ClockRepository();
        OldSchemaRows.upgradeFrom("8", (connection, sql) -> {
            OldSchemaRows.casesOfOneUnit(sql, "01RUNNING", "01NOCLOCKS", "01ALLSTOPPED");
            // 01RUNNING: sign met, contact yellow (next look: its due time), handle green (next look: its yellow time).
            sql.execute("insert into case_clock (case_id, name, calendar, started_at, due_at, yellow_at, state, stopped_at,"
                    + " paused_since, next_transition_at) values"
                    + " ('01RUNNING', 'SIGN', 'NATURAL', '2026-03-02 01:00:00.123456Z', '2026-03-02 03:00:00Z',"
                    + "  '2026-03-02 02:36:00Z', 'MET', '2026-03-02 01:30:00Z', null, null),"
                    + " ('01RUNNING', 'CONTACT', 'NATURAL', '2026-03-02 01:00:00.123456Z', '2026-03-03 01:00:00Z',"
                    + "  '2026-03-02 20:12:00Z', 'YELLOW', null, null, '2026-03-03 01:00:00Z'),"
                    + " ('01RUNNING', 'HANDLE', 'WORKING', '2026-03-02 01:00:00.123456Z', '2026-03-16 01:00:00Z',"
                    + "  '2026-03-13 01:00:00Z', 'GREEN', null, null, '2026-03-13 01:00:00Z'),"
                    + " ('01ALLSTOPPED', 'ACCEPT', 'NATURAL', '2026-03-01 01:00:00Z', '2026-03-01 03:00:00Z',"
                    + "  '2026-03-01 02:36:00Z', 'MISSED', '2026-03-01 04:00:00Z', null, null)");
        }, (connection, sql) -> {
            assertThat(clocks.findByCase(connection, "01RUNNING")).containsExactly(
                    new CaseClock("01RUNNING", ClockName.SIGN, CalendarKind.NATURAL, T0, at("2026-03-02T03:00:00Z"),
                            at("2026-03-02T02:36:00Z"), ClockState.MET, at("2026-03-02T01:30:00Z"), null),
                    new CaseClock("01RUNNING", ClockName.CONTACT, CalendarKind.NATURAL, T0, at("2026-03-03T01:00:00Z"),
                            at("2026-03-02T20:12:00Z"), ClockState.YELLOW, null, null),
                    new CaseClock("01RUNNING", ClockName.HANDLE, CalendarKind.WORKING, T0, at("2026-03-16T01:00:00Z"),
                            at("2026-03-13T01:00:00Z"), ClockState.GREEN, null, null));
            assertThat(clocks.findByCase(connection, "01NOCLOCKS")).isEmpty();
            assertThat(clocks.findByCase(connection, "01ALLSTOPPED")).extracting(CaseClock::state)
                    .containsExactly(ClockState.MISSED);
            try (ResultSet rows = sql.executeQuery("select id, next_transition_at from hotline_case order by id")) {
                List<String> seen = new java.util.ArrayList<>();
                while (rows.next()) {
                    seen.add(rows.getString(1) + " " + Jdbc.getInstant(rows, "next_transition_at"));
                }
                assertThat(seen).containsExactly("01ALLSTOPPED null", "01NOCLOCKS null",
                        "01RUNNING 2026-03-03T01:00:00Z");
            }
            assertThat(clocks.dueForTransition(connection, at("2026-03-02T12:00:00Z"), 10)).isEmpty();
            assertThat(clocks.dueForTransition(connection, at("2026-03-03T01:00:00Z"), 10))
                    .extracting(CaseClock::name).containsExactly(ClockName.CONTACT);
            assertThat(clocks.dueForTransition(connection, at("2026-03-14T00:00:00Z"), 10))
                    .extracting(CaseClock::name).containsExactly(ClockName.CONTACT, ClockName.HANDLE);
            assertThatThrownBy(() -> sql.executeQuery("select count(*) from case_clock"))
                    .isInstanceOf(SQLException.class);
        });
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }
}

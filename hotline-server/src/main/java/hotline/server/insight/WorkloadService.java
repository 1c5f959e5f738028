package hotline.server.insight;

import hotline.model.CaseStatus;
import hotline.model.ClockState;
import hotline.model.Role;
import hotline.model.WorkloadDto;
import hotline.server.auth.Principal;
import hotline.server.clocks.WorkCalendar;
import hotline.server.db.Database;
import hotline.server.http.ApiException;
import hotline.server.units.UnitDirectory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who carries how many open cases: per lead unit (and how many of their worst clocks are yellow or red) and per
 * operator who took them. Counted in the database through the status index; a lead asks for it now and then, not
 * per keystroke.
 */
public final class WorkloadService {
    private static final String OPEN = Arrays.stream(CaseStatus.values()).filter(CaseStatus::isOpen)
            .map(s -> "'" + s.name() + "'").collect(Collectors.joining(", "));

    private final Database database;
    private final UnitDirectory units;
    private final Clock clock;

    public WorkloadService(Database database, UnitDirectory units, Clock clock) {
        this.database = database;
        this.units = units;
        this.clock = clock;
    }

    public WorkloadDto workload(Principal principal) {
        if (!principal.is(Role.SHIFT_LEAD, Role.ADMIN)) {
            throw ApiException.forbidden("only shift leads and administrators see the workload");
        }
        return database.read(connection -> {
            Map<String, int[]> byUnit = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select lead_unit_code, worst_clock, count(*)"
                    + " from hotline_case where status in (" + OPEN + ") group by lead_unit_code, worst_clock");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    int[] counts = byUnit.computeIfAbsent(rows.getString(1), k -> new int[3]);
                    int n = rows.getInt(3);
                    counts[0] += n;
                    String clock = rows.getString(2);
                    if (ClockState.YELLOW.name().equals(clock)) {
                        counts[1] += n;
                    } else if (ClockState.RED.name().equals(clock) || ClockState.MISSED.name().equals(clock)) {
                        counts[2] += n;
                    }
                }
            }
            List<WorkloadDto.OperatorLoad> operators = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select created_by, count(*) from hotline_case"
                    + " where status in (" + OPEN + ") group by created_by");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    operators.add(new WorkloadDto.OperatorLoad(rows.getString(1), rows.getInt(2)));
                }
            }
            Map<String, int[]> month = new LinkedHashMap<>();            // this month's dispatched and returned
            try (PreparedStatement select = connection.prepareStatement(
                    "select unit_code, dispatched, returned from ranking_tally where period = ?")) {
                select.setString(1, YearMonth.now(clock.withZone(WorkCalendar.ZONE)).toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        month.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)});
                    }
                }
            }
            List<WorkloadDto.UnitLoad> unitLoads = new ArrayList<>();
            byUnit.forEach((code, c) -> {
                int[] m = month.getOrDefault(code, new int[2]);
                unitLoads.add(new WorkloadDto.UnitLoad(code, units.find(code).map(u -> u.name()).orElse(code), c[0], c[1],
                        c[2], m[0], m[1]));
            });
            unitLoads.sort(Comparator.comparingInt(WorkloadDto.UnitLoad::open).reversed()
                    .thenComparing(WorkloadDto.UnitLoad::unitCode));
            operators.sort(Comparator.comparingInt(WorkloadDto.OperatorLoad::open).reversed()
                    .thenComparing(WorkloadDto.OperatorLoad::username));
            return new WorkloadDto(unitLoads, operators);
        });
    }
}

package hotline.server.rankings;

import hotline.model.CasePageDto;
import hotline.model.RankingDto;
import hotline.model.UnitKind;
import hotline.server.auth.Principal;
import hotline.server.cases.CaseListService;
import hotline.server.db.Database;
import hotline.server.http.ApiException;
import hotline.server.units.Unit;
import hotline.server.units.UnitDirectory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly three-rates ranking of every unit of a kind, read from the tallies the projector keeps (so a month
 * of two million cases reads as fast as one of two thousand), and the cases behind each figure. A district answers
 * for its whole territory, as Beijing ranks its districts: its figures are its own government's and those of all
 * its sub-districts together.
 */
public final class RankingService {
    public static final int MAX_PAGE = 500;

    private final Database database;
    private final UnitDirectory units;
    private final RankingConfig config;
    private final CaseListService listing;

    public RankingService(Database database, UnitDirectory units, RankingConfig config, CaseListService listing) {
        this.database = database;
        this.units = units;
        this.config = config;
        this.listing = listing;
    }

    /** Ranked units by score (best first), then those below the minimum sample by their number of cases. */
    public List<RankingDto> rankings(YearMonth month, UnitKind kind) {
        RankingConfig.Weights weights = config.weights(month, kind);
        Map<String, int[]> tallies = tallies(month);
        List<RankingDto> lines = new ArrayList<>();
        for (Unit unit : units.ofKind(kind)) {
            int[] t = new int[7];
            for (String code : territory(unit)) {
                int[] own = tallies.get(code);
                for (int i = 0; own != null && i < 7; i++) {
                    t[i] += own[i];
                }
            }
            int dispatched = t[0];
            int responded = t[1];
            int evaluated = t[2];
            int resolved = t[3];
            int satisfied = t[4];
            int basically = t[5];
            Double response = dispatched == 0 ? null : (double) responded / dispatched;
            Double resolution = evaluated == 0 ? null : (double) resolved / evaluated;
            Double satisfaction = evaluated == 0 ? null : (satisfied + 0.8 * basically) / evaluated;
            Double score = response == null || resolution == null ? null
                    : weights.response() * response + weights.resolution() * resolution + weights.satisfaction() * satisfaction;
            boolean ranked = score != null && dispatched >= weights.minSample();
            lines.add(new RankingDto(null, unit.code(), unit.name(), dispatched, response, resolution, satisfaction, score,
                    ranked, responded, evaluated, resolved, satisfied, basically, t[6]));
        }
        lines.sort(Comparator.comparing(RankingDto::ranked).reversed()
                .thenComparing(line -> line.ranked() ? -line.score() : -line.cases())
                .thenComparing(RankingDto::unitCode));
        List<RankingDto> numbered = new ArrayList<>(lines.size());
        int rank = 0;
        for (RankingDto line : lines) {
            numbered.add(line.ranked() ? line.withRank(++rank) : line);
        }
        return numbered;
    }

    /**
     * The cases behind one figure of one unit's month, by case id, a page at a time ({@code after}: the last id of
     * the previous page). A clerk or handler may only look into their own unit.
     */
    public CasePageDto cases(Principal principal, YearMonth month, String unitCode, Measure measure, String after, int limit) {
        Unit unit = units.find(unitCode).orElseThrow(() -> ApiException.notFound("no unit " + unitCode));
        List<String> territory = territory(unit);
        if (principal.scopedToUnit() && !unitCode.equals(principal.unitCode())) {
            throw ApiException.forbidden("you may look into your own unit's cases only");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_PAGE);
        }
        // A "not" measure lists the cases counted more often in the base measure than in the other (a case
        // dispatched twice and answered in time once was not answered in time once).
        String sql = "select f.case_id from ranking_fact f where f.period = ? and f.measure in (?, ?) and f.unit_code in ("
                + String.join(", ", java.util.Collections.nCopies(territory.size(), "?")) + ")"
                + (after == null ? "" : " and f.case_id > ?")
                + " group by f.case_id"
                + (measure.minus() == null ? "" : " having sum(case when f.measure = ? then 1 else 0 end)"
                + " > sum(case when f.measure = ? then 1 else 0 end)")
                + " order by f.case_id fetch first " + (limit + 1) + " rows only";
        List<String> ids = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                int i = 1;
                select.setString(i++, month.toString());
                select.setString(i++, measure.base().name());
                select.setString(i++, measure.minus() == null ? measure.base().name() : measure.minus().name());
                for (String code : territory) {
                    select.setString(i++, code);
                }
                if (after != null) {
                    select.setString(i++, after);
                }
                if (measure.minus() != null) {
                    select.setString(i++, measure.base().name());
                    select.setString(i, measure.minus().name());
                }
                List<String> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
                return found;
            }
        });
        String next = ids.size() > limit ? ids.get(limit - 1) : null;
        return new CasePageDto(listing.summaries(ids.size() > limit ? ids.subList(0, limit) : ids), next);
    }

    /** The units whose figures count for {@code unit}: itself, and for a district all its sub-districts too. */
    private List<String> territory(Unit unit) {
        if (unit.kind() != UnitKind.DISTRICT) {
            return List.of(unit.code());
        }
        List<String> codes = new ArrayList<>();
        codes.add(unit.code());
        units.ofKind(UnitKind.SUB_DISTRICT).stream().filter(s -> unit.code().equals(s.districtCode()))
                .forEach(s -> codes.add(s.code()));
        return codes;
    }

    private Map<String, int[]> tallies(YearMonth month) {
        return database.read(connection -> {
            Map<String, int[]> byUnit = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("select unit_code, dispatched, responded, evaluated,"
                    + " resolved, satisfied, basically, returned from ranking_tally where period = ?")) {
                select.setString(1, month.toString());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        int[] t = new int[7];
                        for (int i = 0; i < 7; i++) {
                            t[i] = rows.getInt(i + 2);
                        }
                        byUnit.put(rows.getString(1), t);
                    }
                }
            }
            return byUnit;
        });
    }
}

package hotline.bench;

import hotline.model.UnitKind;
import hotline.server.Services;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * How long a monthly ranking read takes on a month of 2,000 cases and on one of 2,000,000. Both months are
 * generated the way the ranking projector would have left them: one fact per case and measure (dispatched,
 * responded, evaluated, resolved, satisfied / basically / dissatisfied) and the per-unit tallies, with units whose
 * speed and quality differ. Reads go through the same service as {@code GET /api/v1/rankings}.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.RankingReadBenchmark [big-month-cases]</pre>
 */
public final class RankingReadBenchmark {
    private static final String[] MEASURES = {"DISPATCHED", "RESPONDED", "EVALUATED", "RESOLVED", "SATISFIED", "BASICALLY",
        "RETURNED", "DISSATISFIED"};

    public static void main(String[] args) throws Exception {
        int big = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        try (ScratchStore store = ScratchStore.h2("ranking-bench")) {
            Services services = store.services;
            List<String> units = services.units.all().stream().map(u -> u.code()).sorted().toList();
            YearMonth small = YearMonth.of(2026, 9);
            YearMonth large = YearMonth.of(2026, 10);
            fill(services, small, 2_000, units);
            long start = System.nanoTime();
            fill(services, large, big, units);
            System.out.printf("generated a month of %,d cases (facts and tallies) in %.0f s; H2 file now %,d MB%n", big,
                    (System.nanoTime() - start) / 1e9, store.size() / 1_000_000);
            for (UnitKind kind : List.of(UnitKind.SUB_DISTRICT, UnitKind.DEPARTMENT)) {
                time(services, small, kind, "2,000 cases");
                time(services, large, kind, String.format("%,d cases", big));
            }
        }
    }

    private static void time(Services services, YearMonth month, UnitKind kind, String label) {
        for (int i = 0; i < 50; i++) {
            services.rankings.rankings(month, kind);
        }
        long[] nanos = new long[500];
        int lines = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            lines = services.rankings.rankings(month, kind).size();
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("ranking read, %s month of %s, %d units: median %.2f ms, p99 %.2f ms, max %.2f ms%n", kind, label,
                lines, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.99)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    /** Cases spread over all units; each unit has its own speed (share answered in time) and quality. */
    private static void fill(Services services, YearMonth month, int cases, List<String> units) {
        Random random = new Random(month.getMonthValue());
        double[] speed = new double[units.size()];
        double[] quality = new double[units.size()];
        for (int u = 0; u < units.size(); u++) {
            speed[u] = 0.6 + 0.39 * random.nextDouble();
            quality[u] = 0.5 + 0.45 * random.nextDouble();
        }
        int[][] tallies = new int[units.size()][7];
        int batch = 20_000;
        for (int from = 0; from < cases; from += batch) {
            int first = from;
            int count = Math.min(batch, cases - from);
            services.database.inTransaction(connection -> {
                insertFacts(connection, month, first, count, units, random, speed, quality, tallies);
                return null;
            });
        }
        services.database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into ranking_tally (period, unit_code,"
                    + " dispatched, responded, evaluated, resolved, satisfied, basically, returned)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int u = 0; u < units.size(); u++) {
                    insert.setString(1, month.toString());
                    insert.setString(2, units.get(u));
                    for (int m = 0; m < 7; m++) {
                        insert.setInt(3 + m, tallies[u][m]);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private static void insertFacts(Connection connection, YearMonth month, int first, int count, List<String> units,
                                    Random random, double[] speed, double[] quality, int[][] tallies) throws java.sql.SQLException {
        long eventBase = (long) month.getMonthValue() * 100_000_000L;
        try (PreparedStatement insert = connection.prepareStatement("insert into ranking_fact (event_id, measure, period,"
                + " unit_code, case_id) values (?, ?, ?, ?, ?)")) {
            for (int i = first; i < first + count; i++) {
                int u = (int) Math.min(units.size() - 1, Math.abs(random.nextGaussian()) * units.size() / 2.5);
                String caseId = String.format("%s%014d", month.toString().replace("-", ""), i);
                long event = eventBase + (long) i * 10;
                add(insert, event, 0, month, units.get(u), caseId, tallies[u]);
                if (random.nextDouble() < speed[u]) {
                    add(insert, event + 1, 1, month, units.get(u), caseId, tallies[u]);
                }
                if (random.nextDouble() < 0.02) {
                    add(insert, event + 2, 6, month, units.get(u), caseId, tallies[u]);
                }
                if (random.nextDouble() < 0.7) {                    // evaluated on a return visit
                    add(insert, event + 3, 2, month, units.get(u), caseId, tallies[u]);
                    double q = random.nextDouble();
                    if (q < quality[u]) {
                        add(insert, event + 3, 3, month, units.get(u), caseId, tallies[u]);
                    }
                    add(insert, event + 3, q < quality[u] ? 4 : q < quality[u] + 0.1 ? 5 : 7, month, units.get(u), caseId,
                            tallies[u]);
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(PreparedStatement insert, long event, int measure, YearMonth month, String unit, String caseId,
                            int[] tally) throws java.sql.SQLException {
        insert.setLong(1, event);
        insert.setString(2, MEASURES[measure]);
        insert.setString(3, month.toString());
        insert.setString(4, unit);
        insert.setString(5, caseId);
        insert.addBatch();
        if (measure < 7) {
            tally[measure]++;
        }
    }
}

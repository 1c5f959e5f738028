package hotline.bench;

import hotline.model.CasePageDto;
import hotline.model.CaseStatus;
import hotline.model.Role;
import hotline.server.Services;
import hotline.server.auth.Principal;
import hotline.server.cases.CaseListQuery;
import hotline.server.db.Database;
import hotline.server.db.DatabaseConfig;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Case listing on a large archive: fills a fresh database (H2 file, or PostgreSQL with HOTLINE_DB_URL) with
 * {@code rows} cases spread over a year, then times pages of the listing service with each filter, and a page
 * deep into the archive reached by cursor.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.CaseListingBenchmark [rows]</pre>
 */
public final class CaseListingBenchmark {
    private static final String[] STATUSES = {"CLOSED", "CLOSED", "CLOSED", "CLOSED", "VISITED", "RESOLVED", "IN_PROGRESS",
            "SIGNED", "DISPATCHED", "ANSWERED", "ANSWERED", "ANSWERED"};

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        try (ScratchStore store = ScratchStore.fromEnvironment("listing-bench")) {
            Services services = store.services;
            DatabaseConfig config = store.config;
            List<String> units = services.units.all().stream().map(u -> u.code()).sorted().toList();
            List<String> categories = services.catalog.sortedLeaves().stream().map(c -> c.code()).toList();
            long start = System.nanoTime();
            fill(services.database, rows, units, categories);
            System.out.printf("filled %,d cases in %.0f s%n", rows, (System.nanoTime() - start) / 1e9);
            if (config.isPostgres()) {
                // What autovacuum does soon after a bulk load: give the planner its statistics.
                services.database.inTransaction(connection -> connection.createStatement().execute("analyze hotline_case"));
            }
            Principal lead = new Principal("lead", Role.SHIFT_LEAD, null);
            var listing = services.listing;
            time("newest 50, no filter", () -> listing.list(lead, query(null, null, null, null, null)));
            time("status IN_PROGRESS", () -> listing.list(lead, query(CaseStatus.IN_PROGRESS, null, null, null, null)));
            time("unit 110105001", () -> listing.list(lead, query(null, "110105001", null, null, null)));
            time("category leaf", () -> listing.list(lead, query(null, null, categories.get(100), null, null)));
            time("operator op0042 (one of 300)", () -> listing.list(lead,
                    new CaseListQuery(null, null, null, "op0042", null, null, 50, null)));
            time("phone", () -> listing.list(lead, query(null, null, null, "13900001234", null)));
            time("case number", () -> listing.list(lead, query(null, null, null, null, "2026010100042")));
            String cursor = null;
            for (int page = 0; page < 200; page++) {
                cursor = listing.list(lead, new CaseListQuery(null, null, null, null, null, null, 200, cursor)).nextCursor();
            }
            String deep = cursor;
            time("page 201 (40,000 rows deep) by cursor", () -> listing.list(lead, new CaseListQuery(null, null, null, null, null, null, 50, deep)));
        }
    }

    private static CaseListQuery query(CaseStatus status, String unit, String category, String phone, String q) {
        return new CaseListQuery(status, unit, category, null, phone, q, 50, null);
    }

    private static void time(String label, Supplier<CasePageDto> page) {
        for (int i = 0; i < 20; i++) {
            page.get();
        }
        long[] nanos = new long[200];
        int items = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            items = page.get().items().size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-40s %3d rows  p50 %6.2f ms  p99 %6.2f ms%n", label, items, nanos[100] / 1e6, nanos[198] / 1e6);
    }

    private static void fill(Database database, int rows, List<String> units, List<String> categories) {
        Random random = new Random(7);
        long yearStart = Instant.parse("2026-01-01T00:00:00Z").toEpochMilli();
        long span = 365L * 24 * 3600 * 1000;
        int batch = 5000;
        for (int done = 0; done < rows; done += batch) {
            int from = done;
            database.inTransaction(connection -> {
                insert(connection, from, Math.min(batch, rows - from), rows, random, units, categories, yearStart, span);
                return null;
            });
            if (done % 200_000 == 0) {
                System.out.printf("  %,d …%n", done);
            }
        }
    }

    private static void insert(Connection connection, int from, int count, int rows, Random random, List<String> units,
                               List<String> categories, long yearStart, long span) throws java.sql.SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into hotline_case (id, case_number, type,"
                + " urgency, status, category_code, description, caller_phone, caller_anonymous, channel, lead_unit_code,"
                + " routing_rule, routing_reason, repeat_count, heat, clock_profile_version, created_by, created_at,"
                + " updated_at, version) values (?, ?, 'COMPLAINT', 'NORMAL', ?, ?, ?, ?, false, 'PHONE', ?, 'BENCH', 'bench',"
                + " 0, 1, '2026-01-01', ?, ?, ?, 1)")) {
            for (int i = from; i < from + count; i++) {
                long millis = yearStart + span * i / rows;
                Timestamp at = new Timestamp(millis);
                insert.setString(1, String.format("%013d%013d", millis, i));
                insert.setString(2, String.format("B%012d", i));
                insert.setString(3, STATUSES[random.nextInt(STATUSES.length)]);
                insert.setString(4, categories.get(random.nextInt(categories.size())));
                insert.setString(5, "来电人反映小区附近问题，希望尽快处理。");
                insert.setString(6, "139" + String.format("%08d", random.nextInt(2_000_000)));
                insert.setString(7, units.get(random.nextInt(units.size())));
                insert.setString(8, String.format("op%04d", random.nextInt(300)));
                insert.setObject(9, at.toInstant().atOffset(java.time.ZoneOffset.UTC));
                insert.setObject(10, at.toInstant().atOffset(java.time.ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}

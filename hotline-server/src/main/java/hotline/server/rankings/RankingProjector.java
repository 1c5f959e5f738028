package hotline.server.rankings;

import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.CaseStatus;
import hotline.server.background.WakeableLoop;
import hotline.server.clocks.WorkCalendar;
import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import hotline.server.db.StoredJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the rankings current as events happen: reads the event log after its cursor, turns each event into the
 * facts it is for the three rates (a dispatch, a response in time, an evaluated visit…), and adds them to the
 * per-unit monthly tallies, in one transaction with the cursor. Intake and actions pay nothing for it; a ranking
 * read only reads tallies, so its cost does not grow with the month's cases.
 * <p>
 * Event ids are allocated before commit, so a later id can commit first. The projector stops at a gap in the ids
 * and waits for it to fill; a gap still open after {@link #GAP_WAIT_NANOS} is an id that will never come (a rolled
 * back transaction, an identity cache lost in a restart) and is passed.
 */
public final class RankingProjector implements AutoCloseable {
    static final long GAP_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final int BATCH = 5_000;

    private final Database database;
    private final ObjectMapper json;
    private final RankingConfig config;
    /** Rankings are monthly: a second behind costs nothing, while one transaction per commit of intake costs CPU. */
    private final WakeableLoop loop = new WakeableLoop("ranking-projector", Duration.ofSeconds(1), Duration.ofSeconds(1),
            this::catchUp);
    private long gapId = -1;
    private long gapSeenAt;

    private record Event(long id, String caseId, String type, String unitCode, String statusAfter, String data,
                         Instant at) {
    }

    private record Fact(long eventId, Measure measure, String month, String unitCode, String caseId) {
    }

    public RankingProjector(Database database, ObjectMapper json, RankingConfig config) {
        this.database = database;
        this.json = json;
        this.config = config;
    }

    public void start() {
        loop.start();
    }

    /** Events were committed: count them without waiting for the poll. */
    public void wake() {
        loop.wake();
    }

    /** Counts every committed event it can; returns how many events it read. Safe to call from any thread. */
    public synchronized int catchUp() {
        int total = 0;
        int read;
        do {
            read = database.inTransaction(this::projectBatch);
            total += read;
        } while (read == BATCH);
        return total;
    }

    private int projectBatch(Connection connection) throws SQLException {
        long cursor;
        try (PreparedStatement select = connection.prepareStatement(
                "select last_event_id from ranking_cursor where name = 'rankings' for update");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            cursor = rows.getLong(1);
        }
        List<Event> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, case_id, type, unit_code, status_after,"
                + " data, occurred_at from case_event where id > ? order by id fetch first " + BATCH + " rows only")) {
            select.setLong(1, cursor);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new Event(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), Jdbc.getInstant(rows, "occurred_at")));
                }
            }
        }
        List<Event> counted = new ArrayList<>();
        long expected = cursor + 1;
        for (Event event : events) {
            if (event.id() != expected && !gapPassed(expected)) {
                break;
            }
            counted.add(event);
            expected = event.id() + 1;
        }
        if (counted.isEmpty()) {
            return 0;
        }
        List<Fact> facts = new ArrayList<>();
        counted.forEach(event -> facts.addAll(facts(event)));
        write(connection, facts);
        try (PreparedStatement update = connection.prepareStatement(
                "update ranking_cursor set last_event_id = ? where name = 'rankings'")) {
            update.setLong(1, counted.get(counted.size() - 1).id());
            update.executeUpdate();
        }
        return counted.size();
    }

    /** Whether the missing id {@code id} has been missing long enough to be given up. */
    private boolean gapPassed(long id) {
        long now = System.nanoTime();
        if (gapId != id) {
            gapId = id;
            gapSeenAt = now;
            return false;
        }
        return now - gapSeenAt > GAP_WAIT_NANOS;
    }

    /** DESIGN.md's three rates, event by event. */
    private List<Fact> facts(Event e) {
        List<Fact> facts = new ArrayList<>();
        String month = month(e.at());
        switch (e.type()) {
            case "CREATED", "REASSIGN", "ACCEPT_RETURN" -> {
                if (CaseStatus.DISPATCHED.name().equals(e.statusAfter())) {
                    facts.add(new Fact(e.id(), Measure.DISPATCHED, month, e.unitCode(), e.caseId()));
                }
            }
            case "CONTACT" -> {
                Map<String, Object> data = data(e);
                if (Boolean.TRUE.equals(data.get("responded")) && data.get("dispatchedAt") != null) {
                    String dispatchMonth = month(Instant.parse(data.get("dispatchedAt").toString()));
                    facts.add(new Fact(e.id(), Measure.RESPONDED, dispatchMonth, e.unitCode(), e.caseId()));
                }
            }
            case "RETURN" -> facts.add(new Fact(e.id(), Measure.RETURNED, month, e.unitCode(), e.caseId()));
            case "VISIT", "REOPENED" -> {
                Map<String, Object> data = data(e);
                if (e.type().equals("REOPENED")) {                  // back to the unit, with fresh clocks: a dispatch
                    facts.add(new Fact(e.id(), Measure.DISPATCHED, month, e.unitCode(), e.caseId()));
                }
                Object excluded = data.get("excludedReason");
                boolean counted = excluded == null || !config.excludes(YearMonth.parse(month), excluded.toString());
                if (Boolean.TRUE.equals(data.get("contacted")) && counted && data.get("satisfaction") != null) {
                    facts.add(new Fact(e.id(), Measure.EVALUATED, month, e.unitCode(), e.caseId()));
                    if ("YES".equals(data.get("resolved"))) {
                        facts.add(new Fact(e.id(), Measure.RESOLVED, month, e.unitCode(), e.caseId()));
                    }
                    Measure verdict = switch (data.get("satisfaction").toString()) {
                        case "SATISFIED" -> Measure.SATISFIED;
                        case "BASICALLY" -> Measure.BASICALLY;
                        default -> Measure.DISSATISFIED;
                    };
                    facts.add(new Fact(e.id(), verdict, month, e.unitCode(), e.caseId()));
                }
            }
            default -> {
            }
        }
        return facts;
    }

    private void write(Connection connection, List<Fact> facts) throws SQLException {
        if (facts.isEmpty()) {
            return;
        }
        Map<String, int[]> deltas = new LinkedHashMap<>();               // "month|unit" -> the seven tallied counts
        try (PreparedStatement insert = connection.prepareStatement("insert into ranking_fact (event_id, measure, period,"
                + " unit_code, case_id) values (?, ?, ?, ?, ?)")) {
            for (Fact fact : facts) {
                insert.setLong(1, fact.eventId());
                insert.setString(2, fact.measure().name());
                insert.setString(3, fact.month());
                insert.setString(4, fact.unitCode());
                insert.setString(5, fact.caseId());
                insert.addBatch();
                if (fact.measure().ordinal() <= Measure.RETURNED.ordinal()) {
                    deltas.computeIfAbsent(fact.month() + "|" + fact.unitCode(), k -> new int[7])[fact.measure().ordinal()]++;
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement("update ranking_tally set dispatched = dispatched + ?,"
                + " responded = responded + ?, evaluated = evaluated + ?, resolved = resolved + ?,"
                + " satisfied = satisfied + ?, basically = basically + ?, returned = returned + ?"
                + " where period = ? and unit_code = ?");
             PreparedStatement insert = connection.prepareStatement("insert into ranking_tally (dispatched, responded,"
                     + " evaluated, resolved, satisfied, basically, returned, period, unit_code)"
                     + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<String, int[]> delta : deltas.entrySet()) {
                String[] key = delta.getKey().split("\\|", 2);
                bind(update, delta.getValue(), key);
                if (update.executeUpdate() == 0) {
                    bind(insert, delta.getValue(), key);
                    insert.executeUpdate();
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, int[] counts, String[] key) throws SQLException {
        for (int i = 0; i < counts.length; i++) {
            statement.setInt(i + 1, counts[i]);
        }
        statement.setString(8, key[0]);
        statement.setString(9, key[1]);
    }

    private Map<String, Object> data(Event e) {
        return StoredJson.map(json, e.data(), "event " + e.id());
    }

    /** The Beijing calendar month an instant falls in, as "YYYY-MM". */
    static String month(Instant at) {
        return YearMonth.from(at.atZone(WorkCalendar.ZONE)).toString();
    }

    @Override
    public void close() {
        loop.close();
    }
}

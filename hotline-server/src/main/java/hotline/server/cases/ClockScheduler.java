package hotline.server.cases;

import hotline.model.ClockState;
import hotline.server.clocks.CaseClock;
import hotline.server.clocks.ClockRepository;
import hotline.server.clocks.ClockSummary;
import hotline.server.db.Database;
import hotline.server.units.UnitDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the statutory clocks: every clock whose yellow or red threshold has passed is re-coloured, the case's
 * summary updated, and the change recorded as an event by "system" — a red clock also as an automatic
 * supervision. Time comes from the injected {@link Clock}, so tests move it instead of waiting. The live feed hears
 * of each scan's changes after the scan's transaction committed.
 */
public final class ClockScheduler implements AutoCloseable {
    public static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(ClockScheduler.class);
    private static final int BATCH = 500;

    private final Database database;
    private final CaseRepository cases;
    private final EventRepository events;
    private final ClockRepository clocks;
    private final Clock clock;
    private final Changes changes;
    private final UnitDirectory units;
    private final CoUnitRepository coUnits = new CoUnitRepository();
    private ScheduledExecutorService executor;

    /**
     * The changes of one scan's transaction: how many clocks turned and co-units were escalated, whether a query came
     * back full (so more may be due), and the events to announce once committed.
     */
    private record Scan(int changed, boolean full, List<Changes.Change> changes) {
    }

    public ClockScheduler(Database database, CaseRepository cases, EventRepository events, ClockRepository clocks, Clock clock,
                          Changes changes, UnitDirectory units) {
        this.units = units;
        this.database = database;
        this.cases = cases;
        this.events = events;
        this.clocks = clocks;
        this.clock = clock;
        this.changes = changes;
    }

    public void start(Duration every) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "clock-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                scanUntilDone();
            } catch (RuntimeException e) {
                LOG.error("clock scan failed; will retry", e);
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Applies every transition that is due now; returns how many clocks changed colour and co-units were escalated. */
    public int scanUntilDone() {
        int total = 0;
        Scan scan;
        do {
            scan = scanOnce();
            total += scan.changed();
        } while (scan.full());
        return total;
    }

    private Scan scanOnce() {
        Instant now = clock.instant();
        Scan scan = database.inTransaction(connection -> {
            Map<String, List<CaseClock>> byCase = new LinkedHashMap<>();
            for (CaseClock due : clocks.dueForTransition(connection, now, BATCH)) {
                byCase.computeIfAbsent(due.caseId(), k -> new ArrayList<>()).add(due);
            }
            int changed = 0;
            List<Changes.Change> made = new ArrayList<>();
            for (String caseId : byCase.keySet()) {
                changed += recolour(connection, caseId, now, made);
            }
            int escalated = escalateMissedCoUnits(connection, now, made);
            changes.record(connection, made);
            return new Scan(changed + escalated, byCase.size() == BATCH || escalated == BATCH, made);
        });
        changes.committed(scan.changes());
        return scan;
    }

    /**
     * Joint orders: a co-unit that has not signed for its task in time, or not finished it by its due time, is
     * escalated to its district (or the case's district, for a city-wide unit); the event is forwarded there.
     */
    private int escalateMissedCoUnits(Connection connection, Instant now, List<Changes.Change> made) throws SQLException {
        List<CoUnitRepository.CoUnit> missed = coUnits.missed(connection, now, BATCH);
        for (CoUnitRepository.CoUnit co : missed) {
            CaseRecord current = cases.find(connection, co.caseId(), true).orElseThrow();
            CaseRecord updated = current.withStatus(current.status(), now);
            String district = units.find(co.unitCode()).map(u -> u.districtCode()).orElse(null);
            String escalateTo = district != null ? district : current.districtCode() != null ? current.districtCode()
                    : current.leadUnitCode();
            String step = co.state().equals("CALLED") && !co.signDueAt().isAfter(now) ? "SIGN" : "DONE";
            coUnits.step(connection, co.caseId(), co.unitCode(), "ESCALATED", now, null);
            cases.update(connection, updated);
            var event = new EventRepository.NewEvent(co.caseId(), updated.version(), "CO_ESCALATED", SYSTEM, null,
                    current.leadUnitCode(), current.status(), current.status(), Map.of("coUnit", co.unitCode(),
                    "missed", step, "dueAt", (step.equals("SIGN") ? co.signDueAt() : co.dueAt()).toString(),
                    "forwardTo", escalateTo), now);
            long eventId = events.append(connection, List.of(event)).get(0);
            made.add(Changes.Change.of(eventId, event, updated, null));
        }
        return missed.size();
    }

    private int recolour(Connection connection, String caseId, Instant now, List<Changes.Change> made) throws SQLException {
        CaseRecord current = cases.find(connection, caseId, true).orElseThrow();
        List<CaseClock> all = clocks.findByCase(connection, caseId);
        List<CaseClock> changed = new ArrayList<>();
        List<EventRepository.NewEvent> newEvents = new ArrayList<>();
        int version = current.version();
        for (int i = 0; i < all.size(); i++) {
            CaseClock before = all.get(i);
            ClockState after = before.stateAt(now);
            if (!before.running() || after == before.state()) {
                continue;
            }
            CaseClock recoloured = before.withState(after);
            all.set(i, recoloured);
            changed.add(recoloured);
            version++;
            String type = after == ClockState.RED ? "CLOCK_OVERDUE" : "CLOCK_WARNING";
            newEvents.add(new EventRepository.NewEvent(caseId, version, type, SYSTEM, null, current.leadUnitCode(),
                    current.status(), current.status(), Map.of("clock", before.name().name(), "dueAt", before.dueAt().toString(),
                    "state", after.name(), "supervision", after == ClockState.RED), now));
        }
        if (!changed.isEmpty()) {
            clocks.save(connection, caseId, all);
        }
        ClockSummary summary = ClockSummary.of(all);
        CaseRecord updated = current.withVersion(version, now).withClocks(summary.worst(), summary.nextDueAt());
        cases.update(connection, updated);
        List<Long> eventIds = events.append(connection, newEvents);
        for (int i = 0; i < newEvents.size(); i++) {
            made.add(Changes.Change.of(eventIds.get(i), newEvents.get(i), updated, null));
        }
        return changed.size();
    }

    @Override
    public void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}

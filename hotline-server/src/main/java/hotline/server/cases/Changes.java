package hotline.server.cases;

import hotline.model.LiveEventDto;
import hotline.server.forwarding.Outbox;
import hotline.server.live.LiveFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Where the changes of a case transaction go: into the forwarding outbox inside the transaction, then, once it has
 * committed, to the live feed, and a nudge to whatever reads the committed log (the dispatcher, the ranking
 * projector). Intake, actions and the clock scheduler all go through here.
 */
public final class Changes {
    private final Outbox outbox;
    private final LiveFeed feed;
    private final List<Runnable> afterCommit;

    /**
     * One change, built inside its transaction from the rows it wrote: as the live feed shows it, and with the data
     * its event was written with (what a forwarded event carries, so the outbox need not read the event back).
     */
    record Change(LiveEventDto live, Map<String, Object> data) implements Outbox.Forwardable {

        /**
         * @param after            the case as the transaction left it (its row, clocks summary and status)
         * @param previousUnitCode the unit the change took the case away from, or null
         */
        static Change of(long eventId, EventRepository.NewEvent event, CaseRecord after, String previousUnitCode) {
            return new Change(new LiveEventDto(eventId, after.id(), after.caseNumber(), event.seq(), event.type(),
                    after.status(), after.leadUnitCode(), previousUnitCode, after.worstClock(), event.at(),
                    CaseViews.summary(after)),
                    event.data() == null ? Map.of() : event.data());
        }
    }

    public Changes(Outbox outbox, LiveFeed feed, List<Runnable> afterCommit) {
        this.outbox = outbox;
        this.feed = feed;
        this.afterCommit = List.copyOf(afterCommit);
    }

    /** Inside the transaction, before it commits. */
    void record(Connection connection, List<Change> changes) throws SQLException {
        outbox.enqueue(connection, changes);
    }

    /** After the commit; never throws. */
    void committed(List<Change> changes) {
        feed.publish(changes.stream().map(Change::live).toList());
        afterCommit.forEach(Runnable::run);
    }
}

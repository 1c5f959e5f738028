package hotline.server.cases;

import hotline.model.LiveEventDto;
import hotline.server.forwarding.Outbox;
import hotline.server.live.LiveFeed;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Where the changes of a case transaction go: into the forwarding outbox inside the transaction, then, once it has
 * committed, to the live feed, and a nudge to whatever reads the committed log (the dispatcher, the ranking
 * projector). Intake, actions and the clock scheduler all go through here.
 */
public final class Changes {
    private final Outbox outbox;
    private final LiveFeed feed;
    private final List<Runnable> afterCommit;

    public Changes(Outbox outbox, LiveFeed feed, List<Runnable> afterCommit) {
        this.outbox = outbox;
        this.feed = feed;
        this.afterCommit = List.copyOf(afterCommit);
    }

    /** Inside the transaction, before it commits. */
    void record(Connection connection, List<LiveEventDto> changes) throws SQLException {
        outbox.enqueue(connection, changes);
    }

    /** After the commit; never throws. */
    void committed(List<LiveEventDto> changes) {
        feed.publish(changes);
        afterCommit.forEach(Runnable::run);
    }
}

package hotline.server.cases;

import hotline.model.LiveEventDto;

/**
 * Committed changes as the live feed shows them. Built inside the transaction, from the rows it wrote, and handed
 * to the feed only after that transaction committed.
 */
final class LiveEvents {
    private LiveEvents() {
    }

    /**
     * @param after            the case as the transaction left it (its row, clocks summary and status)
     * @param previousUnitCode the unit the change took the case away from, or null
     */
    static LiveEventDto of(long eventId, EventRepository.NewEvent event, CaseRecord after, String previousUnitCode) {
        return new LiveEventDto(eventId, after.id(), after.caseNumber(), event.seq(), event.type(), after.status(),
                after.leadUnitCode(), previousUnitCode, after.worstClock(), event.at(), CaseViews.summary(after));
    }
}

package hotline.server.forwarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.CaseStatus;
import hotline.model.ForwardedEventDto;
import hotline.model.LiveEventDto;
import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the transactional outbox: inside the transaction of a case change, one row per change its unit must
 * act on, for units with an endpoint. The change and its delivery commit or roll back together, so a delivery is
 * never lost and never made for a change that did not happen.
 */
public final class Outbox {
    /** Event types a unit is told about (a dispatch is a CREATED event whose case went to DISPATCHED). */
    static final Set<String> FORWARDED = Set.of("CREATED", "REASSIGN", "ACCEPT_RETURN", "REJECT_RETURN", "SUPERVISE",
            "CLOCK_OVERDUE", "APPROVE_EXTENSION", "DENY_EXTENSION", "REOPENED", "CALL_IN", "CO_SIGN", "CO_DONE",
            "CO_ESCALATED");
    /** Joint-order events go to another unit than the lead (the co-unit called in, the district escalated to…). */
    private static final Set<String> ADDRESSED = Set.of("CALL_IN", "CO_SIGN", "CO_DONE", "CO_ESCALATED");

    private final Endpoints endpoints;
    private final ObjectMapper json;
    private final Duration deadAfter;

    public Outbox(Endpoints endpoints, ObjectMapper json, Duration deadAfter) {
        this.endpoints = endpoints;
        this.json = json;
        this.deadAfter = deadAfter;
    }

    /** A change as the outbox needs it: the change, and the data its event was written with (what a unit is sent). */
    public interface Forwardable {
        LiveEventDto live();

        Map<String, Object> data();
    }

    /** Call inside the transaction that made {@code changes}, before it commits. */
    public void enqueue(Connection connection, List<? extends Forwardable> changes) throws SQLException {
        PreparedStatement insert = null;
        try {
            for (Forwardable forwardable : changes) {
                LiveEventDto change = forwardable.live();
                if (!forwarded(change)) {
                    continue;
                }
                Map<String, Object> data = forwardable.data();
                String target = ADDRESSED.contains(change.eventType()) ? String.valueOf(data.get("forwardTo"))
                        : change.leadUnitCode();
                if (endpoints.find(target).isEmpty()) {
                    continue;
                }
                if (insert == null) {
                    insert = connection.prepareStatement("insert into forward_outbox (event_id, case_id, unit_code,"
                            + " event_type, payload, state, attempts, created_at, next_attempt_at, expires_at)"
                            + " values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)");
                }
                Instant at = change.occurredAt();
                var body = new ForwardedEventDto(change.eventId(), change.eventType(), at, target,
                        change.previousUnitCode(), change.summary(), data);
                insert.setLong(1, change.eventId());
                insert.setString(2, change.caseId());
                insert.setString(3, target);
                insert.setString(4, change.eventType());
                insert.setString(5, toJson(body));
                Jdbc.setInstant(insert, 6, at);
                Jdbc.setInstant(insert, 7, at);
                Jdbc.setInstant(insert, 8, at.plus(deadAfter));
                insert.addBatch();
            }
            if (insert != null) {
                insert.executeBatch();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
    }

    private static boolean forwarded(LiveEventDto change) {
        return FORWARDED.contains(change.eventType())
                && (!change.eventType().equals("CREATED") || change.status() == CaseStatus.DISPATCHED);
    }

    private String toJson(ForwardedEventDto body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a forwarded event", e);
        }
    }
}

package hotline.server.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.CaseStatus;
import hotline.model.EventDto;
import hotline.model.Role;
import hotline.server.db.Jdbc;
import hotline.server.db.StoredJson;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The append-only case_event table: rows are inserted, never updated or deleted. */
public final class EventRepository {
    private final ObjectMapper json;

    public EventRepository(ObjectMapper json) {
        this.json = json;
    }

    /** A change to append; {@code seq} is the case's version after the change. */
    public record NewEvent(String caseId, int seq, String type, String actor, Role actorRole, String unitCode,
                           CaseStatus before, CaseStatus after, Map<String, Object> data, Instant at) {
    }

    /** Inserts the events in order and returns their ids, in the same order (the live feed names events by id). */
    public List<Long> append(Connection connection, List<NewEvent> events) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into case_event (case_id, seq, type, actor,"
                + " actor_role, unit_code, status_before, status_after, data, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"id"})) {
            for (NewEvent event : events) {
                insert.setString(1, event.caseId());
                insert.setInt(2, event.seq());
                insert.setString(3, event.type());
                insert.setString(4, event.actor());
                insert.setString(5, Jdbc.name(event.actorRole()));
                insert.setString(6, event.unitCode());
                insert.setString(7, Jdbc.name(event.before()));
                insert.setString(8, Jdbc.name(event.after()));
                insert.setString(9, toJson(event.data()));
                Jdbc.setInstant(insert, 10, event.at());
                insert.addBatch();
            }
            insert.executeBatch();
            List<Long> ids = new ArrayList<>(events.size());
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    ids.add(keys.getLong(1));
                }
            }
            if (ids.size() != events.size()) {
                throw new SQLException("expected " + events.size() + " generated event ids, got " + ids.size());
            }
            return ids;
        }
    }

    public List<EventDto> forCase(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select id, case_id, seq, type, actor, actor_role,"
                + " unit_code, status_before, status_after, data, occurred_at from case_event where case_id = ? order by seq")) {
            select.setString(1, caseId);
            List<EventDto> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(new EventDto(rows.getLong("id"), rows.getString("case_id"), rows.getInt("seq"),
                            rows.getString("type"), rows.getString("actor"), Jdbc.getEnum(rows, "actor_role", Role.class),
                            rows.getString("unit_code"), Jdbc.getEnum(rows, "status_before", CaseStatus.class),
                            Jdbc.getEnum(rows, "status_after", CaseStatus.class),
                            StoredJson.map(json, rows.getString("data"), "event " + rows.getLong("id")),
                            Jdbc.getInstant(rows, "occurred_at")));
                }
            }
            return events;
        }
    }

    /** The newest event of a type on a case (e.g. the pending return or extension request). */
    public java.util.Optional<EventDto> latest(Connection connection, String caseId, String type) throws SQLException {
        List<EventDto> all = forCase(connection, caseId);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).type().equals(type)) {
                return java.util.Optional.of(all.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    private String toJson(Map<String, Object> data) {
        try {
            return data == null || data.isEmpty() ? null : json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable", e);
        }
    }
}

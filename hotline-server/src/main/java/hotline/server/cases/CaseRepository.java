package hotline.server.cases;

import hotline.model.CaseStatus;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.ClockState;
import hotline.model.Urgency;
import hotline.server.clocks.ClockRepository;
import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for hotline_case. Every method joins the caller's transaction. */
public final class CaseRepository {
    static final String COLUMNS = "id, case_number, type, urgency, status, category_code, description, caller_phone,"
            + " caller_name, caller_anonymous, lat, lng, address, sub_district_code, district_code, channel, lead_unit_code,"
            + " routing_rule, routing_reason, transfer_to, repeat_of, repeat_count, heat, clock_profile_version, worst_clock,"
            + " next_due_at, created_by, created_at, updated_at, version";

    /** The Idempotency-Key a case was created with and the hash of that request (see {@link IdempotencyKeys}). */
    public record IdempotencyKey(String key, String requestHash) {
    }

    /**
     * Inserts a new case with the clocks it starts with; {@code key} is null when the call came without an
     * Idempotency-Key.
     */
    public void insert(Connection connection, CaseRecord c, IdempotencyKey key, ClockRepository.Stored clocks)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into hotline_case (" + COLUMNS
                + ", idem_key, request_hash, clocks, next_transition_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, c.id());
            insert.setString(2, c.caseNumber());
            insert.setString(3, c.type().name());
            insert.setString(4, c.urgency().name());
            insert.setString(5, c.status().name());
            insert.setString(6, c.categoryCode());
            insert.setString(7, c.description());
            insert.setString(8, c.callerPhone());
            insert.setString(9, c.callerName());
            insert.setBoolean(10, c.callerAnonymous());
            Jdbc.setDouble(insert, 11, c.lat());
            Jdbc.setDouble(insert, 12, c.lng());
            insert.setString(13, c.address());
            insert.setString(14, c.subDistrictCode());
            insert.setString(15, c.districtCode());
            insert.setString(16, c.channel().name());
            insert.setString(17, c.leadUnitCode());
            insert.setString(18, c.routingRule());
            insert.setString(19, c.routingReason());
            insert.setString(20, c.transferTo());
            insert.setString(21, c.repeatOf());
            insert.setInt(22, c.repeatCount());
            insert.setInt(23, c.heat());
            insert.setString(24, c.clockProfileVersion());
            insert.setString(25, Jdbc.name(c.worstClock()));
            Jdbc.setInstant(insert, 26, c.nextDueAt());
            insert.setString(27, c.createdBy());
            Jdbc.setInstant(insert, 28, c.createdAt());
            Jdbc.setInstant(insert, 29, c.updatedAt());
            insert.setInt(30, c.version());
            insert.setString(31, key == null ? null : key.key());
            insert.setString(32, key == null ? null : key.requestHash());
            insert.setString(33, clocks.json());
            Jdbc.setInstant(insert, 34, clocks.nextTransitionAt());
            insert.executeUpdate();
        }
    }

    /** Writes the mutable columns; the caller holds the row lock and has checked the version. */
    public void update(Connection connection, CaseRecord c) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update hotline_case set status = ?, lead_unit_code = ?,"
                + " routing_rule = ?, routing_reason = ?, repeat_count = ?, heat = ?, worst_clock = ?, next_due_at = ?,"
                + " updated_at = ?, version = ? where id = ?")) {
            update.setString(1, c.status().name());
            update.setString(2, c.leadUnitCode());
            update.setString(3, c.routingRule());
            update.setString(4, c.routingReason());
            update.setInt(5, c.repeatCount());
            update.setInt(6, c.heat());
            update.setString(7, Jdbc.name(c.worstClock()));
            Jdbc.setInstant(update, 8, c.nextDueAt());
            Jdbc.setInstant(update, 9, c.updatedAt());
            update.setInt(10, c.version());
            update.setString(11, c.id());
            update.executeUpdate();
        }
    }

    public Optional<CaseRecord> find(Connection connection, String id, boolean lockForUpdate) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select " + COLUMNS + " from hotline_case where id = ?" + (lockForUpdate ? " for update" : ""))) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        }
    }

    /** What repeat detection needs to know of a recent order. */
    public record RepeatCandidate(String id, CaseStatus status, String categoryCode, Double lat, Double lng, String repeatOf) {
    }

    private static final String CANDIDATE_COLUMNS = "id, status, category_code, lat, lng, repeat_of";

    /**
     * Orders from one phone since {@code since}, newest first, answered from the covering index case_by_phone
     * (V2) without reading rows; the caller filters by status, because a status predicate tempts the planners
     * into scanning every open case.
     */
    public List<RepeatCandidate> findByPhoneSince(Connection connection, String phone, Instant since, int limit)
            throws SQLException {
        return candidates(connection, "caller_phone", phone, since, limit);
    }

    /**
     * Located orders of one category since {@code since} inside a latitude/longitude box, newest first. The box is
     * checked inside the covering index case_by_category (it carries lat and lng), so orders elsewhere in the city
     * cost an index entry each and are never turned into rows.
     */
    public List<RepeatCandidate> findByCategoryNear(Connection connection, String categoryCode, Instant since,
                                                    double minLat, double maxLat, double minLng, double maxLng, int limit)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + CANDIDATE_COLUMNS + " from hotline_case"
                + " where category_code = ? and created_at >= ? and lat between ? and ? and lng between ? and ?"
                + " order by created_at desc, id desc fetch first ? rows only")) {
            select.setString(1, categoryCode);
            Jdbc.setInstant(select, 2, since);
            select.setDouble(3, minLat);
            select.setDouble(4, maxLat);
            select.setDouble(5, minLng);
            select.setDouble(6, maxLng);
            select.setInt(7, limit);
            return readCandidates(select);
        }
    }

    private static List<RepeatCandidate> candidates(Connection connection, String column, String value, Instant since,
                                                    int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select " + CANDIDATE_COLUMNS + " from hotline_case"
                + " where " + column + " = ? and created_at >= ? order by created_at desc, id desc fetch first ? rows only")) {
            select.setString(1, value);
            Jdbc.setInstant(select, 2, since);
            select.setInt(3, limit);
            return readCandidates(select);
        }
    }

    private static List<RepeatCandidate> readCandidates(PreparedStatement select) throws SQLException {
        List<RepeatCandidate> found = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new RepeatCandidate(rows.getString(1), CaseStatus.valueOf(rows.getString(2)), rows.getString(3),
                        Jdbc.getDouble(rows, "lat"), Jdbc.getDouble(rows, "lng"), rows.getString(6)));
            }
        }
        return found;
    }

    static CaseRecord map(ResultSet rows) throws SQLException {
        return new CaseRecord(rows.getString("id"), rows.getString("case_number"), CaseType.valueOf(rows.getString("type")),
                Urgency.valueOf(rows.getString("urgency")), CaseStatus.valueOf(rows.getString("status")),
                rows.getString("category_code"), rows.getString("description"), rows.getString("caller_phone"),
                rows.getString("caller_name"), rows.getBoolean("caller_anonymous"), Jdbc.getDouble(rows, "lat"),
                Jdbc.getDouble(rows, "lng"), rows.getString("address"), rows.getString("sub_district_code"),
                rows.getString("district_code"), Channel.valueOf(rows.getString("channel")), rows.getString("lead_unit_code"),
                rows.getString("routing_rule"), rows.getString("routing_reason"), rows.getString("transfer_to"),
                rows.getString("repeat_of"), rows.getInt("repeat_count"), rows.getInt("heat"),
                rows.getString("clock_profile_version"), Jdbc.getEnum(rows, "worst_clock", ClockState.class),
                Jdbc.getInstant(rows, "next_due_at"), rows.getString("created_by"), Jdbc.getInstant(rows, "created_at"),
                Jdbc.getInstant(rows, "updated_at"), rows.getInt("version"));
    }
}

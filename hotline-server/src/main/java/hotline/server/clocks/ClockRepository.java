package hotline.server.clocks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.ClockName;
import hotline.model.ClockState;
import hotline.server.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The clocks of a case, kept on the case's own row (migration V9): {@code hotline_case.clocks} holds them as a JSON
 * array and {@code hotline_case.next_transition_at} the soonest moment one of them changes colour, indexed for the
 * scheduler. Until V9 every clock was a row of its own, with two index entries: a dispatched case cost intake nine
 * index entries for its clocks, about 40 % of everything a call wrote, and H2 copies and rewrites a page per entry
 * (docs/PERFORMANCE.md, decision 0002). Every method joins the caller's transaction.
 */
public final class ClockRepository {
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final TypeReference<List<StoredClock>> LIST = new TypeReference<>() {
    };

    /** What the case row holds for a set of clocks: both null when the case has none. */
    public record Stored(String json, Instant nextTransitionAt) {
    }

    /** One clock as stored in the JSON array; instants as ISO-8601 text, so nothing is rounded. */
    private record StoredClock(String name, String calendar, String startedAt, String dueAt, String yellowAt, String state,
                               String stoppedAt, String pausedSince) {
    }

    /** The columns for a case's complete set of clocks (for the case's insert, or {@link #save}). */
    public static Stored stored(Collection<CaseClock> clocks) {
        if (clocks.isEmpty()) {
            return new Stored(null, null);
        }
        List<StoredClock> rows = clocks.stream().sorted(CaseClock.SOONEST_FIRST).map(c -> new StoredClock(c.name().name(),
                c.calendar().name(), c.startedAt().toString(), c.dueAt().toString(), c.yellowAt().toString(),
                c.state().name(), text(c.stoppedAt()), text(c.pausedSince()))).toList();
        Instant next = clocks.stream().map(CaseClock::nextTransitionAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        try {
            return new Stored(JSON.writeValueAsString(rows), next);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the clocks of a case", e);
        }
    }

    /** Replaces the stored clocks of a case with {@code all}, its complete set (new, changed and unchanged). */
    public void save(Connection connection, String caseId, Collection<CaseClock> all) throws SQLException {
        Stored stored = stored(all);
        try (PreparedStatement update = connection.prepareStatement(
                "update hotline_case set clocks = ?, next_transition_at = ? where id = ?")) {
            update.setString(1, stored.json());
            Jdbc.setInstant(update, 2, stored.nextTransitionAt());
            update.setString(3, caseId);
            update.executeUpdate();
        }
    }

    /** The clocks of one case, soonest due first. */
    public List<CaseClock> findByCase(Connection connection, String caseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select clocks from hotline_case where id = ?")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? decode(caseId, rows.getString(1)) : List.of();
            }
        }
    }

    /**
     * Running clocks whose colour must change at or before {@code now}, of at most {@code limit} cases, the case
     * whose change is oldest first.
     */
    public List<CaseClock> dueForTransition(Connection connection, Instant now, int limit) throws SQLException {
        List<CaseClock> due = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select id, clocks from hotline_case"
                + " where next_transition_at <= ? order by next_transition_at fetch first ? rows only")) {
            Jdbc.setInstant(select, 1, now);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    for (CaseClock clock : decode(rows.getString(1), rows.getString(2))) {
                        Instant next = clock.nextTransitionAt();
                        if (next != null && !next.isAfter(now)) {
                            due.add(clock);
                        }
                    }
                }
            }
        }
        return due;
    }

    /** The clocks in a case row's {@code clocks} column (null: none), soonest due first, in a list the caller may change. */
    private static List<CaseClock> decode(String caseId, String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, LIST).stream().map(s -> new CaseClock(caseId, ClockName.valueOf(s.name()),
                    CalendarKind.valueOf(s.calendar()), Instant.parse(s.startedAt()), Instant.parse(s.dueAt()),
                    Instant.parse(s.yellowAt()), ClockState.valueOf(s.state()), instant(s.stoppedAt()),
                    instant(s.pausedSince()))).sorted(CaseClock.SOONEST_FIRST)
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case " + caseId + " holds unreadable clocks", e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}

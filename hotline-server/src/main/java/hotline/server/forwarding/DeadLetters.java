package hotline.server.forwarding;

import hotline.model.DeadLetterDto;
import hotline.model.Role;
import hotline.server.auth.Principal;
import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import hotline.server.http.ApiException;
import hotline.server.units.UnitDirectory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** What the shift lead sees of deliveries that gave up, and the resend that gives one another day. */
public final class DeadLetters {
    private static final int MAX_LISTED = 500;

    private final Database database;
    private final UnitDirectory units;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final Duration deadAfter;

    public DeadLetters(Database database, UnitDirectory units, Dispatcher dispatcher, Clock clock, Duration deadAfter) {
        this.database = database;
        this.units = units;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.deadAfter = deadAfter;
    }

    /** Newest first, at most 500. */
    public List<DeadLetterDto> list(Principal principal) {
        requireLead(principal);
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select o.id, o.event_id, o.case_id, c.case_number,"
                    + " o.unit_code, o.event_type, o.created_at, o.attempts, o.last_error from forward_outbox o"
                    + " join hotline_case c on c.id = o.case_id where o.state = 'DEAD' order by o.id desc"
                    + " fetch first " + MAX_LISTED + " rows only");
                 ResultSet rows = select.executeQuery()) {
                List<DeadLetterDto> list = new ArrayList<>();
                while (rows.next()) {
                    String unit = rows.getString("unit_code");
                    list.add(new DeadLetterDto(rows.getLong("id"), rows.getLong("event_id"), rows.getString("case_id"),
                            rows.getString("case_number"), unit, units.find(unit).map(u -> u.name()).orElse(unit),
                            rows.getString("event_type"), Jdbc.getInstant(rows, "created_at"), rows.getInt("attempts"),
                            rows.getString("last_error")));
                }
                return list;
            }
        });
    }

    /** Puts a dead letter back in line, due now and expiring {@code deadAfter} from now. */
    public void resend(Principal principal, long id) {
        requireLead(principal);
        int changed = database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update forward_outbox set state = 'PENDING',"
                    + " next_attempt_at = ?, expires_at = ? where id = ? and state = 'DEAD'")) {
                Jdbc.setInstant(update, 1, clock.instant());
                Jdbc.setInstant(update, 2, clock.instant().plus(deadAfter));
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
        if (changed == 0) {
            throw ApiException.notFound("no dead letter " + id);
        }
        dispatcher.wake();
    }

    private static void requireLead(Principal principal) {
        if (!principal.is(Role.SHIFT_LEAD, Role.ADMIN)) {
            throw ApiException.forbidden("only shift leads and administrators handle dead letters");
        }
    }
}

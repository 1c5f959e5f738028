package hotline.server.cases;

import hotline.model.CaseStatus;
import hotline.model.NewCaseRequest;
import hotline.server.catalog.Category;
import hotline.server.units.GeoPoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a call repeats an open case (DESIGN.md): the same phone with an open order in the same category group
 * within {@code phoneWindow} (a caller ringing again about the same matter), or anyone reporting the same
 * category within {@code radiusMetres} and {@code window} of an open order (a second neighbour reporting the
 * same burst pipe). A different matter from the same phone is a new case; the operator can always force one.
 */
public record RepeatPolicy(double radiusMetres, Duration window, Duration phoneWindow, CaseRepository cases) {
    /** Enough rows to see every recent order of one phone or one category in a day of a busy city. */
    private static final int SCAN_LIMIT = 500;
    /** Metres in one degree of latitude (a mean: the box only has to hold the circle). */
    private static final double METRES_PER_DEGREE = 111_320;

    public static RepeatPolicy defaults(CaseRepository cases) {
        return new RepeatPolicy(200, Duration.ofHours(24), Duration.ofDays(60), cases);
    }

    /**
     * The open order this call repeats, locked for the update that attaches the call to it. The candidate is read
     * from an index before its row is locked; an action that closed or merged it in between (its transaction held
     * the row) is seen once the lock is taken, and the call is then not a repeat of it. The indexes are read once
     * more, now showing that change, for another open order the call repeats; failing that the call becomes a new
     * case, never a call attached to an order nobody works on any more.
     */
    Optional<CaseRecord> lockOpenCase(Connection connection, NewCaseRequest request, Category category, GeoPoint point,
                                      Instant now) throws SQLException {
        for (int look = 0; look < 2; look++) {
            Optional<String> candidate = findOpenCase(connection, request, category, point, now);
            if (candidate.isEmpty()) {
                return Optional.empty();
            }
            Optional<CaseRecord> locked = cases.find(connection, candidate.get(), true)
                    .filter(c -> attachable(c.status(), c.repeatOf()));
            if (locked.isPresent()) {
                return locked;
            }
        }
        return Optional.empty();
    }

    /** The id of the open order this call repeats, if any, as the indexes show it (nothing locked). */
    private Optional<String> findOpenCase(Connection connection, NewCaseRequest request, Category category,
                                          GeoPoint point, Instant now) throws SQLException {
        String phone = IntakeValidation.phone(request.caller());
        if (phone != null) {
            Optional<String> samePhone = cases.findByPhoneSince(connection, phone, now.minus(phoneWindow), SCAN_LIMIT)
                    .stream()
                    .filter(c -> attachable(c.status(), c.repeatOf())
                            && c.categoryCode().startsWith(category.group() + "."))
                    .map(CaseRepository.RepeatCandidate::id).findFirst();
            if (samePhone.isPresent()) {
                return samePhone;
            }
        }
        if (point == null) {
            return Optional.empty();
        }
        // A box a little larger than the circle narrows the scan; the exact distance decides.
        double dLat = radiusMetres * 1.01 / METRES_PER_DEGREE;
        double dLng = dLat / Math.max(0.01, Math.cos(Math.toRadians(point.lat())));
        return cases.findByCategoryNear(connection, category.code(), now.minus(window), point.lat() - dLat,
                        point.lat() + dLat, point.lng() - dLng, point.lng() + dLng, SCAN_LIMIT).stream()
                .filter(c -> attachable(c.status(), c.repeatOf())
                        && point.metresTo(new GeoPoint(c.lat(), c.lng())) <= radiusMetres)
                .map(CaseRepository.RepeatCandidate::id).findFirst();
    }

    /** An open order (not a call record already merged elsewhere, not a closed or transferred case). */
    private static boolean attachable(CaseStatus status, String repeatOf) {
        return status.isOpen() && repeatOf == null;
    }
}

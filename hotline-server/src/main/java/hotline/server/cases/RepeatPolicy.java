package hotline.server.cases;

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
 * (a caller ringing again about the same matter), or anyone reporting the same category within
 * {@code radiusMetres} and {@code window} of an open order (a second neighbour reporting the same burst pipe).
 * A different matter from the same phone is a new case; the operator can always force one.
 */
public record RepeatPolicy(double radiusMetres, Duration window, CaseRepository cases) {
    private static final double METRES_PER_DEGREE_LAT = 111_320;

    public static RepeatPolicy defaults(CaseRepository cases) {
        return new RepeatPolicy(200, Duration.ofHours(24), cases);
    }

    Optional<CaseRecord> findOpenCase(Connection connection, NewCaseRequest request, Category category, GeoPoint point,
                                      Instant now) throws SQLException {
        String phone = IntakeValidation.phone(request.caller());
        if (phone != null) {
            Optional<CaseRecord> samePhone = cases.findOpenByPhone(connection, phone, category.group());
            if (samePhone.isPresent()) {
                return samePhone;
            }
        }
        if (point == null) {
            return Optional.empty();
        }
        double dLat = radiusMetres / METRES_PER_DEGREE_LAT;
        double dLng = dLat / Math.cos(Math.toRadians(point.lat()));
        return cases.findOpenNear(connection, category.code(), now.minus(window), point.lat() - dLat, point.lat() + dLat,
                        point.lng() - dLng, point.lng() + dLng).stream()
                .filter(c -> point.metresTo(new GeoPoint(c.lat(), c.lng())) <= radiusMetres)
                .findFirst();
    }
}

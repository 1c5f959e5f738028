package hotline.client.casemap;

import java.util.Objects;

/**
 * A case as the map shows it.
 *
 * @param id         the case id, handed back when the operator chooses the marker
 * @param caseNumber what the marker's tooltip and accessible text show
 * @param lat        WGS84 latitude
 * @param lng        WGS84 longitude
 * @param colour     what the marker's colour says (overdue is {@link CaseColour#RED})
 */
public record MapCase(String id, String caseNumber, double lat, double lng, CaseColour colour) {

    public MapCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(colour, "colour");
        caseNumber = caseNumber == null ? id : caseNumber;
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new IllegalArgumentException("case " + id + " has no WGS84 position: " + lat + ", " + lng);
        }
    }

    LatLng position() {
        return new LatLng(lat, lng);
    }
}

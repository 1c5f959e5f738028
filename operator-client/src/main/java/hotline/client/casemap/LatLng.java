package hotline.client.casemap;

/** A WGS84 position (the datum of GPS, Open311 and the case records), in degrees. */
public record LatLng(double lat, double lng) {

    public LatLng {
        if (!Double.isFinite(lat) || !Double.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            throw new IllegalArgumentException("not a WGS84 position: " + lat + ", " + lng);
        }
    }
}

package hotline.client.casemap;

/**
 * The GCJ-02 datum ("Mars coordinates") that Chinese map data is published in, and its inverse.
 *
 * <p>The forward offset is the widely published reconstruction (Krasovsky ellipsoid); it has no closed inverse,
 * so {@link #toWgs84} iterates the forward transform until the round trip lands on the input: a few steps give
 * better than a millimetre against the forward formula, which itself matches the official offset to about a
 * metre. Outside mainland China the datum is WGS84 itself.
 */
final class Gcj02 {
    private static final double SEMI_MAJOR_AXIS = 6378245.0;
    private static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;
    private static final double TOLERANCE_DEGREES = 1e-10;
    private static final int MAX_ITERATIONS = 30;

    private Gcj02() {
    }

    static LatLng toGcj02(double lat, double lng) {
        if (outsideChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double[] offset = offset(lat, lng);
        return new LatLng(lat + offset[0], lng + offset[1]);
    }

    static LatLng toWgs84(double gcjLat, double gcjLng) {
        if (outsideChina(gcjLat, gcjLng)) {
            return new LatLng(gcjLat, gcjLng);
        }
        double lat = gcjLat;
        double lng = gcjLng;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double[] offset = offset(lat, lng);
            double dLat = gcjLat - (lat + offset[0]);
            double dLng = gcjLng - (lng + offset[1]);
            lat += dLat;
            lng += dLng;
            if (Math.abs(dLat) < TOLERANCE_DEGREES && Math.abs(dLng) < TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LatLng(lat, lng);
    }

    /** The rectangle the published formula is applied to; it includes some neighbouring land, as all users do. */
    static boolean outsideChina(double lat, double lng) {
        return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double[] offset(double lat, double lng) {
        double x = lng - 105.0;
        double y = lat - 35.0;
        double dLat = latitudeTerm(x, y);
        double dLng = longitudeTerm(x, y);
        double radLat = Math.toRadians(lat);
        double sin = Math.sin(radLat);
        double magic = 1 - ECCENTRICITY_SQUARED * sin * sin;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * Math.PI);
        dLng = (dLng * 180.0) / (SEMI_MAJOR_AXIS / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLat, dLng};
    }

    private static double latitudeTerm(double x, double y) {
        double result = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        result += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        result += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        result += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return result;
    }

    private static double longitudeTerm(double x, double y) {
        double result = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        result += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        result += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        result += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return result;
    }
}

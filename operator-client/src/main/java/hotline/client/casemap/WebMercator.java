package hotline.client.casemap;

/**
 * Spherical Web Mercator as slippy-map tiles use it (EPSG:3857, OpenStreetMap tile numbering).
 *
 * <p>Positions are kept in "world units": the whole world is the unit square, x east from 180°W, y south from
 * 85.05°N. A pixel at zoom z is a world unit times {@link #worldSize}; keeping geometry in world units lets one
 * projected copy serve every zoom.
 */
final class WebMercator {
    static final int TILE_SIZE = 256;
    /** Where the square world ends: the latitude whose Mercator y equals π. */
    static final double MAX_LATITUDE = 85.0511287798066;

    private WebMercator() {
    }

    static double x(double lng) {
        return (lng + 180.0) / 360.0;
    }

    static double y(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    static double lng(double x) {
        return x * 360.0 - 180.0;
    }

    static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** Pixels across the whole world at a (possibly fractional) zoom. */
    static double worldSize(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    static TileKey tileAt(double lat, double lng, int zoom) {
        long tiles = 1L << zoom;
        long x = Math.min(tiles - 1, Math.max(0, (long) Math.floor(x(lng) * tiles)));
        long y = Math.min(tiles - 1, Math.max(0, (long) Math.floor(y(lat) * tiles)));
        return new TileKey(zoom, x, y);
    }
}

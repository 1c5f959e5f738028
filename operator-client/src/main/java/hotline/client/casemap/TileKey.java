package hotline.client.casemap;

/** One slippy-map tile: x east and y south from the top-left tile, both below 2^zoom. */
record TileKey(int zoom, long x, long y) {

    TileKey {
        if (zoom < 0 || zoom > 30) {
            throw new IllegalArgumentException("zoom out of range: " + zoom);
        }
        long tiles = 1L << zoom;
        if (x < 0 || y < 0 || x >= tiles || y >= tiles) {
            throw new IllegalArgumentException("no tile " + x + "/" + y + " at zoom " + zoom);
        }
    }

    /** World units (see {@link WebMercator}) across one tile. */
    double span() {
        return 1.0 / (1L << zoom);
    }

    double minX() {
        return x * span();
    }

    double minY() {
        return y * span();
    }
}

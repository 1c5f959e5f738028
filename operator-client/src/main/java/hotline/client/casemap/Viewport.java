package hotline.client.casemap;

/**
 * What the map shows: the zoom and where the world's top-left corner sits in view pixels (the base map's
 * translation), so that a view pixel is {@code worldUnit * worldSize(zoom) + origin}.
 */
record Viewport(double zoom, double originX, double originY, double width, double height) {

    double worldSize() {
        return WebMercator.worldSize(zoom);
    }

    double screenX(double worldX) {
        return worldX * worldSize() + originX;
    }

    double screenY(double worldY) {
        return worldY * worldSize() + originY;
    }

    double screenX(LatLng point) {
        return screenX(WebMercator.x(point.lng()));
    }

    double screenY(LatLng point) {
        return screenY(WebMercator.y(point.lat()));
    }

    LatLng toLatLng(double screenX, double screenY) {
        double worldX = (screenX - originX) / worldSize();
        double worldY = (screenY - originY) / worldSize();
        double lng = WebMercator.lng(worldX);
        double wrapped = ((lng + 180) % 360 + 360) % 360 - 180;
        return new LatLng(WebMercator.lat(Math.max(0, Math.min(1, worldY))), wrapped);
    }

    LatLng centre() {
        return toLatLng(width / 2, height / 2);
    }

    /**
     * The world area in view, widened by a share of the view on every side, as {minX, minY, maxX, maxY} in
     * world units.
     */
    double[] worldArea(double margin) {
        double size = worldSize();
        return new double[] {
            (-originX - margin * width) / size, (-originY - margin * height) / size,
            (-originX + (1 + margin) * width) / size, (-originY + (1 + margin) * height) / size};
    }

    /** Whether everything in view lies inside an area from {@link #worldArea}. */
    boolean withinWorldArea(double[] area) {
        double[] visible = worldArea(0);
        return visible[0] >= area[0] && visible[1] >= area[1] && visible[2] <= area[2] && visible[3] <= area[3];
    }
}

package hotline.server.units;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The 16 district boundaries (WGS84, from ECharts' map data) and point-in-polygon lookup.
 * Immutable after loading; safe to share between threads (prepared geometries are thread-safe for reads).
 */
public final class DistrictMap {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final String RESOURCE = "/reference/geo/beijing-districts.wgs84.geojson";

    private final Map<String, Geometry> boundaries;
    private final Map<String, PreparedGeometry> prepared = new LinkedHashMap<>();

    private DistrictMap(Map<String, Geometry> boundaries) {
        this.boundaries = boundaries;
        boundaries.forEach((code, geometry) -> prepared.put(code, PreparedGeometryFactory.prepare(geometry)));
    }

    public static DistrictMap load(ObjectMapper json) {
        try (InputStream in = DistrictMap.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Map<String, Geometry> boundaries = new LinkedHashMap<>();
            for (JsonNode feature : json.readTree(in).get("features")) {
                boundaries.put(feature.get("id").asText(), toGeometry(feature.get("geometry")));
            }
            return new DistrictMap(boundaries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The district whose boundary contains the point, if any. */
    public Optional<String> districtAt(GeoPoint point) {
        Point p = GEOMETRY.createPoint(new Coordinate(point.lng(), point.lat()));
        for (var entry : prepared.entrySet()) {
            if (entry.getValue().covers(p)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    public boolean contains(String districtCode, GeoPoint point) {
        PreparedGeometry boundary = prepared.get(districtCode);
        return boundary != null && boundary.covers(GEOMETRY.createPoint(new Coordinate(point.lng(), point.lat())));
    }

    public Geometry boundary(String districtCode) {
        return boundaries.get(districtCode);
    }

    private static Geometry toGeometry(JsonNode geometry) {
        JsonNode coordinates = geometry.get("coordinates");
        return switch (geometry.get("type").asText()) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                coordinates.forEach(part -> parts.add(polygon(part)));
                yield GEOMETRY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            default -> throw new IllegalStateException("unsupported geometry " + geometry.get("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        List<Coordinate> points = new ArrayList<>();
        positions.forEach(p -> points.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())));
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            points.add(points.get(0));
        }
        return GEOMETRY.createLinearRing(points.toArray(Coordinate[]::new));
    }
}

package hotline.client.casemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The base map's areas, read from the GeoJSON files bundled under {@value #RESOURCES}, moved to WGS84 and
 * projected into world units once, in drawing order (provinces, neighbours, Beijing's districts).
 */
final class BaseMapData {
    static final String RESOURCES = "/hotline/client/casemap/geo/";

    enum Datum { WGS84, GCJ02 }

    private final List<MapArea> areas;
    private final Map<MapArea.Kind, List<MapArea>> areasByKind = new EnumMap<>(MapArea.Kind.class);

    BaseMapData(List<MapArea> areas) {
        this.areas = List.copyOf(areas);
        for (MapArea.Kind kind : MapArea.Kind.values()) {
            areasByKind.put(kind, this.areas.stream().filter(area -> area.kind() == kind).toList());
        }
    }

    static BaseMapData loadBundled() {
        List<MapArea> areas = new ArrayList<>();
        areas.addAll(read("china-provinces.gcj02.geojson", Datum.GCJ02, MapArea.Kind.PROVINCE, Set.of()));
        areas.addAll(read("hebei-cities.gcj02.geojson", Datum.GCJ02, MapArea.Kind.NEIGHBOUR, Set.of()));
        areas.addAll(read("tianjin-districts.gcj02.geojson", Datum.GCJ02, MapArea.Kind.NEIGHBOUR, Set.of()));
        areas.addAll(read("beijing-districts.wgs84.geojson", Datum.WGS84, MapArea.Kind.DISTRICT, Set.of()));
        return new BaseMapData(areas);
    }

    List<MapArea> areas() {
        return areas;
    }

    List<MapArea> areas(MapArea.Kind kind) {
        return areasByKind.get(kind);
    }

    private static List<MapArea> read(String file, Datum datum, MapArea.Kind kind, Set<String> skippedCodes) {
        try (InputStream in = BaseMapData.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("base map resource missing from the class path: " + RESOURCES + file);
            }
            return parse(new ObjectMapper().readTree(in), datum, kind, skippedCodes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read base map resource " + file, e);
        }
    }

    static List<MapArea> parse(JsonNode collection, Datum datum, MapArea.Kind kind, Set<String> skippedCodes) {
        List<MapArea> result = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode properties = feature.path("properties");
            String code = properties.path("code").asText(feature.path("id").asText());
            if (skippedCodes.contains(code)) {
                continue;
            }
            result.add(area(code, properties.path("name").asText(code), kind, feature.path("geometry"), datum));
        }
        return result;
    }

    private static MapArea area(String code, String name, MapArea.Kind kind, JsonNode geometry, Datum datum) {
        List<JsonNode> polygons = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Polygon" -> polygons.add(geometry.path("coordinates"));
            case "MultiPolygon" -> geometry.path("coordinates").forEach(polygons::add);
            default -> throw new IllegalArgumentException("area " + code + ": unsupported geometry "
                    + geometry.path("type").asText());
        }
        List<double[]> outerRings = new ArrayList<>();
        List<MapArea.Part> parts = new ArrayList<>();
        for (JsonNode polygon : polygons) {
            Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
            double[] outer = null;
            for (JsonNode ring : polygon) {
                double[] projected = project(ring, datum);
                outer = outer == null ? projected : outer;
                appendRing(path, projected);
            }
            if (outer != null) {
                outerRings.add(outer);
                parts.add(new MapArea.Part(path, path.getBounds2D()));
            }
        }
        // The largest polygon carries the label and is drawn first; smaller ones are exclaves drawn on top.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(signedArea(outerRings.get(i)))));
        List<MapArea.Part> sorted = order.stream().map(parts::get).toList();
        double[] label = LabelPlacement.inside(outerRings.get(order.get(0)));
        Rectangle2D bounds = sorted.get(0).bounds().getBounds2D();
        sorted.forEach(part -> bounds.add(part.bounds()));
        return new MapArea(code, name, kind, sorted, bounds, label[0], label[1]);
    }

    private static double[] project(JsonNode ring, Datum datum) {
        double[] projected = new double[ring.size() * 2];
        int i = 0;
        for (JsonNode position : ring) {
            double lng = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            LatLng wgs = datum == Datum.GCJ02 ? Gcj02.toWgs84(lat, lng) : new LatLng(lat, lng);
            projected[i++] = WebMercator.x(wgs.lng());
            projected[i++] = WebMercator.y(wgs.lat());
        }
        return projected;
    }

    private static void appendRing(Path2D.Double path, double[] ring) {
        path.moveTo(ring[0], ring[1]);
        for (int i = 2; i < ring.length; i += 2) {
            path.lineTo(ring[i], ring[i + 1]);
        }
        path.closePath();
    }

    private static double signedArea(double[] ring) {
        double sum = 0;
        int points = ring.length / 2;
        for (int i = 0; i < points; i++) {
            int j = (i + 1) % points;
            sum += ring[2 * i] * ring[2 * j + 1] - ring[2 * j] * ring[2 * i + 1];
        }
        return sum / 2;
    }
}

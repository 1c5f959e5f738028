package hotline.client.casemap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups case markers that would overlap on screen into count bubbles.
 *
 * <p>Grid clustering: the world, in pixels at the current zoom, is cut into square cells anchored at the world's
 * corner; the cases of one cell form one cluster, drawn at their mean position. Anchoring the grid to the world
 * rather than to the view keeps clusters still while the operator pans; they change only with the zoom.
 */
final class MarkerClustering {
    /** Roughly two marker diameters plus a finger's width. */
    static final double CELL_PIXELS = 56;
    /** From this zoom on, streets are apart enough that every case gets its own marker. */
    static final double LAST_CLUSTERING_ZOOM = 15;

    /**
     * Cases of one cell.
     *
     * @param worldX mean position in world units (see {@link WebMercator})
     * @param colour the colour of the most urgent member
     */
    record Cluster(List<MapCase> cases, double worldX, double worldY, CaseColour colour) {

        Cluster {
            cases = List.copyOf(cases);
        }

        int size() {
            return cases.size();
        }

        boolean single() {
            return cases.size() == 1;
        }

        LatLng position() {
            return new LatLng(WebMercator.lat(worldY), WebMercator.lng(worldX));
        }

        /** How many members have each colour, most urgent first; colours nobody has are left out. */
        Map<CaseColour, Integer> countsByColour() {
            Map<CaseColour, Integer> counts = new EnumMap<>(CaseColour.class);
            cases.forEach(member -> counts.merge(member.colour(), 1, Integer::sum));
            return counts;
        }
    }

    private MarkerClustering() {
    }

    /** Clusters in reading order (north to south, then west to east), which is also the keyboard order. */
    static List<Cluster> cluster(List<MapCase> cases, double zoom) {
        double worldSize = WebMercator.worldSize(zoom);
        boolean clustering = zoom < LAST_CLUSTERING_ZOOM;
        Map<Long, List<MapCase>> cells = new LinkedHashMap<>();
        long index = 0;
        for (MapCase mapCase : cases) {
            long key;
            if (clustering) {
                long column = (long) Math.floor(WebMercator.x(mapCase.lng()) * worldSize / CELL_PIXELS);
                long row = (long) Math.floor(WebMercator.y(mapCase.lat()) * worldSize / CELL_PIXELS);
                key = row * (1L << 32) + column;
            } else {
                key = index++;
            }
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(mapCase);
        }
        List<Cluster> clusters = new ArrayList<>(cells.size());
        for (List<MapCase> members : cells.values()) {
            clusters.add(summarise(members));
        }
        clusters.sort(Comparator.comparingDouble((Cluster c) -> Math.floor(c.worldY() * worldSize / CELL_PIXELS))
                .thenComparingDouble(Cluster::worldX));
        return clusters;
    }

    private static Cluster summarise(List<MapCase> members) {
        double sumX = 0;
        double sumY = 0;
        CaseColour colour = CaseColour.CLOSED;
        for (MapCase member : members) {
            sumX += WebMercator.x(member.lng());
            sumY += WebMercator.y(member.lat());
            if (member.colour().moreUrgentThan(colour)) {
                colour = member.colour();
            }
        }
        return new Cluster(members, sumX / members.size(), sumY / members.size(), colour);
    }
}

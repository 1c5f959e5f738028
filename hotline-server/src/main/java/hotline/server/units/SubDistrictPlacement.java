package hotline.server.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Derives a representative point for each sub-district, because no open dataset gives their coordinates.
 *
 * <p>Method (deterministic, documented in NOTICE and docs/decisions/0003): sample a regular grid of points
 * inside the district boundary, run Lloyd's k-means with k = the district's number of sub-districts, snap each
 * centre to the nearest sampled point (so it is inside the boundary even for concave shapes), and hand the
 * centres out to the sub-districts in code order, west to east then north to south. The points spread the
 * sub-districts evenly over their district; they are not the real seats of the sub-district offices.
 */
final class SubDistrictPlacement {
    private static final int GRID = 60;
    private static final int ITERATIONS = 25;

    private SubDistrictPlacement() {
    }

    static List<GeoPoint> place(Geometry district, int count, DistrictMap map, String districtCode) {
        List<GeoPoint> samples = gridInside(district, map, districtCode);
        List<GeoPoint> centres = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            centres.add(samples.get((int) ((long) i * samples.size() / count + samples.size() / (2L * count))));
        }
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[][] sums = new double[count][3];
            for (GeoPoint sample : samples) {
                int nearest = nearest(centres, sample);
                sums[nearest][0] += sample.lat();
                sums[nearest][1] += sample.lng();
                sums[nearest][2]++;
            }
            for (int c = 0; c < count; c++) {
                if (sums[c][2] > 0) {
                    centres.set(c, new GeoPoint(sums[c][0] / sums[c][2], sums[c][1] / sums[c][2]));
                }
            }
        }
        List<GeoPoint> snapped = new ArrayList<>();
        for (GeoPoint centre : centres) {
            snapped.add(samples.get(nearest(samples, centre)));
        }
        snapped.sort(Comparator.comparingDouble((GeoPoint p) -> Math.round(-p.lat() * 50) / 50.0)
                .thenComparingDouble(GeoPoint::lng));
        return snapped;
    }

    private static List<GeoPoint> gridInside(Geometry district, DistrictMap map, String districtCode) {
        Envelope box = district.getEnvelopeInternal();
        List<GeoPoint> samples = new ArrayList<>();
        for (int row = 0; row < GRID; row++) {
            for (int col = 0; col < GRID; col++) {
                double lat = box.getMinY() + (row + 0.5) * box.getHeight() / GRID;
                double lng = box.getMinX() + (col + 0.5) * box.getWidth() / GRID;
                GeoPoint point = new GeoPoint(lat, lng);
                if (map.contains(districtCode, point)) {
                    samples.add(point);
                }
            }
        }
        return samples;
    }

    private static int nearest(List<GeoPoint> candidates, GeoPoint point) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            double dLat = candidates.get(i).lat() - point.lat();
            double dLng = (candidates.get(i).lng() - point.lng()) * 0.77; // cos(40°): degrees of longitude are shorter
            double distance = dLat * dLat + dLng * dLng;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}

package hotline.client.casemap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Finds a point for an area's name that lies well inside its polygon, even a concave one (a centroid or a
 * government seat can sit near or outside the edge: 门头沟's seat is at its eastern border).
 *
 * <p>A light form of "pole of inaccessibility": midpoints of the interior spans on evenly spaced horizontal
 * scan lines are candidates, and the candidate farthest from the boundary wins.
 */
final class LabelPlacement {
    private static final int SCAN_LINES = 40;

    private LabelPlacement() {
    }

    /** @param ring closed or open outer ring as x0, y0, x1, y1, … (any planar units) */
    static double[] inside(double[] ring) {
        int points = ring.length / 2;
        if (points < 3) {
            throw new IllegalArgumentException("a ring needs at least three points");
        }
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < points; i++) {
            minY = Math.min(minY, ring[2 * i + 1]);
            maxY = Math.max(maxY, ring[2 * i + 1]);
        }
        double[] best = {ring[0], ring[1]};
        double bestDistance = -1;
        for (int line = 0; line < SCAN_LINES; line++) {
            double y = minY + (line + 0.5) * (maxY - minY) / SCAN_LINES;
            List<Double> crossings = crossings(ring, y);
            for (int i = 0; i + 1 < crossings.size(); i += 2) {
                double x = (crossings.get(i) + crossings.get(i + 1)) / 2;
                double distance = distanceToRing(ring, x, y);
                if (distance > bestDistance) {
                    bestDistance = distance;
                    best = new double[] {x, y};
                }
            }
        }
        return best;
    }

    private static List<Double> crossings(double[] ring, double y) {
        int points = ring.length / 2;
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            int j = (i + 1) % points;
            double y1 = ring[2 * i + 1];
            double y2 = ring[2 * j + 1];
            if ((y1 <= y && y < y2) || (y2 <= y && y < y1)) {
                double x1 = ring[2 * i];
                double x2 = ring[2 * j];
                xs.add(x1 + (y - y1) * (x2 - x1) / (y2 - y1));
            }
        }
        Collections.sort(xs);
        return xs;
    }

    static double distanceToRing(double[] ring, double x, double y) {
        int points = ring.length / 2;
        double best = Double.MAX_VALUE;
        for (int i = 0; i < points; i++) {
            int j = (i + 1) % points;
            best = Math.min(best, distanceToSegment(x, y, ring[2 * i], ring[2 * i + 1], ring[2 * j], ring[2 * j + 1]));
        }
        return best;
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
        double cx = ax + t * dx - px;
        double cy = ay + t * dy - py;
        return Math.sqrt(cx * cx + cy * cy);
    }
}

package hotline.client.casemap;

/**
 * Turns points on screen into a smooth density picture: each point adds a soft bump (the quartic kernel, which
 * reaches zero at the radius, so far pixels cost nothing), and the sum is coloured from transparent blue
 * through green and yellow to red.
 */
final class HeatRaster {
    /** Density that reads as fully hot: a handful of cases on one spot, not a single case. */
    static final double FULL_HEAT = 4.0;
    /** Below this share of full heat a pixel stays transparent, so the base map shows through. */
    private static final double VISIBLE_FROM = 0.02;
    /** Heat fades in up to this share, so the picture has soft edges instead of a cut-off rim. */
    private static final double FADE_IN = 0.35;
    private static final double MAX_ALPHA = 0.75;
    private static final double[] STOPS = {0.0, 0.2, 0.4, 0.6, 0.8, 1.0};
    private static final int[][] RAMP = {{40, 90, 255}, {0, 190, 230}, {60, 200, 80}, {250, 220, 0}, {255, 140, 0},
        {220, 30, 30}};

    private HeatRaster() {
    }

    /** Summed kernel weights per pixel, row by row. */
    static float[] density(double[] xs, double[] ys, int width, int height, double radius) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys differ in length");
        }
        float[] density = new float[width * height];
        double radiusSquared = radius * radius;
        for (int i = 0; i < xs.length; i++) {
            int minX = Math.max(0, (int) Math.floor(xs[i] - radius));
            int maxX = Math.min(width - 1, (int) Math.ceil(xs[i] + radius));
            int minY = Math.max(0, (int) Math.floor(ys[i] - radius));
            int maxY = Math.min(height - 1, (int) Math.ceil(ys[i] + radius));
            for (int y = minY; y <= maxY; y++) {
                double dy = y + 0.5 - ys[i];
                for (int x = minX; x <= maxX; x++) {
                    double dx = x + 0.5 - xs[i];
                    double share = 1 - (dx * dx + dy * dy) / radiusSquared;
                    if (share > 0) {
                        density[y * width + x] += (float) (share * share);
                    }
                }
            }
        }
        return density;
    }

    /**
     * ARGB pixels (width × height) for the density of the points. The hottest spot in view is red, unless it
     * is weaker than {@link #FULL_HEAT}: heat is relative, so zooming out does not turn the whole city red. The
     * square root lifts small crowds, which would otherwise vanish beside the biggest one.
     */
    static int[] render(double[] xs, double[] ys, int width, int height, double radius) {
        float[] density = density(xs, ys, width, height, radius);
        double hottest = FULL_HEAT;
        for (float value : density) {
            hottest = Math.max(hottest, value);
        }
        int[] argb = new int[density.length];
        for (int i = 0; i < density.length; i++) {
            argb[i] = colour(Math.sqrt(density[i] / hottest));
        }
        return argb;
    }

    /** The colour of a heat share (0 = none, 1 = full and above) as ARGB. */
    static int colour(double heat) {
        if (heat < VISIBLE_FROM) {
            return 0;
        }
        double t = Math.min(1, heat);
        int stop = 1;
        while (stop < STOPS.length - 1 && t > STOPS[stop]) {
            stop++;
        }
        double f = (t - STOPS[stop - 1]) / (STOPS[stop] - STOPS[stop - 1]);
        int red = mix(RAMP[stop - 1][0], RAMP[stop][0], f);
        int green = mix(RAMP[stop - 1][1], RAMP[stop][1], f);
        int blue = mix(RAMP[stop - 1][2], RAMP[stop][2], f);
        int alpha = (int) Math.round(255 * MAX_ALPHA * Math.min(1, t / FADE_IN));
        return alpha << 24 | red << 16 | green << 8 | blue;
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }
}

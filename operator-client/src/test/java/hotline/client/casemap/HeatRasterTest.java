package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeatRasterTest {

    @Test
    void aPointWarmsItsSurroundingsOnlyWithinTheRadius() {
        float[] density = HeatRaster.density(new double[] {50}, new double[] {40}, 100, 80, 10);

        assertThat(density[40 * 100 + 50]).isGreaterThan(0.9f);
        assertThat(density[40 * 100 + 55]).isBetween(0.1f, density[40 * 100 + 50]);
        assertThat(density[40 * 100 + 61]).isZero();
        assertThat(density[10 * 100 + 10]).isZero();
    }

    @Test
    void densityFallsSmoothlyAndSymmetrically() {
        float[] density = HeatRaster.density(new double[] {50}, new double[] {50}, 100, 100, 12);

        for (int d = 1; d < 12; d++) {
            assertThat(density[50 * 100 + 50 + d]).isLessThanOrEqualTo(density[50 * 100 + 50 + d - 1]);
            assertThat(density[(50 + d) * 100 + 50]).isEqualTo(density[50 * 100 + 50 + d]);
        }
    }

    @Test
    void pointsOnTheSameSpotAddUp() {
        float[] one = HeatRaster.density(new double[] {20}, new double[] {20}, 40, 40, 8);
        float[] three = HeatRaster.density(new double[] {20, 20, 20}, new double[] {20, 20, 20}, 40, 40, 8);

        assertThat(three[20 * 40 + 20]).isEqualTo(3 * one[20 * 40 + 20]);
    }

    @Test
    void pointsOffScreenStillWarmTheEdge() {
        float[] density = HeatRaster.density(new double[] {-3}, new double[] {10}, 20, 20, 8);

        assertThat(density[10 * 20]).isGreaterThan(0);
    }

    @Test
    void coloursRunFromTransparentThroughBlueToOpaqueRed() {
        assertThat(HeatRaster.colour(0)).isZero();
        int cool = HeatRaster.colour(0.1);
        int hot = HeatRaster.colour(1);

        assertThat(alpha(cool)).isPositive().isLessThan(alpha(hot));
        assertThat(blue(cool)).isGreaterThan(red(cool));
        assertThat(red(hot)).isGreaterThan(200);
        assertThat(green(hot)).isLessThan(60);
        assertThat(HeatRaster.colour(5)).isEqualTo(hot);
    }

    @Test
    void aRenderedPictureIsHotAtTheCrowdAndClearElsewhere() {
        double[] xs = {30, 30, 31, 29, 30, 80};
        double[] ys = {30, 31, 30, 30, 29, 20};

        int[] argb = HeatRaster.render(xs, ys, 100, 60, 10);

        int crowd = argb[30 * 100 + 30];
        int lone = argb[20 * 100 + 80];
        assertThat(red(crowd)).isGreaterThan(200);
        assertThat(alpha(lone)).isPositive().isLessThanOrEqualTo(alpha(crowd));
        assertThat(red(lone)).isLessThan(red(crowd));
        assertThat(argb[55 * 100 + 5]).isZero();
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }
}

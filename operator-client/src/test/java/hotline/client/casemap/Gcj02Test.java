package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Gcj02Test {

    @Test
    void knownPointInCentralBeijingMovesBackToWgs84WithinFiveMetres() {
        LatLng wgs = Gcj02.toWgs84(39.915, 116.404);

        assertThat(metres(wgs, new LatLng(39.9136, 116.3978))).isLessThan(5);
    }

    @Test
    void theOffsetAroundBeijingIsSeveralHundredMetres() {
        LatLng wgs = Gcj02.toWgs84(39.915, 116.404);

        assertThat(metres(wgs, new LatLng(39.915, 116.404))).isBetween(400.0, 700.0);
    }

    @Test
    void inverseUndoesTheForwardOffsetToAMillimetre() {
        double[][] points = {{39.915, 116.404}, {40.4653, 115.985}, {39.1183, 117.1959}, {38.0455, 114.5025},
            {40.9762, 117.9392}, {22.54, 114.05}, {45.75, 126.63}};
        for (double[] gcj : points) {
            LatLng wgs = Gcj02.toWgs84(gcj[0], gcj[1]);
            LatLng again = Gcj02.toGcj02(wgs.lat(), wgs.lng());

            assertThat(again.lat()).isCloseTo(gcj[0], within(1e-8));
            assertThat(again.lng()).isCloseTo(gcj[1], within(1e-8));
        }
    }

    @Test
    void positionsOutsideChinaAreLeftAlone() {
        assertThat(Gcj02.toWgs84(35.6812, 139.7671)).isEqualTo(new LatLng(35.6812, 139.7671));
        assertThat(Gcj02.toGcj02(51.5, -0.12)).isEqualTo(new LatLng(51.5, -0.12));
        assertThat(Gcj02.outsideChina(39.9, 116.4)).isFalse();
    }

    /** Equirectangular distance: exact enough over a few hundred metres. */
    static double metres(LatLng a, LatLng b) {
        double earthRadius = 6_371_008.8;
        double dLat = Math.toRadians(b.lat() - a.lat());
        double dLng = Math.toRadians(b.lng() - a.lng()) * Math.cos(Math.toRadians((a.lat() + b.lat()) / 2));
        return earthRadius * Math.sqrt(dLat * dLat + dLng * dLng);
    }
}

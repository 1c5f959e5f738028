package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WebMercatorTest {
    private static final LatLng TIANANMEN = new LatLng(39.9087, 116.3975);

    @Test
    void tilesFollowTheSlippyMapNumbering() {
        assertThat(WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 10)).isEqualTo(new TileKey(10, 843, 388));
        assertThat(WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 12)).isEqualTo(new TileKey(12, 3372, 1552));
        assertThat(WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 16)).isEqualTo(new TileKey(16, 53957, 24832));
        assertThat(WebMercator.tileAt(0, 0, 0)).isEqualTo(new TileKey(0, 0, 0));
        assertThat(WebMercator.tileAt(-89, 180, 3)).isEqualTo(new TileKey(3, 7, 7));
    }

    @Test
    void worldUnitsRoundTripToDegrees() {
        for (double lat : new double[] {-80, -33.9, 0, 39.9087, 40.5, 85}) {
            assertThat(WebMercator.lat(WebMercator.y(lat))).isCloseTo(lat, within(1e-9));
        }
        for (double lng : new double[] {-180, -74, 0, 116.3975, 179.9}) {
            assertThat(WebMercator.lng(WebMercator.x(lng))).isCloseTo(lng, within(1e-9));
        }
        assertThat(WebMercator.y(0)).isCloseTo(0.5, within(1e-12));
        assertThat(WebMercator.y(WebMercator.MAX_LATITUDE)).isCloseTo(0, within(1e-9));
        assertThat(WebMercator.worldSize(0)).isEqualTo(256);
        assertThat(WebMercator.worldSize(10)).isEqualTo(262_144);
    }

    @Test
    void tileBoundsCoverTheirPoint() {
        TileKey tile = WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 12);
        double x = WebMercator.x(TIANANMEN.lng());
        double y = WebMercator.y(TIANANMEN.lat());
        assertThat(x).isBetween(tile.minX(), tile.minX() + tile.span());
        assertThat(y).isBetween(tile.minY(), tile.minY() + tile.span());
    }

    @Test
    void tilesOutsideTheWorldAreRejected() {
        assertThatThrownBy(() -> new TileKey(2, 4, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TileKey(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void viewportMapsScreenPixelsToPositionsAndBack() {
        Viewport viewport = new Viewport(10.3, -215_000.5, -99_800.25, 1366, 768);
        double x = viewport.screenX(TIANANMEN);
        double y = viewport.screenY(TIANANMEN);
        LatLng back = viewport.toLatLng(x, y);

        assertThat(back.lat()).isCloseTo(TIANANMEN.lat(), within(1e-9));
        assertThat(back.lng()).isCloseTo(TIANANMEN.lng(), within(1e-9));
        assertThat(viewport.screenX(viewport.centre())).isCloseTo(683, within(1e-6));
        assertThat(viewport.screenY(viewport.centre())).isCloseTo(384, within(1e-6));
    }

    @Test
    void theWorldAreaInViewGrowsByTheMarginAndContainsWhatIsShown() {
        Viewport viewport = new Viewport(10, -215_000, -99_000, 1000, 500);
        double[] visible = viewport.worldArea(0);
        double[] widened = viewport.worldArea(1);

        assertThat(viewport.screenX(visible[0])).isCloseTo(0, within(1e-6));
        assertThat(viewport.screenY(visible[3])).isCloseTo(500, within(1e-6));
        assertThat(viewport.screenX(widened[2])).isCloseTo(2000, within(1e-6));
        assertThat(viewport.withinWorldArea(widened)).isTrue();
        Viewport pannedFar = new Viewport(10, -215_000 - 1500, -99_000, 1000, 500);
        assertThat(pannedFar.withinWorldArea(widened)).isFalse();
        Viewport pannedNear = new Viewport(10, -215_000 - 900, -99_000 + 400, 1000, 500);
        assertThat(pannedNear.withinWorldArea(widened)).isTrue();
    }

    @Test
    void oneZoomStepDoublesDistancesOnScreen() {
        Viewport near = new Viewport(11, 0, 0, 800, 600);
        Viewport far = new Viewport(10, 0, 0, 800, 600);
        LatLng east = new LatLng(TIANANMEN.lat(), TIANANMEN.lng() + 0.1);

        double farDistance = far.screenX(east) - far.screenX(TIANANMEN);
        assertThat(near.screenX(east) - near.screenX(TIANANMEN)).isCloseTo(2 * farDistance, within(1e-6));
        assertThat(farDistance).isCloseTo(0.1 / 360 * 262_144, within(1e-6));
    }
}

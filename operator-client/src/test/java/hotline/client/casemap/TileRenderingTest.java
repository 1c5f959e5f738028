package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Renders real tiles of the base map and checks what lies where; the PNGs land in target/screenshots/. */
class TileRenderingTest {
    private static final LatLng TIANANMEN = new LatLng(39.9087, 116.3975);
    private static final Set<Integer> CENTRAL_DISTRICTS = Set.of(
            MapStyle.districtFill("110101").getRGB(), MapStyle.districtFill("110102").getRGB());
    private static TileRenderer renderer;

    @BeforeAll
    static void loadBaseMap() {
        renderer = new TileRenderer(BaseMapData.loadBundled(), MapStyle.withInstalledFonts());
    }

    @Test
    void tiananmenLiesInTheCentralDistrictsAtZoomTen() throws IOException {
        TileKey key = WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 10);
        BufferedImage tile = renderer.render(key);
        write(tile, "tile-z10-tiananmen.png");

        assertThat(tile.getWidth()).isEqualTo(256);
        assertThat(tile.getHeight()).isEqualTo(256);
        assertThat(CENTRAL_DISTRICTS).contains(mostCommonNear(tile, key, TIANANMEN, 2));
    }

    @Test
    void tiananmenLiesInTheCentralDistrictsAtZoomTwelve() throws IOException {
        TileKey key = WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 12);
        BufferedImage tile = renderer.render(key);
        write(tile, "tile-z12-tiananmen.png");

        assertThat(mostCommonNear(tile, key, TIANANMEN, 3)).isEqualTo(MapStyle.districtFill("110101").getRGB());
        assertThat(share(tile, MapStyle.DISTRICT_BORDER)).as("district borders cross the tile").isPositive();
    }

    @Test
    void hebeiFarFromBeijingIsGrey() throws IOException {
        // 张家口, 150 km north-west of Beijing.
        BufferedImage tile = renderer.render(WebMercator.tileAt(40.75, 114.6, 10));
        write(tile, "tile-z10-hebei-zhangjiakou.png");

        assertThat(share(tile, MapStyle.NEIGHBOUR_FILL)).isGreaterThan(0.9);
        assertThat(share(tile, MapStyle.WATER)).isZero();
    }

    @Test
    void theBohaiSeaOffTianjinIsWater() throws IOException {
        BufferedImage tile = renderer.render(WebMercator.tileAt(38.7, 118.3, 10));
        write(tile, "tile-z10-bohai.png");

        assertThat(share(tile, MapStyle.WATER)).isEqualTo(1.0);
    }

    @Test
    void theCoastOffTianjinShowsLandAndSea() throws IOException {
        BufferedImage tile = renderer.render(WebMercator.tileAt(38.95, 117.75, 9));
        write(tile, "tile-z9-tianjin-coast.png");

        assertThat(share(tile, MapStyle.WATER)).isBetween(0.1, 0.9);
        assertThat(share(tile, MapStyle.NEIGHBOUR_FILL)).isBetween(0.1, 0.9);
    }

    @Test
    void districtNamesShowAtCityZoomAndNotAtStreetZoom() throws IOException {
        BufferedImage city = mosaic(10, 6, 4, "mosaic-z10-beijing.png");
        BufferedImage streets = mosaic(15, 2, 2, "mosaic-z15-tiananmen.png");

        assertThat(share(city, MapStyle.DISTRICT_LABEL)).isPositive();
        assertThat(share(streets, MapStyle.DISTRICT_LABEL)).isZero();
        assertThat(share(streets, MapStyle.districtFill("110101"))).isGreaterThan(0.3);
    }

    @Test
    void everyOperatorZoomRenders() {
        for (int zoom = 5; zoom <= 18; zoom++) {
            BufferedImage tile = renderer.render(WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), zoom));

            assertThat(share(tile, MapStyle.WATER)).as("zoom %d", zoom).isLessThan(0.5);
        }
    }

    /** Tiles around Tiananmen pasted together, as the map shows them: names must continue across tile edges. */
    private static BufferedImage mosaic(int zoom, int columns, int rows, String file) throws IOException {
        TileKey centre = WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), zoom);
        BufferedImage mosaic = new BufferedImage(256 * columns, 256 * rows, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = mosaic.createGraphics();
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < rows; row++) {
                TileKey key = new TileKey(zoom, centre.x() - columns / 2 + column, centre.y() - rows / 2 + row);
                g.drawImage(renderer.render(key), 256 * column, 256 * row, null);
            }
        }
        g.dispose();
        write(mosaic, file);
        return mosaic;
    }

    /** The most frequent colour in a small square around a position, so a label or border there cannot fool it. */
    private static int mostCommonNear(BufferedImage tile, TileKey key, LatLng position, int halfSide) {
        double scale = WebMercator.worldSize(key.zoom());
        int px = (int) Math.floor(WebMercator.x(position.lng()) * scale - key.x() * 256);
        int py = (int) Math.floor(WebMercator.y(position.lat()) * scale - key.y() * 256);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int x = Math.max(0, px - halfSide); x <= Math.min(255, px + halfSide); x++) {
            for (int y = Math.max(0, py - halfSide); y <= Math.min(255, py + halfSide); y++) {
                counts.merge(tile.getRGB(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static double share(BufferedImage image, Color colour) {
        int matching = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                matching += image.getRGB(x, y) == colour.getRGB() ? 1 : 0;
            }
        }
        return (double) matching / (image.getWidth() * image.getHeight());
    }

    private static void write(BufferedImage image, String file) throws IOException {
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        ImageIO.write(image, "png", directory.resolve(file).toFile());
    }
}

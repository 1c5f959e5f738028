package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The map as an operator sees it, headless (Monocle), on a 1366 × 768 screen; screenshots in target/screenshots/. */
class CaseMapViewUiTest {
    private static final LatLng TIANANMEN = new LatLng(39.9087, 116.3975);
    /** Far from every sample case, so neither markers nor heat cover it. */
    private static final LatLng FANGSHAN_COUNTRYSIDE = new LatLng(39.62, 115.75);
    private static final LatLng WANGJING = new LatLng(39.996, 116.47);
    private static final List<MapCase> SAMPLE = sampleCases(200);
    private static final MapCase LONE_CASE = new MapCase("lone", "2026112409999", 40.2160, 116.2340, CaseColour.RED);

    private final FxRobot robot = new FxRobot();
    private final List<String> chosen = new CopyOnWriteArrayList<>();
    private final List<LatLng> picked = new CopyOnWriteArrayList<>();
    private CaseMapView view;

    @BeforeEach
    void showMap() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            view = new CaseMapView();
            List<MapCase> cases = new ArrayList<>(SAMPLE);
            cases.add(LONE_CASE);
            view.setCases(cases);
            view.setHeatPoints(SAMPLE.stream().map(MapCase::position).toList());
            view.setHeatVisible(true);
            view.setOnCaseChosen(chosen::add);
            view.setOnLocationPicked(picked::add);
            // Not the scene's root: a root never takes focus, and in the client the map sits inside a screen.
            stage.setScene(new Scene(new StackPane(view), 1366, 768));
            stage.setTitle("Hotline 12345 — map");
            stage.show();
        });
        waitUntilTilesAreShown();
    }

    @AfterEach
    void closeMap() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void showsBeijingWithClusteredMarkersAndTheHeatLayer() throws Exception {
        BufferedImage screenshot = screenshot("map.png");

        assertThat(screenshot.getWidth()).isEqualTo(1366);
        assertThat(screenshot.getHeight()).isEqualTo(768);
        assertThat(fx(() -> view.zoom())).isEqualTo(CaseMapView.DEFAULT_ZOOM);
        List<Node> markers = fx(() -> view.markerNodes());
        assertThat(markers).hasSizeBetween(10, 150);
        assertThat(markers).anyMatch(node -> node.getStyleClass().contains("case-cluster"));
        int countryside = pixel(screenshot, fx(() -> view.viewport()), FANGSHAN_COUNTRYSIDE);
        assertThat(closeTo(countryside, MapStyle.districtFill("110111").getRGB())).as("房山 shows its own colour").isTrue();
    }

    @Test
    void theHeatLayerGlowsWhereCasesCrowd() throws Exception {
        fx(() -> {
            view.markersVisibleProperty().set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage screenshot = screenshot("map-heat.png");

        Viewport viewport = fx(() -> view.viewport());
        int hotspot = pixel(screenshot, viewport, WANGJING);
        assertThat(red(hotspot)).as("望京, the busiest sample spot").isGreaterThan(blue(hotspot) + 80);
        assertThat(closeTo(pixel(screenshot, viewport, FANGSHAN_COUNTRYSIDE), MapStyle.districtFill("110111").getRGB()))
                .as("no heat where there are no cases").isTrue();
    }

    @Test
    void heatAndMarkersCanBeSwitchedOff() throws Exception {
        fx(() -> {
            view.setHeatVisible(false);
            view.markersVisibleProperty().set(false);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage screenshot = screenshot("map-base-only.png");

        int hotspot = pixel(screenshot, fx(() -> view.viewport()), WANGJING);
        assertThat(closeTo(hotspot, MapStyle.districtFill("110105").getRGB())).as("朝阳 without heat").isTrue();
    }

    @Test
    void pickModeReportsTheClickedPositionAsGluonSeesIt() throws Exception {
        fx(() -> {
            view.setPickMode(true);
            return null;
        });
        Viewport viewport = fx(() -> view.viewport());
        Point2D target = new Point2D(Math.round(viewport.screenX(TIANANMEN)), Math.round(viewport.screenY(TIANANMEN)));
        robot.clickOn(fx(() -> view.localToScreen(target)));
        waitUntil(() -> !picked.isEmpty());

        LatLng location = picked.get(0);
        assertThat(Gcj02Test.metres(location, TIANANMEN)).isLessThan(150);
        MapPoint gluon = fx(() -> ((MapView) view.getChildren().get(0)).getMapPosition(target.getX(), target.getY()));
        assertThat(location.lat()).isCloseTo(gluon.getLatitude(), within(1e-6));
        assertThat(location.lng()).isCloseTo(gluon.getLongitude(), within(1e-6));
        assertThat(chosen).isEmpty();
        screenshot("map-pick.png");
    }

    @Test
    void enterInPickModePicksThePositionUnderTheCrosshair() throws Exception {
        fx(() -> {
            view.setPickMode(true);
            view.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !picked.isEmpty());

        assertThat(Gcj02Test.metres(picked.get(0), fx(() -> view.centre()))).isLessThan(1);
        assertThat(Gcj02Test.metres(picked.get(0), CaseMapView.BEIJING)).isLessThan(150);
    }

    @Test
    void clickingAMarkerChoosesItsCase() throws Exception {
        Node marker = zoomOntoLoneCase();

        robot.clickOn(marker);
        waitUntil(() -> !chosen.isEmpty());

        assertThat(chosen).containsExactly("lone");
        assertThat(picked).isEmpty();
    }

    @Test
    void enterOnAFocusedMarkerChoosesItsCase() throws Exception {
        Node marker = zoomOntoLoneCase();
        fx(() -> {
            marker.requestFocus();
            return null;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !chosen.isEmpty());
        robot.type(KeyCode.ESCAPE);

        assertThat(chosen).containsExactly("lone");
        assertThat(fx(() -> view.isFocused())).as("Esc returns from the marker to the map").isTrue();
    }

    @Test
    void clickingABubbleZoomsIntoIt() throws Exception {
        Node bubble = fx(() -> view.markerNodes().stream()
                .filter(node -> node.getStyleClass().contains("case-cluster"))
                .filter(node -> insideView(node.localToScene(0, 0))).findFirst().orElseThrow());

        robot.clickOn(bubble);
        waitUntil(() -> view.zoom() == CaseMapView.DEFAULT_ZOOM + 2);

        assertThat(chosen).isEmpty();
    }

    @Test
    void arrowKeysPanAndPlusZooms() throws Exception {
        LatLng before = fx(() -> view.centre());
        fx(() -> {
            view.requestFocus();
            return null;
        });

        robot.type(KeyCode.RIGHT);
        waitUntil(() -> view.centre().lng() > before.lng() + 0.1);
        robot.type(KeyCode.ADD);
        waitUntil(() -> view.zoom() == CaseMapView.DEFAULT_ZOOM + 1);

        assertThat(fx(() -> view.centre().lat())).isCloseTo(before.lat(), within(1e-6));
    }

    @Test
    void theServiceLoaderFindsTheOfflineRetrieverAndItCachesTiles() throws Exception {
        assertThat(ServiceLoader.load(TileRetriever.class).findFirst()).get().isInstanceOf(DistrictTileRetriever.class);
        DistrictTileRetriever retriever = new DistrictTileRetriever(Runnable::run, 4);
        TileKey key = WebMercator.tileAt(TIANANMEN.lat(), TIANANMEN.lng(), 12);

        Image tile = retriever.loadTile(key.zoom(), key.x(), key.y()).get(20, TimeUnit.SECONDS);
        CompletableFuture<Image> again = retriever.loadTile(key.zoom(), key.x(), key.y());

        assertThat(tile.getWidth()).isEqualTo(256);
        assertThat(again).isCompletedWithValue(tile);
        assertThat(retriever.failures()).isZero();
    }

    private Node zoomOntoLoneCase() throws Exception {
        fx(() -> {
            view.centreOn(LONE_CASE.position(), 16);
            return null;
        });
        waitUntil(() -> view.zoom() == 16 && view.lookup("#case-marker-lone") != null);
        waitUntilTilesAreShown();
        return fx(() -> view.lookup("#case-marker-lone"));
    }

    private boolean insideView(Point2D scenePoint) {
        return scenePoint.getX() > 20 && scenePoint.getY() > 20
                && scenePoint.getX() < 1260 && scenePoint.getY() < 748;
    }

    /** Every tile in view has its image: the base map is drawn. */
    private void waitUntilTilesAreShown() throws TimeoutException {
        waitUntil(() -> {
            List<ImageView> tiles = new ArrayList<>();
            collectTiles(view.getChildren().get(0), tiles);
            return tiles.size() >= 20 && tiles.stream().allMatch(tile -> tile.getImage() != null);
        });
    }

    private static void collectTiles(Node node, List<ImageView> tiles) {
        if (node instanceof ImageView image && !(node.getParent() instanceof HeatLayer)) {
            tiles.add(image);
        } else if (node instanceof Parent parent && node.isVisible()) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTiles(child, tiles));
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private BufferedImage screenshot(String file) throws Exception {
        WritableImage snapshot = fx(() -> view.getScene().snapshot(null));
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        int[] argb = new int[width * height];
        snapshot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        write(image, file);
        return image;
    }

    private static void write(BufferedImage image, String file) throws IOException {
        Path folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        ImageIO.write(image, "png", folder.resolve(file).toFile());
    }

    private static int pixel(BufferedImage image, Viewport viewport, LatLng position) {
        return image.getRGB((int) viewport.screenX(position), (int) viewport.screenY(position));
    }

    private static boolean closeTo(int argb, int expected) {
        return Math.abs(red(argb) - red(expected)) <= 4 && Math.abs(((argb >> 8) & 0xff) - ((expected >> 8) & 0xff)) <= 4
                && Math.abs(blue(argb) - blue(expected)) <= 4;
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }

    /** Cases gathered around busy places of the city, plus a scatter; deterministic. */
    private static List<MapCase> sampleCases(int count) {
        double[][] hotspots = {{39.996, 116.470}, {39.908, 116.460}, {39.983, 116.316}, {39.907, 116.374},
            {40.070, 116.330}, {40.068, 116.420}, {39.902, 116.656}, {39.795, 116.506}, {39.830, 116.290}};
        double[] weights = {0.22, 0.14, 0.12, 0.1, 0.1, 0.1, 0.08, 0.07, 0.07};
        CaseColour[] colours = {CaseColour.GREEN, CaseColour.GREEN, CaseColour.GREEN, CaseColour.GREEN,
            CaseColour.GREEN, CaseColour.GREEN, CaseColour.GREEN, CaseColour.YELLOW, CaseColour.YELLOW,
            CaseColour.RED, CaseColour.CLOSED, CaseColour.CLOSED, CaseColour.NONE};
        Random random = new Random(20261124);
        List<MapCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double lat;
            double lng;
            if (i % 4 == 3) {
                lat = 39.76 + random.nextDouble() * 0.34;
                lng = 116.20 + random.nextDouble() * 0.48;
            } else {
                int spot = pick(weights, random.nextDouble());
                lat = hotspots[spot][0] + random.nextGaussian() * 0.012;
                lng = hotspots[spot][1] + random.nextGaussian() * 0.016;
            }
            cases.add(new MapCase("case-" + i, String.format("2026112400%03d", i), lat, lng,
                    colours[random.nextInt(colours.length)]));
        }
        return List.copyOf(cases);
    }

    private static int pick(double[] weights, double draw) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            if (draw < sum) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

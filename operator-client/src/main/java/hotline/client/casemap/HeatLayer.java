package hotline.client.casemap;

import java.util.Collection;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Case density as a smooth heat picture ({@link HeatRaster}), redrawn for what is in view. Drawn at half the
 * view's resolution and scaled up smoothly: the kernel is soft anyway, and it quarters the work while panning.
 */
final class HeatLayer extends ViewportLayer {
    private static final int DOWNSCALE = 2;
    private static final double RADIUS_PIXELS = 36;

    private final ImageView picture = new ImageView();
    private double[] worldXs = new double[0];
    private double[] worldYs = new double[0];
    private WritableImage image;
    private Viewport drawnFor;

    HeatLayer() {
        picture.setSmooth(true);
        setMouseTransparent(true);
        getChildren().add(picture);
        visibleProperty().addListener(observable -> {
            drawnFor = null;
            markDirty();
        });
    }

    void setPoints(Collection<LatLng> points) {
        worldXs = points.stream().mapToDouble(point -> WebMercator.x(point.lng())).toArray();
        worldYs = points.stream().mapToDouble(point -> WebMercator.y(point.lat())).toArray();
        drawnFor = null;
        markDirty();
    }

    @Override
    void layoutIn(Viewport viewport) {
        if (!isVisible() || viewport.equals(drawnFor)) {
            return;
        }
        int width = (int) Math.ceil(viewport.width() / DOWNSCALE);
        int height = (int) Math.ceil(viewport.height() / DOWNSCALE);
        double[] xs = new double[worldXs.length];
        double[] ys = new double[worldYs.length];
        for (int i = 0; i < worldXs.length; i++) {
            xs[i] = viewport.screenX(worldXs[i]) / DOWNSCALE;
            ys[i] = viewport.screenY(worldYs[i]) / DOWNSCALE;
        }
        int[] argb = HeatRaster.render(xs, ys, width, height, RADIUS_PIXELS / DOWNSCALE);
        if (image == null || image.getWidth() != width || image.getHeight() != height) {
            image = new WritableImage(width, height);
            picture.setImage(image);
        }
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        picture.setFitWidth(width * DOWNSCALE);
        picture.setFitHeight(height * DOWNSCALE);
        drawnFor = viewport;
    }
}

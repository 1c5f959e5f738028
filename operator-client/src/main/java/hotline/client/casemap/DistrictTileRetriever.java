package hotline.client.casemap;

import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gluon Maps' tile source for the client: renders the offline base map of Beijing's districts locally, so the
 * map works without network and shows no third-party tile server's data (see docs/decisions/0008).
 *
 * <p>Registered in {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}; Gluon Maps creates one instance
 * per JVM through the service loader, hence the public no-argument constructor.
 *
 * <p>Threads: tiles render on one low-priority background thread (a tile takes about 10 ms; a first screen of
 * 40 tiles is ready in well under a second, and the FX thread keeps a core to itself). Futures complete on the
 * FX thread, because Gluon applies the image in whichever thread completes the future.
 */
public final class DistrictTileRetriever implements TileRetriever {
    private static final Logger LOG = LoggerFactory.getLogger(DistrictTileRetriever.class);
    /** About four screens of 1920 × 1080; each tile holds 256 KiB. */
    private static final int CACHED_TILES = 160;

    private final Executor completion;
    private final ExecutorService renderThread;
    private final TileCache<TileKey, Image> cache;
    private final Map<TileKey, CompletableFuture<Image>> inFlight = new ConcurrentHashMap<>();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final AtomicInteger failures = new AtomicInteger();
    /** Touched only on the render thread. */
    private TileRenderer renderer;
    private RuntimeException loadFailure;

    public DistrictTileRetriever() {
        this(Platform::runLater, CACHED_TILES);
    }

    DistrictTileRetriever(Executor completion, int cachedTiles) {
        this.completion = completion;
        this.cache = new TileCache<>(cachedTiles);
        this.renderThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "casemap-tiles");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            return thread;
        });
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        TileKey key = new TileKey(zoom, x, y);
        Image cached = cache.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return inFlight.computeIfAbsent(key, k -> {
            CompletableFuture<Image> result = new CompletableFuture<>();
            renderThread.execute(() -> render(k, result));
            return result;
        });
    }

    /** Tiles rendered so far that failed; each failure was answered with a plain tile. */
    int failures() {
        return failures.get();
    }

    private void render(TileKey key, CompletableFuture<Image> result) {
        Image image;
        try {
            image = toFxImage(renderer().render(key));
        } catch (RuntimeException e) {
            // One log line, not one per tile (a broken base map fails every tile); the user still gets a map
            // surface to drop pins on, and Gluon would log every exceptional future on its own.
            failures.incrementAndGet();
            if (failureLogged.compareAndSet(false, true)) {
                LOG.error("Cannot draw the offline base map; showing blank tiles (tile {})", key, e);
            }
            image = blankTile();
        }
        cache.put(key, image);
        inFlight.remove(key, result);
        Image finished = image;
        completion.execute(() -> result.complete(finished));
    }

    /** Reads the GeoJSON at the first tile, on the render thread and never on the FX thread, and only once. */
    private TileRenderer renderer() {
        if (loadFailure != null) {
            throw loadFailure;
        }
        if (renderer == null) {
            try {
                renderer = new TileRenderer(BaseMapData.loadBundled(), MapStyle.withInstalledFonts());
            } catch (RuntimeException e) {
                loadFailure = e;
                throw e;
            }
        }
        return renderer;
    }

    private static Image toFxImage(BufferedImage rendered) {
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        int[] argb = rendered.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return image;
    }

    private static Image blankTile() {
        int size = WebMercator.TILE_SIZE;
        int[] argb = new int[size * size];
        Arrays.fill(argb, MapStyle.WATER.getRGB());
        WritableImage image = new WritableImage(size, size);
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return image;
    }
}

package hotline.client.casemap;

import com.gluonhq.maps.MapLayer;
import javafx.scene.Parent;
import javafx.scene.layout.Region;

/**
 * A Gluon map layer that hands its subclass a plain {@link Viewport}, so everything about where things go is
 * computed in plain classes; this is the one place that reads Gluon's base map.
 */
abstract class ViewportLayer extends MapLayer {

    @Override
    protected void initialize() {
        // Gluon re-lays layers when the centre moves; a zoom around the centre or a pan may not move it.
        baseMap.zoom().addListener(observable -> markDirty());
        baseMap.translateXProperty().addListener(observable -> markDirty());
        baseMap.translateYProperty().addListener(observable -> markDirty());
        markDirty();
    }

    /** What the map shows now, or null before the layer is on a map with a size. */
    final Viewport viewport() {
        Parent parent = getParent();
        if (baseMap == null || !(parent instanceof Region view) || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return null;
        }
        return new Viewport(baseMap.zoom().get(), baseMap.getTranslateX(), baseMap.getTranslateY(),
                view.getWidth(), view.getHeight());
    }

    @Override
    protected final void layoutLayer() {
        Viewport viewport = viewport();
        if (viewport != null) {
            layoutIn(viewport);
        }
    }

    abstract void layoutIn(Viewport viewport);
}

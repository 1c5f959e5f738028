package hotline.client.casemap;

import javafx.scene.Group;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.SVGPath;

/**
 * The crosshair of pick mode (at the view's centre: the arrow keys move the map under it and Enter picks it)
 * and the pin on the last picked location.
 */
final class PickLayer extends ViewportLayer {
    private static final Color INK = Color.web("#111827");
    private static final double ARM = 20;
    /** A teardrop whose tip, at (0, 0), marks the position. */
    private static final String PIN_SHAPE = "M 0 0 C -3 -8 -10 -13 -10 -21 A 10 10 0 1 1 10 -21 C 10 -13 3 -8 0 0 Z";

    private final Group crosshair = new Group(
            halo(new Line(-ARM, 0, ARM, 0)), halo(new Line(0, -ARM, 0, ARM)),
            ink(new Line(-ARM, 0, -4, 0)), ink(new Line(4, 0, ARM, 0)),
            ink(new Line(0, -ARM, 0, -4)), ink(new Line(0, 4, 0, ARM)));
    private final Group pin = pin();
    private LatLng picked;

    PickLayer() {
        setMouseTransparent(true);
        crosshair.setVisible(false);
        pin.setVisible(false);
        pin.setId("picked-location");
        getChildren().addAll(pin, crosshair);
    }

    void setCrosshairVisible(boolean visible) {
        crosshair.setVisible(visible);
        markDirty();
    }

    void setPicked(LatLng location) {
        picked = location;
        pin.setVisible(location != null);
        markDirty();
    }

    @Override
    void layoutIn(Viewport viewport) {
        crosshair.setLayoutX(Math.round(viewport.width() / 2) + 0.5);
        crosshair.setLayoutY(Math.round(viewport.height() / 2) + 0.5);
        if (picked != null) {
            pin.setLayoutX(viewport.screenX(picked));
            pin.setLayoutY(viewport.screenY(picked));
        }
    }

    private static Line halo(Line line) {
        line.setStroke(Color.web("#ffffff", 0.85));
        line.setStrokeWidth(4);
        return line;
    }

    private static Line ink(Line line) {
        line.setStroke(INK);
        line.setStrokeWidth(1.5);
        return line;
    }

    private static Group pin() {
        SVGPath drop = new SVGPath();
        drop.setContent(PIN_SHAPE);
        drop.setFill(Color.web("#c5221f"));
        drop.setStroke(Color.WHITE);
        drop.setStrokeWidth(1.5);
        Circle eye = new Circle(0, -21, 4, Color.WHITE);
        Circle shadow = new Circle(0, 0, 3, Color.web("#000000", 0.3));
        return new Group(shadow, drop, eye);
    }
}

package hotline.client.casemap;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

/**
 * The client's map of Beijing: an offline base map of the districts, case markers that cluster when zoomed out,
 * an optional heat layer, and a pick mode that reports the clicked position. The only class other packages use;
 * Gluon Maps stays behind it so another map can replace it.
 *
 * <p>Keyboard (when the map has focus): arrow keys pan, + and − zoom, Tab walks the markers in reading order
 * (arrow keys then move between markers, Esc goes back to the map), Enter on a marker chooses its case, Enter
 * on a bubble zooms into it, and in pick mode Enter picks the position under the crosshair in the middle.
 *
 * <p>FX thread only.
 */
public final class CaseMapView extends StackPane {
    public static final LatLng BEIJING = new LatLng(39.9, 116.4);
    public static final double DEFAULT_ZOOM = 10;
    static final double MIN_ZOOM = 7;
    static final double MAX_ZOOM = 17;
    /** Share of the view one arrow key press pans. */
    private static final double PAN_STEP = 1.0 / 6;
    /** Gluon ignores a centre or zoom equal to the last one it was given, even if the user has moved since. */
    private static final double NUDGE = 1e-7;

    private final MapView map = new MapView();
    private final HeatLayer heat = new HeatLayer();
    private final CaseMarkerLayer markers = new CaseMarkerLayer(this::zoomInto);
    private final PickLayer pick = new PickLayer();
    private final BooleanProperty heatVisible = new SimpleBooleanProperty(this, "heatVisible", false);
    private final BooleanProperty markersVisible = new SimpleBooleanProperty(this, "markersVisible", true);
    private final BooleanProperty pickMode = new SimpleBooleanProperty(this, "pickMode", false);
    private Consumer<LatLng> onLocationPicked = location -> { };

    public CaseMapView() {
        getStyleClass().add("case-map");
        setFocusTraversable(true);
        setPrefSize(800, 600);
        setMinSize(160, 120);
        map.setMinSize(0, 0);
        map.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        map.addLayer(heat);
        map.addLayer(markers);
        map.addLayer(pick);
        getChildren().add(map);
        heat.visibleProperty().bind(heatVisible);
        markers.visibleProperty().bind(markersVisible);
        pickMode.addListener((observable, was, picking) -> {
            pick.setCrosshairVisible(picking);
            markers.setChoosable(!picking);
            map.setCursor(picking ? Cursor.CROSSHAIR : null);
            if (picking && markerHasFocus()) {
                requestFocus();
            }
        });
        map.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> {
            if (!markers.contains(event.getTarget())) {
                requestFocus();
            }
        });
        map.addEventHandler(MouseEvent.MOUSE_CLICKED, this::mapClicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        moveTo(BEIJING, DEFAULT_ZOOM);
    }

    /** Replaces the cases shown as markers. */
    public void setCases(Collection<MapCase> cases) {
        markers.setCases(List.copyOf(cases));
    }

    /** Replaces the points the heat layer shows (it shows them only while {@link #heatVisibleProperty()} is on). */
    public void setHeatPoints(Collection<LatLng> points) {
        heat.setPoints(List.copyOf(points));
    }

    /** Called with a case's id when the operator clicks its marker or presses Enter on it. */
    public void setOnCaseChosen(Consumer<String> onCaseChosen) {
        markers.setOnCaseChosen(onCaseChosen);
    }

    /** Called with the WGS84 position the operator picks in pick mode (click, or Enter at the crosshair). */
    public void setOnLocationPicked(Consumer<LatLng> onLocationPicked) {
        this.onLocationPicked = Objects.requireNonNull(onLocationPicked);
    }

    /** Shows the pin at a location (for example one resolved from an address), or hides it with null. */
    public void setPickedLocation(LatLng location) {
        pick.setPicked(location);
    }

    public BooleanProperty heatVisibleProperty() {
        return heatVisible;
    }

    public void setHeatVisible(boolean visible) {
        heatVisible.set(visible);
    }

    public BooleanProperty markersVisibleProperty() {
        return markersVisible;
    }

    /** While on, a click (or Enter) picks a location instead of choosing markers, and a crosshair shows. */
    public BooleanProperty pickModeProperty() {
        return pickMode;
    }

    public void setPickMode(boolean picking) {
        pickMode.set(picking);
    }

    public boolean isPickMode() {
        return pickMode.get();
    }

    /** Moves the map so that the point is in the middle, at a zoom from 7 (all of Beijing) to 17 (streets). */
    public void centreOn(LatLng point, double zoom) {
        moveTo(point, clampZoom(zoom));
    }

    /** The position in the middle of the view. */
    public LatLng centre() {
        Viewport viewport = pick.viewport();
        if (viewport == null) {
            MapPoint requested = map.getCenter();
            return new LatLng(requested.getLatitude(), requested.getLongitude());
        }
        return viewport.centre();
    }

    public double zoom() {
        Viewport viewport = pick.viewport();
        return viewport == null ? map.getZoom() : viewport.zoom();
    }

    /** Marker and bubble nodes in keyboard order; for tests in this package. */
    List<Node> markerNodes() {
        return markers.markerNodes();
    }

    /** What the map shows now, or null before it has a size; for tests in this package. */
    Viewport viewport() {
        return pick.viewport();
    }

    private void mapClicked(MouseEvent event) {
        Viewport viewport = pick.viewport();
        if (pickMode.get() && viewport != null && event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
            // The handler sits on the Gluon view, so the event's x and y are view pixels, as the viewport's are.
            picked(viewport.toLatLng(event.getX(), event.getY()));
        }
    }

    /** The keys of {@code KeyBinding}'s MAP scope (listed in the cheat sheet), with the keypad's + and - as well. */
    private void keyPressed(KeyEvent event) {
        Viewport viewport = pick.viewport();
        if (viewport == null) {
            return;
        }
        boolean onMap = event.getTarget() == this;
        KeyCode code = event.getCode();
        if (onMap && code.isArrowKey()) {
            double dx = (code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0) * viewport.width() * PAN_STEP;
            double dy = (code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0) * viewport.height() * PAN_STEP;
            moveTo(viewport.toLatLng(viewport.width() / 2 + dx, viewport.height() / 2 + dy), viewport.zoom());
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            moveTo(viewport.centre(), clampZoom(Math.floor(viewport.zoom() + 0.5) + 1));
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            moveTo(viewport.centre(), clampZoom(Math.floor(viewport.zoom() + 0.5) - 1));
        } else if (onMap && code == KeyCode.ENTER && pickMode.get()) {
            picked(viewport.centre());
        } else if (!onMap && code == KeyCode.ESCAPE && markerHasFocus()) {
            requestFocus();
        } else {
            return;
        }
        event.consume();
    }

    private boolean markerHasFocus() {
        return markers.markerNodes().stream().anyMatch(Node::isFocused);
    }

    private void picked(LatLng location) {
        pick.setPicked(location);
        onLocationPicked.accept(location);
    }

    private void zoomInto(MarkerClustering.Cluster cluster) {
        moveTo(cluster.position(), clampZoom(Math.floor(zoom()) + 2));
    }

    private void moveTo(LatLng centre, double zoom) {
        // Zoom first: Gluon re-centres on its last requested centre while zooming, and the centre follows.
        map.setZoom(zoom + NUDGE);
        map.setZoom(zoom);
        map.setCenter(centre.lat() + NUDGE, centre.lng() + NUDGE);
        map.setCenter(centre.lat(), centre.lng());
    }

    private static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }
}

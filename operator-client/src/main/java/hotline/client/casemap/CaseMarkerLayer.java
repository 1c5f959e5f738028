package hotline.client.casemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.EventTarget;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * Case markers, and count bubbles where they would overlap ({@link MarkerClustering}). Markers and bubbles take
 * keyboard focus in reading order; Enter or a click on a marker chooses its case, on a bubble zooms into it.
 */
final class CaseMarkerLayer extends ViewportLayer {
    private static final double MARKER_RADIUS = 7;
    private static final Color OUTLINE = Color.WHITE;
    private static final Color FOCUS_OUTLINE = Color.web("#111827");
    private static final Color BUBBLE_FILL = Color.web("#ffffff", 0.94);
    private static final Color BUBBLE_TEXT = Color.web("#1f2937");
    private static final double RING_WIDTH = 4.5;

    private final Consumer<MarkerClustering.Cluster> onClusterChosen;
    private Consumer<String> onCaseChosen = id -> { };
    private List<MapCase> cases = List.of();
    private List<MarkerClustering.Cluster> clusters = List.of();
    private double clusteredAtZoom = Double.NaN;
    /** Nodes exist only for clusters in this area (world units): the view plus one view on every side. */
    private double[] builtArea;
    private List<Placed> placed = List.of();
    private boolean choosable = true;

    private record Placed(MarkerClustering.Cluster cluster, Node node) {
    }

    CaseMarkerLayer(Consumer<MarkerClustering.Cluster> onClusterChosen) {
        this.onClusterChosen = onClusterChosen;
    }

    void setCases(List<MapCase> cases) {
        this.cases = List.copyOf(cases);
        clusteredAtZoom = Double.NaN;
        markDirty();
    }

    /** The clusters at the current zoom, in keyboard order; for tests. */
    List<MarkerClustering.Cluster> clusters() {
        return clusters;
    }

    /**
     * Whether markers answer clicks and take keyboard focus; off in pick mode, where a click means a position
     * and the markers fade so the operator sees the difference.
     */
    void setChoosable(boolean choosable) {
        this.choosable = choosable;
        setMouseTransparent(!choosable);
        setOpacity(choosable ? 1 : 0.45);
        placed.forEach(marker -> marker.node().setFocusTraversable(choosable));
    }

    void setOnCaseChosen(Consumer<String> onCaseChosen) {
        this.onCaseChosen = Objects.requireNonNull(onCaseChosen);
    }

    /** Whether an event target is one of the markers or bubbles (or a part of one). */
    boolean contains(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node == this) {
                return true;
            }
        }
        return false;
    }

    /** The marker and bubble nodes in keyboard order; for tests. */
    List<Node> markerNodes() {
        return placed.stream().map(Placed::node).toList();
    }

    @Override
    void layoutIn(Viewport viewport) {
        if (viewport.zoom() != clusteredAtZoom) {
            clusters = MarkerClustering.cluster(cases, viewport.zoom());
            clusteredAtZoom = viewport.zoom();
            builtArea = null;
        }
        if (builtArea == null || !viewport.withinWorldArea(builtArea)) {
            rebuild(viewport);
        }
        for (Placed marker : placed) {
            marker.node().setLayoutX(viewport.screenX(marker.cluster().worldX()));
            marker.node().setLayoutY(viewport.screenY(marker.cluster().worldY()));
        }
    }

    /** Nodes for the clusters near the view only: a day of the whole city's cases would be tens of thousands. */
    private void rebuild(Viewport viewport) {
        String focusedCase = placed.stream().filter(marker -> marker.node().isFocused())
                .map(marker -> marker.cluster().cases().get(0).id()).findFirst().orElse(null);
        builtArea = viewport.worldArea(1.0);
        List<Placed> next = new ArrayList<>();
        for (MarkerClustering.Cluster cluster : clusters) {
            if (cluster.worldX() >= builtArea[0] && cluster.worldX() <= builtArea[2]
                    && cluster.worldY() >= builtArea[1] && cluster.worldY() <= builtArea[3]) {
                next.add(new Placed(cluster, cluster.single() ? caseMarker(cluster) : bubble(cluster)));
            }
        }
        placed = List.copyOf(next);
        placed.forEach(marker -> marker.node().setFocusTraversable(choosable));
        getChildren().setAll(markerNodes());
        if (focusedCase != null) {
            // A zoom regroups the markers; keep the keyboard on the case the operator was on.
            placed.stream().filter(marker -> marker.cluster().cases().stream().anyMatch(c -> c.id().equals(focusedCase)))
                    .findFirst().ifPresent(marker -> marker.node().requestFocus());
        }
    }

    private Node caseMarker(MarkerClustering.Cluster cluster) {
        MapCase mapCase = cluster.cases().get(0);
        Circle dot = new Circle(MARKER_RADIUS, Color.web(mapCase.colour().hex()));
        Group marker = interactive(new Group(dot), dot, () -> onCaseChosen.accept(mapCase.id()));
        marker.getStyleClass().add("case-marker");
        marker.setId("case-marker-" + mapCase.id());
        marker.setAccessibleText(mapCase.caseNumber());
        Tooltip.install(marker, new Tooltip(mapCase.caseNumber()));
        return marker;
    }

    /** A count on a white disc, ringed by its members' colours in proportion, most urgent from twelve o'clock. */
    private Node bubble(MarkerClustering.Cluster cluster) {
        double radius = 12 + 4 * Math.log10(cluster.size());
        Circle disc = new Circle(radius, BUBBLE_FILL);
        Group bubble = new Group(disc);
        double start = 90;
        for (Map.Entry<CaseColour, Integer> share : cluster.countsByColour().entrySet()) {
            double extent = -360.0 * share.getValue() / cluster.size();
            Arc arc = new Arc(0, 0, radius - RING_WIDTH / 2, radius - RING_WIDTH / 2, start, extent);
            arc.setType(ArcType.OPEN);
            arc.setFill(null);
            arc.setStroke(Color.web(share.getKey().hex()));
            arc.setStrokeWidth(RING_WIDTH);
            arc.setStrokeLineCap(StrokeLineCap.BUTT);
            arc.setMouseTransparent(true);
            bubble.getChildren().add(arc);
            start += extent;
        }
        Text count = new Text(String.valueOf(cluster.size()));
        count.setFont(Font.font(null, FontWeight.BOLD, radius < 14 ? 11 : 12));
        count.setFill(BUBBLE_TEXT);
        count.setBoundsType(TextBoundsType.VISUAL);
        count.setMouseTransparent(true);
        count.setLayoutX(-count.getLayoutBounds().getWidth() / 2 - count.getLayoutBounds().getMinX());
        count.setLayoutY(-count.getLayoutBounds().getHeight() / 2 - count.getLayoutBounds().getMinY());
        bubble.getChildren().add(count);
        interactive(bubble, disc, () -> onClusterChosen.accept(cluster));
        bubble.getStyleClass().add("case-cluster");
        bubble.setAccessibleText(String.valueOf(cluster.size()));
        return bubble;
    }

    private static Group interactive(Group node, Circle shape, Runnable choose) {
        shape.setStroke(OUTLINE);
        shape.setStrokeWidth(1.5);
        node.setAccessibleRole(AccessibleRole.BUTTON);
        node.setCursor(Cursor.HAND);
        node.focusedProperty().addListener((observable, was, focused) -> {
            shape.setStroke(focused ? FOCUS_OUTLINE : OUTLINE);
            shape.setStrokeWidth(focused ? 3 : 1.5);
        });
        node.setOnMousePressed(event -> node.requestFocus());
        node.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress()) {
                choose.run();
            }
            event.consume();
        });
        node.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                choose.run();
                event.consume();
            }
        });
        return node;
    }
}

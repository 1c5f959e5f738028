package hotline.client.shell;

import hotline.client.casemap.CaseMapView;
import hotline.client.casemap.LatLng;
import hotline.client.common.Messages;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Picking the place of a new case on the map, over the intake screen: click, or Enter at the crosshair; Esc closes. */
final class MapPickOverlay {
    private final StackPane layer = new StackPane();
    private final CaseMapView map = new CaseMapView();
    private Consumer<LatLng> picked = point -> { };

    MapPickOverlay(Messages messages) {
        map.setPickMode(true);
        map.setOnLocationPicked(point -> {
            map.setPickedLocation(point);
            hide();
            picked.accept(point);
        });
        Label hint = new Label(messages.get("map.pick.hint"));
        hint.getStyleClass().add("section-title");
        VBox box = new VBox(8, hint, map);
        box.setPadding(new Insets(10));
        box.setMaxSize(1000, 640);
        box.getStyleClass().add("search-popup");
        layer.getChildren().add(box);
        StackPane.setAlignment(box, Pos.CENTER);
        layer.getStyleClass().add("popup-backdrop");
        layer.setId("map-pick");
        layer.setVisible(false);
        layer.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                hide();
            }
        });
    }

    Node node() {
        return layer;
    }

    boolean isShowing() {
        return layer.isVisible();
    }

    void show(Consumer<LatLng> onPicked) {
        this.picked = onPicked;
        layer.setVisible(true);
        map.requestFocus();
    }

    void hide() {
        layer.setVisible(false);
    }
}

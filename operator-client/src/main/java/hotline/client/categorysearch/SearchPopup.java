package hotline.client.categorysearch;

import hotline.client.keyboard.KeyBinding;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The search popup over categories or sub-districts: type to filter, ↓/↑ to move, Enter to accept, Esc to close.
 * It is a layer inside the main window rather than a window of its own, so it opens instantly and keyboard focus
 * never depends on the window manager. Focus stays in the text field, so typing never stops; the list follows
 * the view-model's highlighted row. The window's key filter routes POPUP shortcuts to {@link #handle}.
 *
 * @param <T> what is searched
 */
public final class SearchPopup<T> {
    private final StackPane layer = new StackPane();
    private final SearchListViewModel<T> model;
    private final TextField field = new TextField();
    private final ListView<T> list = new ListView<>();
    private Consumer<T> onAccept = item -> { };
    private Node focusBefore;

    /** {@code id} names the popup's nodes for tests and stylesheets: {@code <id>-field}, {@code <id>-results}. */
    public SearchPopup(String id, String title, String prompt, SearchListViewModel<T> model, Function<T, String> primary,
                       Function<T, String> secondary) {
        this.model = model;
        field.setPromptText(prompt);
        field.setId(id + "-field");
        field.textProperty().bindBidirectional(model.query());
        list.setId(id + "-results");
        layer.setId(id);
        list.setItems(model.results());
        list.setFocusTraversable(false);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label main = new Label(primary.apply(item));
                main.getStyleClass().add("search-primary");
                Label path = new Label(secondary.apply(item));
                path.getStyleClass().add("search-secondary");
                setGraphic(new VBox(1, main, path));
            }
        });
        model.selected().addListener((obs, old, index) -> {
            if (index.intValue() >= 0) {
                list.getSelectionModel().select(index.intValue());
                list.scrollTo(Math.max(0, index.intValue() - 3));
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.selected().set(list.getSelectionModel().getSelectedIndex());
                accept();
            }
        });
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        VBox box = new VBox(8, heading, field, list);
        box.setPadding(new Insets(12));
        box.setMaxSize(640, 480);
        box.getStyleClass().add("search-popup");
        layer.getChildren().add(box);
        StackPane.setAlignment(box, Pos.TOP_CENTER);
        StackPane.setMargin(box, new Insets(70, 0, 0, 0));
        layer.getStyleClass().add("popup-backdrop");
        layer.setVisible(false);
        layer.setOnMouseClicked(event -> {
            if (event.getTarget() == layer) {
                hide();
            }
        });
    }

    /** The layer to stack over the window's content. */
    public Node node() {
        return layer;
    }

    public boolean isShowing() {
        return layer.isVisible();
    }

    /** Opens with an empty query (showing the recent choices) and calls {@code accept} with the chosen item. */
    public void show(Consumer<T> accept) {
        this.onAccept = accept;
        this.focusBefore = layer.getScene() == null ? null : layer.getScene().getFocusOwner();
        model.query().set("");
        model.refresh();
        layer.setVisible(true);
        field.requestFocus();
    }

    public void hide() {
        layer.setVisible(false);
        if (focusBefore != null) {
            focusBefore.requestFocus();
        }
    }

    /** A POPUP shortcut while the popup is open. */
    public void handle(KeyBinding binding) {
        switch (binding) {
            case POPUP_DOWN -> model.down();
            case POPUP_UP -> model.up();
            case POPUP_ACCEPT -> accept();
            case POPUP_CLOSE -> hide();
            default -> { }
        }
    }

    private void accept() {
        T chosen = model.current();
        if (chosen != null) {
            hide();
            onAccept.accept(chosen);
        }
    }
}

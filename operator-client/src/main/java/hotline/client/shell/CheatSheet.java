package hotline.client.shell;

import hotline.client.common.Messages;
import hotline.client.keyboard.KeyBinding;
import hotline.client.keyboard.KeyBindingRepository;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Every shortcut with its keys, listed from {@link KeyBinding}; Esc or F1 closes it. */
final class CheatSheet {
    private CheatSheet() {
    }

    static Stage show(Window owner, KeyBindingRepository keys, Messages messages) {
        TableView<KeyBinding> table = new TableView<>(FXCollections.observableArrayList(KeyBinding.values()));
        table.setId("cheat-sheet");
        TableColumn<KeyBinding, String> key = new TableColumn<>(messages.get("cheat.keys"));
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(keys.display(c.getValue())));
        key.setPrefWidth(160);
        TableColumn<KeyBinding, String> what = new TableColumn<>(messages.get("cheat.action"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get(c.getValue().messageKey())));
        what.setPrefWidth(420);
        TableColumn<KeyBinding, String> where = new TableColumn<>(messages.get("cheat.scope"));
        where.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.get("scope." + c.getValue().scope().name())));
        where.setPrefWidth(160);
        table.getColumns().add(key);
        table.getColumns().add(what);
        table.getColumns().add(where);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.get("cheat.title"));
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(new VBox(table), 760, 720);
        scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                stage.hide();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}

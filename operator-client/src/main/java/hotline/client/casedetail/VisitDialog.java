package hotline.client.casedetail;

import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.model.CaseActionRequest;
import hotline.model.ExclusionReason;
import hotline.model.Satisfaction;
import hotline.model.VisitResolved;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.GridPane;

/** The return-visit form in one dialog: reached?, resolved, satisfaction, or a reason the visit is not counted. */
final class VisitDialog {
    private final Messages messages;
    private final Formats formats;

    VisitDialog(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    Optional<CaseActionRequest> ask() {
        VisitForm form = new VisitForm();
        CheckBox contacted = new CheckBox(messages.get("visit.contacted"));
        contacted.setId("visit-contacted");
        contacted.selectedProperty().bindBidirectional(form.contacted());
        ComboBox<VisitResolved> resolved = choice("visit-resolved", VisitResolved.values(), false);
        resolved.valueProperty().bindBidirectional(form.resolved());
        ComboBox<Satisfaction> satisfaction = choice("visit-satisfaction", Satisfaction.values(), false);
        satisfaction.valueProperty().bindBidirectional(form.satisfaction());
        resolved.disableProperty().bind(form.verdictAsked().not());
        satisfaction.disableProperty().bind(form.verdictAsked().not());
        ComboBox<ExclusionReason> excluded = choice("visit-excluded", ExclusionReason.values(), true);
        excluded.valueProperty().bindBidirectional(form.excluded());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.add(contacted, 0, 0, 2, 1);
        grid.addRow(1, new Label(messages.get("visit.resolved")), resolved);
        grid.addRow(2, new Label(messages.get("visit.satisfaction")), satisfaction);
        grid.addRow(3, new Label(messages.get("visit.excluded")), excluded);

        Dialog<CaseActionRequest> dialog = new Dialog<>();
        dialog.setTitle(messages.get("action.visit"));
        dialog.setHeaderText(messages.get("visit.header"));
        dialog.getDialogPane().setId("visit-dialog");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.complete().not());
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.request() : null);
        dialog.setOnShown(e -> resolved.requestFocus());
        return dialog.showAndWait();
    }

    private <E extends Enum<E>> ComboBox<E> choice(String id, E[] values, boolean optional) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        if (optional) {
            box.getItems().add(0, null);
        }
        box.setId(id);
        box.setButtonCell(labelCell());
        box.setCellFactory(list -> labelCell());
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private <E extends Enum<E>> ListCell<E> labelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get("visit.excluded.none") : formats.label(item));
            }
        };
    }
}

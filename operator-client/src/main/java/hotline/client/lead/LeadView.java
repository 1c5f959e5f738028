package hotline.client.lead;

import hotline.client.common.Messages;
import hotline.model.DeadLetterDto;
import hotline.model.WorkloadDto;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The shift lead's screen: workload per unit and per operator. Enter (or a double click) on a unit or an operator
 * opens that unit's queue or the open cases that operator took, where the lead can select all and reassign them.
 */
public final class LeadView {
    private final VBox root;
    private final TableView<WorkloadDto.UnitLoad> units = new TableView<>();

    public LeadView(WorkloadViewModel model, Messages messages, Consumer<String> openUnitQueue,
                    Consumer<String> openOperatorQueue) {
        units.setId("workload-units");
        units.setItems(model.units());
        units.getColumns().add(column(messages.get("lead.unit"), 260, WorkloadDto.UnitLoad::unitName));
        units.getColumns().add(column(messages.get("lead.open"), 80, WorkloadDto.UnitLoad::open));
        units.getColumns().add(column(messages.get("lead.yellow"), 80, WorkloadDto.UnitLoad::yellow));
        units.getColumns().add(column(messages.get("lead.red"), 80, WorkloadDto.UnitLoad::red));
        units.getColumns().add(column(messages.get("lead.returnRate"), 120, load -> load.dispatchedThisMonth() == 0 ? ""
                : String.format(java.util.Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * load.returnedThisMonth()
                / load.dispatchedThisMonth(), load.returnedThisMonth(), load.dispatchedThisMonth())));
        units.setPlaceholder(new Label(messages.get("lead.none")));
        onEnterOrDoubleClick(units, unit -> openUnitQueue.accept(unit.unitCode()));
        TableView<WorkloadDto.OperatorLoad> operators = new TableView<>(model.operators());
        operators.setId("workload-operators");
        operators.getColumns().add(column(messages.get("lead.operator"), 160, WorkloadDto.OperatorLoad::username));
        operators.getColumns().add(column(messages.get("lead.open"), 80, WorkloadDto.OperatorLoad::open));
        operators.setPlaceholder(new Label(messages.get("lead.none")));
        onEnterOrDoubleClick(operators, operator -> openOperatorQueue.accept(operator.username()));
        TableView<DeadLetterDto> dead = new TableView<>(model.deadLetters());
        dead.setId("dead-letters");
        dead.getColumns().add(column(messages.get("lead.dead.case"), 130, DeadLetterDto::caseNumber));
        dead.getColumns().add(column(messages.get("lead.unit"), 200, DeadLetterDto::unitName));
        dead.getColumns().add(column(messages.get("lead.dead.event"), 110,
                letter -> messages.has("forward." + letter.eventType()) ? messages.get("forward." + letter.eventType())
                        : messages.has("event." + letter.eventType()) ? messages.get("event." + letter.eventType()) : letter.eventType()));
        dead.getColumns().add(column(messages.get("lead.dead.attempts"), 70, DeadLetterDto::attempts));
        dead.getColumns().add(column(messages.get("lead.dead.error"), 220, DeadLetterDto::lastError));
        dead.setPlaceholder(new Label(messages.get("lead.dead.none")));
        dead.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        Button resend = new Button(messages.get("lead.dead.resend"));
        resend.setId("dead-letter-resend");
        resend.disableProperty().bind(dead.getSelectionModel().selectedItemProperty().isNull());
        resend.setOnAction(e -> model.resend(dead.getSelectionModel().getSelectedItem()));
        onEnterOrDoubleClick(dead, model::resend);
        Button refresh = new Button(messages.get("queue.reload"));
        refresh.setFocusTraversable(false);
        refresh.setOnAction(e -> model.refresh());
        Label hint = new Label(messages.get("lead.hint"));
        hint.getStyleClass().add("hint");
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.error());
        VBox unitBox = new VBox(4, new Label(messages.get("lead.units")), units);
        VBox operatorBox = new VBox(4, new Label(messages.get("lead.operators")), operators);
        VBox.setVgrow(units, Priority.ALWAYS);
        VBox.setVgrow(operators, Priority.ALWAYS);
        HBox.setHgrow(unitBox, Priority.ALWAYS);
        HBox tables = new HBox(12, unitBox, operatorBox);
        VBox.setVgrow(tables, Priority.ALWAYS);
        Label deadTitle = new Label();
        deadTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("lead.dead.title", model.deadLetters().size()), model.deadLetters()));
        VBox deadBox = new VBox(4, new HBox(12, deadTitle, resend), dead);
        dead.setPrefHeight(180);
        root = new VBox(8, new HBox(12, refresh, hint, error), tables, deadBox);
        root.setPadding(new Insets(8));
        root.setId("lead-view");
    }

    public Node node() {
        return root;
    }

    public void focus() {
        units.requestFocus();
        if (units.getSelectionModel().isEmpty() && !units.getItems().isEmpty()) {
            units.getSelectionModel().select(0);
        }
    }

    private static <S> void onEnterOrDoubleClick(TableView<S> table, Consumer<S> open) {
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

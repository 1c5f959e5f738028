package hotline.client.queue;

import hotline.client.categorysearch.ClientCatalog;
import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.client.common.Units;
import hotline.model.CaseStatus;
import hotline.model.CaseSummaryDto;
import hotline.model.CategoryDto;
import hotline.model.ClockState;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The queue table with its filters; Enter or a double click opens a case. Sortable by every column. */
public final class QueueView {
    private final QueueViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final TableView<CaseSummaryDto> table = new TableView<>();
    private final VBox root;

    /** {@code pickCategory} opens the category popup and hands back the choice (null clears the filter). */
    public QueueView(QueueViewModel model, Messages messages, Formats formats, ClientCatalog catalog, Units units,
                     Consumer<String> open, Consumer<Consumer<CategoryDto>> pickCategory, Node extraTools) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        SortedList<CaseSummaryDto> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("queue-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(messages.get("queue.empty")));
        table.getColumns().add(column("queue.number", 130, CaseSummaryDto::caseNumber));
        table.getColumns().add(statusColumn());
        table.getColumns().add(clockColumn());
        table.getColumns().add(column("queue.due", 150, c -> formats.dateTime(c.nextDueAt())));
        table.getColumns().add(column("queue.category", 150, c -> catalog.find(c.categoryCode())
                .map(dto -> messages.isChinese() || dto.nameEn() == null ? dto.name() : dto.nameEn()).orElse(c.categoryCode())));
        table.getColumns().add(column("queue.unit", 170, c -> units.name(c.leadUnitCode())));
        TableColumn<CaseSummaryDto, Integer> heat = new TableColumn<>(messages.get("queue.heat"));
        heat.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().heat()));
        heat.setPrefWidth(60);
        table.getColumns().add(heat);
        table.getColumns().add(column("queue.created", 150, c -> formats.dateTime(c.createdAt())));
        table.getColumns().add(column("queue.description", 320, CaseSummaryDto::description));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().id());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                open.accept(now.id());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Button category = new Button();
        category.setId("queue-category");
        category.setFocusTraversable(false);
        category.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("queue.filter.category",
                catalog.find(model.categoryCode().get()).map(CategoryDto::name).orElse(messages.get("queue.clock.any"))),
                model.categoryCode()));
        category.setOnAction(e -> {
            if (model.categoryCode().get() != null) {
                model.categoryCode().set(null);
            } else {
                pickCategory.accept(chosen -> model.categoryCode().set(chosen.code()));
            }
        });
        Button unit = new Button();
        unit.setFocusTraversable(false);
        unit.visibleProperty().bind(model.unitCode().isNotNull());
        unit.managedProperty().bind(unit.visibleProperty());
        unit.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("queue.filter.unit",
                units.name(model.unitCode().get())), model.unitCode()));
        unit.setOnAction(e -> model.unitCode().set(null));
        Button operator = new Button();
        operator.setId("queue-operator");
        operator.setFocusTraversable(false);
        operator.visibleProperty().bind(model.operator().isNotNull());
        operator.managedProperty().bind(operator.visibleProperty());
        operator.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("queue.filter.operator",
                model.operator().get()), model.operator()));
        operator.setOnAction(e -> model.operator().set(null));
        HBox chips = new HBox(6, category, unit, operator);
        chips.getChildren().forEach(chip -> ((Region) chip).setMinWidth(Region.USE_PREF_SIZE));
        root = new VBox(8, filters(chips, extraTools), table);
        root.setPadding(new Insets(8));
        root.setId("queue-view");
    }

    public Node node() {
        return root;
    }

    public TableView<CaseSummaryDto> table() {
        return table;
    }

    public void focus() {
        table.requestFocus();
        if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
    }

    private Node filters(Node more, Node extraTools) {
        ComboBox<CaseStatus> status = new ComboBox<>(FXCollections.observableArrayList(List.of(CaseStatus.values())));
        status.getItems().add(0, null);
        status.setId("queue-status");
        status.setButtonCell(enumCell("queue.status.open"));
        status.setCellFactory(list -> enumCell("queue.status.open"));
        status.valueProperty().bindBidirectional(model.status());
        ComboBox<ClockState> clock = new ComboBox<>(FXCollections.observableArrayList(ClockState.GREEN, ClockState.YELLOW,
                ClockState.RED));
        clock.getItems().add(0, null);
        clock.setId("queue-clock");
        clock.setButtonCell(enumCell("queue.clock.any"));
        clock.setCellFactory(list -> enumCell("queue.clock.any"));
        clock.valueProperty().bindBidirectional(model.clock());
        Label count = new Label();
        count.setId("queue-count");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get("queue.count",
                model.rows().size()), model.rows()));
        Label live = new Label();
        live.setId("queue-live");
        live.textProperty().bind(javafx.beans.binding.Bindings.when(model.live()).then(messages.get("queue.live"))
                .otherwise(messages.get("queue.notLive")));
        Button reload = new Button(messages.get("queue.reload"));
        reload.setFocusTraversable(false);
        reload.setOnAction(e -> model.reload());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(messages.get("queue.filter.status")), status,
                new Label(messages.get("queue.filter.clock")), clock, more, reload, spacer, count, live);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Filters keep their full text at 1366 wide; the lead's tools get a row of their own.
        bar.getChildren().forEach(child -> {
            if (child instanceof Region region && child != spacer) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return extraTools == null ? bar : new VBox(6, bar, extraTools);
    }

    private <E extends Enum<E>> ListCell<E> enumCell(String noneKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? messages.get(noneKey) : formats.label(item));
            }
        };
    }

    private TableColumn<CaseSummaryDto, String> column(String key, double width, Function<CaseSummaryDto, String> value) {
        TableColumn<CaseSummaryDto, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<CaseSummaryDto, CaseStatus> statusColumn() {
        TableColumn<CaseSummaryDto, CaseStatus> column = new TableColumn<>(messages.get("queue.status"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(CaseStatus item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : formats.label(item));
            }
        });
        column.setPrefWidth(90);
        return column;
    }

    /** The worst clock as a coloured label: a row turns red on its own when the live feed says so. */
    private TableColumn<CaseSummaryDto, ClockState> clockColumn() {
        TableColumn<CaseSummaryDto, ClockState> column = new TableColumn<>(messages.get("queue.clock"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().worstClock()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ClockState item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("clock-green", "clock-yellow", "clock-red");
                setText(empty || item == null ? null : "● " + formats.label(item));
                if (!empty && item != null) {
                    getStyleClass().add("clock-" + item.name().toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        column.setPrefWidth(80);
        return column;
    }
}

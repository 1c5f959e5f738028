package hotline.client.rankings;

import hotline.client.categorysearch.ClientCatalog;
import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.model.CategoryDto;
import hotline.model.CaseSummaryDto;
import hotline.model.RankingDto;
import hotline.model.UnitKind;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The monthly ranking: a bar chart of the best scores (and the user's own unit), a sortable table of every unit of
 * the kind, and under it the cases behind the chosen unit's figure. Enter or a double click on a case opens it.
 */
public final class RankingsView {
    private final RankingsViewModel model;
    private final Messages messages;
    private final VBox root;
    private final TableView<RankingDto> table = new TableView<>();
    private final BarChart<String, Number> chart;

    public RankingsView(RankingsViewModel model, Messages messages, Formats formats, ClientCatalog catalog,
                        Consumer<String> openCase) {
        this.model = model;
        this.messages = messages;
        ComboBox<YearMonth> month = new ComboBox<>(model.months());
        month.setId("rankings-month");
        month.valueProperty().bindBidirectional(model.month());
        ComboBox<UnitKind> kind = new ComboBox<>(FXCollections.observableArrayList(UnitKind.DISTRICT, UnitKind.SUB_DISTRICT,
                UnitKind.DEPARTMENT, UnitKind.ENTERPRISE));
        kind.setId("rankings-kind");
        kind.setConverter(converter(formats::label));
        kind.valueProperty().bindBidirectional(model.kind());
        Label position = new Label();
        position.setId("rankings-position");
        position.getStyleClass().add("rankings-position");
        position.textProperty().bind(model.position());
        Label error = new Label();
        error.getStyleClass().add("error");
        error.textProperty().bind(model.error());
        javafx.scene.control.Button export = new javafx.scene.control.Button(messages.get("rankings.export"));
        export.setId("rankings-export");
        export.setOnAction(e -> {
            javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
            chooser.setInitialFileName(model.csvFileName());
            chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CSV", "*.csv"));
            java.io.File file = chooser.showSaveDialog(export.getScene().getWindow());
            if (file != null) {
                model.exportCsv(file.toPath());
            }
        });
        Label exported = new Label();
        exported.getStyleClass().add("hint");
        exported.textProperty().bind(model.exported());
        HBox bar = new HBox(8, new Label(messages.get("rankings.month")), month, new Label(messages.get("rankings.kind")), kind,
                export, position, exported, error);
        bar.setAlignment(Pos.CENTER_LEFT);

        CategoryAxis units = new CategoryAxis();
        NumberAxis score = new NumberAxis(0, 1, 0.1);
        score.setLabel(messages.get("rankings.score"));
        chart = new BarChart<>(units, score);
        chart.setId("rankings-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(messages.get("rankings.chart"));
        model.chart().addListener((ListChangeListener<RankingDto>) change -> drawChart());

        table.setId("rankings-table");
        table.setItems(model.lines());
        table.getColumns().add(column(messages.get("rankings.rank"), 60, RankingDto::rank));
        table.getColumns().add(column(messages.get("lead.unit"), 220, RankingDto::unitName));
        table.getColumns().add(column(messages.get("rankings.cases"), 70, RankingDto::cases));
        table.getColumns().add(percent(messages.get("rankings.response"), RankingDto::responseRate));
        table.getColumns().add(percent(messages.get("rankings.resolution"), RankingDto::resolutionRate));
        table.getColumns().add(percent(messages.get("rankings.satisfaction"), RankingDto::satisfactionRate));
        table.getColumns().add(percent(messages.get("rankings.score"), RankingDto::score));
        table.getColumns().add(column(messages.get("rankings.returned"), 70, RankingDto::returned));
        table.getColumns().add(percent(messages.get("rankings.returnRate"),
                line -> line.cases() == 0 ? null : (double) line.returned() / line.cases()));
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(RankingDto line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().remove("own-unit");
                if (!empty && model.isOwn(line)) {
                    getStyleClass().add("own-unit");
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, is) -> {
            if (is != null) {
                model.chosen().set(is);
            }
        });
        model.chosen().addListener((obs, was, is) -> {
            if (is != null && table.getSelectionModel().getSelectedItem() != is) {
                table.getSelectionModel().select(is);
                table.scrollTo(is);
            }
        });

        ComboBox<String> measure = new ComboBox<>(FXCollections.observableArrayList(RankingsViewModel.MEASURES));
        measure.setId("rankings-measure");
        measure.setConverter(converter(key -> messages.get("rankings.measure." + key)));
        measure.valueProperty().bindBidirectional(model.measure());
        Label drillTitle = new Label();
        drillTitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> model.chosen().get() == null ? ""
                : messages.get("rankings.drill", model.chosen().get().unitName(), model.drill().size()), model.chosen(), model.drill()));
        TableView<CaseSummaryDto> cases = new TableView<>(model.drill());
        cases.setId("rankings-cases");
        cases.getColumns().add(column(messages.get("queue.number"), 130, CaseSummaryDto::caseNumber));
        cases.getColumns().add(column(messages.get("queue.status"), 90, c -> formats.label(c.status())));
        cases.getColumns().add(column(messages.get("queue.category"), 160,
                c -> catalog.find(c.categoryCode()).map(CategoryDto::name).orElse(c.categoryCode())));
        cases.getColumns().add(column(messages.get("queue.description"), 420, CaseSummaryDto::description));
        cases.setPlaceholder(new Label(messages.get("rankings.drill.none")));
        cases.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && cases.getSelectionModel().getSelectedItem() != null) {
                openCase.accept(cases.getSelectionModel().getSelectedItem().id());
            }
        });
        cases.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && cases.getSelectionModel().getSelectedItem() != null) {
                openCase.accept(cases.getSelectionModel().getSelectedItem().id());
            }
        });
        VBox drill = new VBox(4, new HBox(8, drillTitle, measure), cases);
        VBox.setVgrow(cases, Priority.ALWAYS);

        SplitPane top = new SplitPane(chart, table);
        top.setDividerPositions(0.42);
        SplitPane body = new SplitPane(top, drill);
        body.setOrientation(javafx.geometry.Orientation.VERTICAL);
        body.setDividerPositions(0.6);
        VBox.setVgrow(body, Priority.ALWAYS);
        root = new VBox(8, bar, body);
        root.setPadding(new Insets(8));
        root.setId("rankings-view");
    }

    public Node node() {
        return root;
    }

    public void focus() {
        table.requestFocus();
    }

    private void drawChart() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (RankingDto line : model.chart()) {
            String label = line.ranked() ? line.rank() + ". " + line.unitName()
                    : messages.get("rankings.unranked", line.unitName());
            XYChart.Data<String, Number> bar = new XYChart.Data<>(label, line.score());
            series.getData().add(bar);
        }
        chart.getData().setAll(List.of(series));
        for (int i = 0; i < model.chart().size(); i++) {
            Node node = series.getData().get(i).getNode();
            if (node != null && model.isOwn(model.chart().get(i))) {
                node.getStyleClass().add("own-unit-bar");
            }
        }
    }

    private static <S, T> TableColumn<S, T> column(String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** A rate shown as a percentage and sorted as a number (empty when there is nothing to rate). */
    private static TableColumn<RankingDto, Double> percent(String title, Function<RankingDto, Double> value) {
        TableColumn<RankingDto, Double> column = column(title, 90, value);
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Double rate, boolean empty) {
                super.updateItem(rate, empty);
                setText(empty || rate == null ? null : String.format(Locale.ROOT, "%.1f%%", rate * 100));
            }
        });
        return column;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }
}

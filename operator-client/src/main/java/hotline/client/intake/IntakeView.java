package hotline.client.intake;

import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.client.keyboard.KeyBinding;
import hotline.client.keyboard.KeyBindingRepository;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseSummaryDto;
import hotline.model.CaseType;
import hotline.model.CategoryHitDto;
import hotline.model.ClockDto;
import hotline.model.RoutingPreviewDto;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The intake screen. Binds to {@link IntakeViewModel}; opening popups and the map is delegated to the shell. */
public final class IntakeView {
    /** What the screen asks of the window around it. */
    public interface Host {
        void searchCategory();

        void searchSubDistrict();

        void pickOnMap();
    }

    private final IntakeViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final KeyBindingRepository keys;
    private final Host host;
    private final TextField phone = new TextField();
    private final TextArea description = new TextArea();
    private final TextField address = new TextField();
    private final Map<CaseType, ToggleButton> typeButtons = new EnumMap<>(CaseType.class);
    private final VBox root;

    public IntakeView(IntakeViewModel model, Messages messages, Formats formats, KeyBindingRepository keys, Host host) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.keys = keys;
        this.host = host;
        HBox columns = new HBox(16, form(), side());
        HBox.setHgrow(columns.getChildren().get(0), Priority.ALWAYS);
        Label status = new Label();
        status.setId("intake-message");
        status.getStyleClass().add("intake-message");
        status.textProperty().bind(model.message());
        root = new VBox(10, columns, status);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("intake");
        root.setId("intake-view");
    }

    public Node node() {
        return root;
    }

    public void focusPhone() {
        phone.requestFocus();
    }

    /** The shortcuts this screen handles, for the window's one key filter. */
    public Map<KeyBinding, Runnable> shortcuts() {
        Map<KeyBinding, Runnable> map = new EnumMap<>(KeyBinding.class);
        map.put(KeyBinding.CATEGORY_SEARCH, host::searchCategory);
        map.put(KeyBinding.SUB_DISTRICT_SEARCH, host::searchSubDistrict);
        map.put(KeyBinding.PICK_ON_MAP, host::pickOnMap);
        map.put(KeyBinding.TYPE_CONSULTATION, () -> model.setType(CaseType.CONSULTATION));
        map.put(KeyBinding.TYPE_HELP, () -> model.setType(CaseType.HELP));
        map.put(KeyBinding.TYPE_COMPLAINT, () -> model.setType(CaseType.COMPLAINT));
        map.put(KeyBinding.TYPE_REPORT, () -> model.setType(CaseType.REPORT));
        map.put(KeyBinding.TYPE_SUGGESTION, () -> model.setType(CaseType.SUGGESTION));
        map.put(KeyBinding.TYPE_PRAISE, () -> model.setType(CaseType.PRAISE));
        map.put(KeyBinding.CYCLE_URGENCY, model::cycleUrgency);
        map.put(KeyBinding.ACCEPT_SUGGESTION_1, () -> model.acceptSuggestion(0));
        map.put(KeyBinding.ACCEPT_SUGGESTION_2, () -> model.acceptSuggestion(1));
        map.put(KeyBinding.ACCEPT_SUGGESTION_3, () -> model.acceptSuggestion(2));
        map.put(KeyBinding.FOCUS_PHONE, phone::requestFocus);
        map.put(KeyBinding.FOCUS_DESCRIPTION, description::requestFocus);
        map.put(KeyBinding.FOCUS_ADDRESS, address::requestFocus);
        map.put(KeyBinding.TOGGLE_FORCE_NEW, model::toggleForceNew);
        map.put(KeyBinding.SUBMIT, model::submit);
        return map;
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(90);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);

        phone.setId("phone");
        phone.textProperty().bindBidirectional(model.phone());
        phone.setPromptText(messages.get("intake.phone.prompt"));
        phone.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.lookUpCaller();
            }
        });
        phone.setOnAction(e -> description.requestFocus());
        TextField name = new TextField();
        name.setId("caller-name");
        name.textProperty().bindBidirectional(model.callerName());
        name.setPromptText(messages.get("intake.name.prompt"));
        HBox caller = new HBox(8, phone, name);
        HBox.setHgrow(phone, Priority.ALWAYS);
        int row = 0;
        grid.addRow(row++, label("intake.phone", KeyBinding.FOCUS_PHONE), caller);
        grid.addRow(row++, label("intake.type", null), typeRow());

        description.setId("description");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.textProperty().bindBidirectional(model.description());
        description.setPromptText(messages.get("intake.description.prompt"));
        PauseTransition debounce = new PauseTransition(Duration.millis(350));
        debounce.setOnFinished(e -> model.requestSuggestions());
        description.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        grid.addRow(row++, label("intake.description", KeyBinding.FOCUS_DESCRIPTION), description);
        grid.addRow(row++, label("intake.suggestions", null), suggestionRow());

        Label category = new Label();
        category.setId("category");
        category.getStyleClass().add("chosen-value");
        category.textProperty().bind(Bindings.createStringBinding(() -> model.category().get() == null
                ? messages.get("intake.category.none", keys.display(KeyBinding.CATEGORY_SEARCH))
                : model.category().get().path(), model.category()));
        grid.addRow(row++, label("intake.category", KeyBinding.CATEGORY_SEARCH), withButton(category,
                messages.get("intake.category.search"), host::searchCategory));

        address.setId("address");
        address.textProperty().bindBidirectional(model.address());
        address.setPromptText(messages.get("intake.address.prompt"));
        grid.addRow(row++, label("intake.address", KeyBinding.FOCUS_ADDRESS), address);
        Label place = new Label();
        place.setId("sub-district");
        place.getStyleClass().add("chosen-value");
        place.textProperty().bind(Bindings.createStringBinding(this::placeText, model.subDistrict(), model.point(),
                model.preview()));
        HBox placeRow = new HBox(8, place, button(messages.get("intake.subDistrict.search"), host::searchSubDistrict),
                button(messages.get("intake.map.pick"), host::pickOnMap));
        HBox.setHgrow(place, Priority.ALWAYS);
        place.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, label("intake.place", KeyBinding.SUB_DISTRICT_SEARCH), placeRow);

        Label route = new Label();
        route.setId("routing-preview");
        route.setWrapText(true);
        route.textProperty().bind(Bindings.createStringBinding(this::routeText, model.preview()));
        grid.addRow(row++, label("intake.route", null), route);

        TextArea answer = new TextArea();
        answer.setId("answer");
        answer.setWrapText(true);
        answer.setPrefRowCount(2);
        answer.textProperty().bindBidirectional(model.answer());
        answer.setPromptText(messages.get("intake.answer.prompt"));
        Label answerLabel = label("intake.answer", null);
        answer.visibleProperty().bind(model.type().isEqualTo(CaseType.CONSULTATION));
        answer.managedProperty().bind(answer.visibleProperty());
        answerLabel.visibleProperty().bind(answer.visibleProperty());
        answerLabel.managedProperty().bind(answer.visibleProperty());
        grid.addRow(row++, answerLabel, answer);

        Button submit = button(messages.get("intake.submit", keys.display(KeyBinding.SUBMIT)), model::submit);
        submit.setId("submit");
        submit.getStyleClass().add("primary");
        submit.disableProperty().bind(model.busy().or(model.result().isNotNull()));
        CheckBox forceNew = new CheckBox(messages.get("intake.forceNew", keys.display(KeyBinding.TOGGLE_FORCE_NEW)));
        forceNew.setId("force-new");
        forceNew.selectedProperty().bindBidirectional(model.forceNew());
        forceNew.visibleProperty().bind(model.repeatCandidate().isNotNull());
        Label next = new Label(messages.get("intake.next", keys.display(KeyBinding.NEW_CALL)));
        next.getStyleClass().add("hint");
        grid.addRow(row++, new Label(), new HBox(12, submit, forceNew, next));
        grid.addRow(row, new Label(), resultPane());

        model.fieldErrors().addListener((javafx.collections.MapChangeListener<String, String>) change -> {
            mark(description, model.fieldErrors().containsKey("description"));
            mark(category, model.fieldErrors().containsKey("categoryCode"));
            mark(phone, model.fieldErrors().containsKey("caller.phone"));
        });
        return grid;
    }

    private Node typeRow() {
        ToggleGroup group = new ToggleGroup();
        HBox row = new HBox(4);
        KeyBinding[] bindings = {KeyBinding.TYPE_CONSULTATION, KeyBinding.TYPE_HELP, KeyBinding.TYPE_COMPLAINT,
                KeyBinding.TYPE_REPORT, KeyBinding.TYPE_SUGGESTION, KeyBinding.TYPE_PRAISE};
        CaseType[] types = {CaseType.CONSULTATION, CaseType.HELP, CaseType.COMPLAINT, CaseType.REPORT,
                CaseType.SUGGESTION, CaseType.PRAISE};
        for (int i = 0; i < types.length; i++) {
            CaseType type = types[i];
            ToggleButton button = new ToggleButton(formats.label(type) + " " + keys.display(bindings[i]));
            button.setId("type-" + type.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setOnAction(e -> model.setType(type));
            typeButtons.put(type, button);
            row.getChildren().add(button);
        }
        Runnable sync = () -> typeButtons.forEach((type, button) -> button.setSelected(type == model.type().get()));
        model.type().addListener((obs, old, now) -> sync.run());
        sync.run();
        Label urgency = new Label();
        urgency.setId("urgency");
        urgency.getStyleClass().add("urgency");
        urgency.textProperty().bind(Bindings.createStringBinding(() -> messages.get("intake.urgency",
                formats.label(model.urgency().get()), keys.display(KeyBinding.CYCLE_URGENCY)), model.urgency()));
        model.urgency().addListener((obs, old, now) -> urgency.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("raised"), now != hotline.model.Urgency.NORMAL));
        row.getChildren().add(urgency);
        return row;
    }

    private Node suggestionRow() {
        HBox row = new HBox(6);
        row.setId("suggestions");
        Runnable rebuild = () -> {
            row.getChildren().clear();
            for (int i = 0; i < model.suggestions().size(); i++) {
                CategoryHitDto hit = model.suggestions().get(i);
                int index = i;
                Button button = button("Alt+" + (i + 1) + "  " + hit.name(), () -> model.acceptSuggestion(index));
                button.setId("suggestion-" + (i + 1));
                button.getStyleClass().add("suggestion");
                row.getChildren().add(button);
            }
            if (model.suggestions().isEmpty()) {
                Label none = new Label(messages.get("intake.suggestions.none"));
                none.getStyleClass().add("hint");
                row.getChildren().add(none);
            }
        };
        model.suggestions().addListener((ListChangeListener<CategoryHitDto>) change -> rebuild.run());
        rebuild.run();
        return row;
    }

    private Node resultPane() {
        Label number = new Label();
        number.setId("result-number");
        number.getStyleClass().add("result-number");
        Label detail = new Label();
        detail.setId("result-detail");
        detail.setWrapText(true);
        VBox pane = new VBox(4, number, detail);
        pane.getStyleClass().add("result");
        pane.visibleProperty().bind(model.result().isNotNull().or(model.savedLocally()));
        pane.managedProperty().bind(pane.visibleProperty());
        model.result().addListener((obs, old, created) -> {
            number.setText(created == null ? "" : messages.get("intake.result.number", created.caseNumber()));
            detail.setText(created == null ? "" : resultText(created));
        });
        model.savedLocally().addListener((obs, old, saved) -> {
            if (saved) {
                number.setText(messages.get("intake.result.local"));
                detail.setText(messages.get("intake.result.localDetail"));
            }
        });
        return pane;
    }

    private String resultText(CaseCreatedDto created) {
        String clocks = created.clocks().stream().map(this::clockText).collect(Collectors.joining("；"));
        String text = messages.get("intake.result.unit", created.leadUnit().name(), formats.label(created.status()))
                + "\n" + messages.get("intake.result.rule", created.routing() == null ? "" : created.routing().reason());
        if (created.repeatOf() != null) {
            text += "\n" + messages.get("intake.result.repeat");
        }
        return clocks.isEmpty() ? text : text + "\n" + messages.get("intake.result.clocks", clocks);
    }

    private String clockText(ClockDto clock) {
        return formats.label(clock.name()) + " " + formats.dateTime(clock.dueAt());
    }

    private Node side() {
        Label title = new Label(messages.get("intake.history"));
        title.getStyleClass().add("section-title");
        Label repeat = new Label();
        repeat.setId("repeat-warning");
        repeat.getStyleClass().add("warning");
        repeat.setWrapText(true);
        repeat.textProperty().bind(Bindings.createStringBinding(() -> model.repeatCandidate().get() == null ? ""
                : messages.get("intake.repeat", model.repeatCandidate().get().caseNumber(),
                keys.display(KeyBinding.TOGGLE_FORCE_NEW)), model.repeatCandidate()));
        repeat.visibleProperty().bind(model.repeatCandidate().isNotNull());
        repeat.managedProperty().bind(repeat.visibleProperty());
        ListView<CaseSummaryDto> history = new ListView<>(model.history());
        history.setId("caller-history");
        history.setFocusTraversable(false);
        history.setPlaceholder(new Label(messages.get("intake.history.none")));
        history.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(CaseSummaryDto item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.caseNumber() + "  " + formats.label(item.status()) + "\n"
                        + formats.dateTime(item.createdAt()) + "  " + abbreviate(item.description()));
            }
        });
        VBox.setVgrow(history, Priority.ALWAYS);
        VBox side = new VBox(8, title, repeat, history);
        side.setPrefWidth(360);
        side.setMinWidth(300);
        return side;
    }

    private String placeText() {
        RoutingPreviewDto preview = model.preview().get();
        StringBuilder text = new StringBuilder();
        if (model.subDistrict().get() != null) {
            text.append(model.subDistrictLabel(model.subDistrict().get()));
        } else if (preview != null && preview.subDistrict() != null) {
            text.append(model.subDistrictLabel(preview.subDistrict()));
        } else if (preview != null && preview.district() != null) {
            text.append(preview.district().name().replace("人民政府", ""));
        } else {
            text.append(messages.get("intake.place.none"));
        }
        IntakeViewModel.GeoPoint point = model.point().get();
        if (point != null) {
            text.append(String.format(messages.locale(), "  (%.5f, %.5f)", point.lat(), point.lng()));
        }
        return text.toString();
    }

    private String routeText() {
        RoutingPreviewDto preview = model.preview().get();
        return preview == null ? messages.get("intake.route.none")
                : preview.leadUnit().name() + " — " + preview.routing().reason();
    }

    private Label label(String key, KeyBinding binding) {
        Label label = new Label(binding == null ? messages.get(key) : messages.get(key) + " (" + keys.display(binding) + ")");
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Button button(String text, Runnable action) {
        Button button = new Button(text);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static Node withButton(Label value, String text, Runnable action) {
        value.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(8, value, button(text, action));
        HBox.setHgrow(value, Priority.ALWAYS);
        return row;
    }

    private static void mark(Node node, boolean invalid) {
        node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), invalid);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}

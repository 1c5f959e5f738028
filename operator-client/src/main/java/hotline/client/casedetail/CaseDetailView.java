package hotline.client.casedetail;

import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.client.common.Units;
import hotline.model.CaseAction;
import hotline.model.CaseActionRequest;
import hotline.model.CaseDto;
import hotline.model.ClockDto;
import hotline.model.CoUnitDto;
import hotline.model.EventDto;
import hotline.model.UnitDto;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Case detail: fields, clocks with time left, the event timeline and one button per allowed action. */
public final class CaseDetailView {
    /** Picks a unit (for reassign and accept-return), e.g. through the window's unit search popup. */
    public interface UnitPicker {
        void pick(Consumer<UnitDto> chosen);
    }

    private final CaseDetailViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final Units units;
    private final UnitPicker unitPicker;
    private final VBox root = new VBox(8);
    private final GridPane fields = new GridPane();
    private final VBox clocks = new VBox(2);
    private final FlowPane actionBar = new FlowPane(6, 6);

    public CaseDetailView(CaseDetailViewModel model, Messages messages, Formats formats, Units units, UnitPicker unitPicker) {
        this.model = model;
        this.messages = messages;
        this.formats = formats;
        this.units = units;
        this.unitPicker = unitPicker;
        Label title = new Label();
        title.setId("detail-title");
        fields.setId("detail-fields");
        title.getStyleClass().add("section-title");
        model.current().addListener((obs, old, now) -> {
            title.setText(now == null ? "" : messages.get("detail.title", now.caseNumber(), formats.label(now.status())));
            fill(now);
        });
        fields.setHgap(8);
        fields.setVgap(4);
        actionBar.setId("detail-actions");
        model.actions().addListener((ListChangeListener<CaseAction>) change -> buildActions());
        ListView<EventDto> timeline = new ListView<>(model.events());
        timeline.setId("detail-events");
        timeline.setFocusTraversable(false);
        timeline.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(EventDto event, boolean empty) {
                super.updateItem(event, empty);
                setText(empty || event == null ? null : formats.dateTime(event.at()) + "  " + eventText(event));
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        Label message = new Label();
        message.getStyleClass().add("error");
        message.textProperty().bind(model.message());
        Label placeholder = new Label(messages.get("detail.none"));
        placeholder.getStyleClass().add("hint");
        placeholder.visibleProperty().bind(model.current().isNull());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        root.getChildren().addAll(placeholder, title, fields, new Label(messages.get("detail.clocks")), clocks, actionBar,
                message, new Label(messages.get("detail.history")), timeline);
        root.setPadding(new Insets(8));
        root.setId("case-detail");
    }

    public Node node() {
        return root;
    }

    private void fill(CaseDto c) {
        fields.getChildren().clear();
        clocks.getChildren().clear();
        if (c == null) {
            return;
        }
        int row = 0;
        row = field(row, "detail.type", formats.label(c.type()) + " · " + formats.label(c.urgency()));
        row = field(row, "detail.category", c.categoryName());
        row = field(row, "detail.caller", (c.caller() == null || c.caller().phone() == null ? "—" : c.caller().phone())
                + (c.caller() != null && c.caller().name() != null ? "  " + c.caller().name() : ""));
        row = field(row, "detail.place", c.location() == null ? "—" : join(c.location().districtName(),
                c.location().subDistrictName(), c.location().address()));
        row = field(row, "detail.unit", c.leadUnit().name());
        row = field(row, "detail.routing", c.routing() == null ? "" : c.routing().reason());
        row = field(row, "detail.heat", messages.get("detail.heatValue", c.heat(), c.repeatCount()));
        row = field(row, "detail.description", c.description());
        for (CoUnitDto co : c.coUnits() == null ? java.util.List.<CoUnitDto>of() : c.coUnits()) {
            row = field(row, "detail.coUnit", messages.get("detail.coUnit.value", co.unitName(),
                    messages.get("coUnit." + co.state()), formats.dateTime(co.dueAt()), co.task())
                    + (co.result() == null ? "" : " → " + co.result()));
        }
        for (ClockDto clock : c.clocks()) {
            Label label = new Label(clockText(clock));
            label.getStyleClass().add("clock-" + (clock.state() == null ? "green" : clock.state().name().toLowerCase(java.util.Locale.ROOT)));
            clocks.getChildren().add(label);
        }
    }

    private int field(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("field-label");
        Label text = new Label(value == null ? "" : value);
        text.setWrapText(true);
        text.setMaxWidth(420);
        fields.addRow(row, name, text);
        return row + 1;
    }

    private String clockText(ClockDto clock) {
        String due = formats.dateTime(clock.dueAt());
        if (clock.stoppedAt() != null) {
            return messages.get("detail.clock.stopped", formats.label(clock.name()), due, formats.label(clock.state()));
        }
        Duration left = model.timeLeft(clock.dueAt());
        String leftText = left.isNegative() ? messages.get("detail.clock.overdue", hours(left.negated()))
                : messages.get("detail.clock.left", hours(left));
        return messages.get("detail.clock", formats.label(clock.name()), due, leftText, formats.label(clock.state()));
    }

    private static String hours(Duration d) {
        return d.toHours() + ":" + String.format("%02d", d.toMinutesPart());
    }

    private void buildActions() {
        actionBar.getChildren().clear();
        for (CaseAction action : model.actions()) {
            Button button = new Button(messages.get("action." + action.path()));
            button.setId("action-" + action.path());
            button.disableProperty().bind(model.busy());
            button.setOnAction(e -> start(action));
            actionBar.getChildren().add(button);
        }
    }

    /** Asks for what the action needs, then takes it. */
    private void start(CaseAction action) {
        switch (action) {
            case REASSIGN, ACCEPT_RETURN -> unitPicker.pick(unit -> model.act(action, CaseActionRequest.toUnit(unit.code())));
            case SUPERVISE -> ask(action, "detail.ask.message").ifPresent(text -> model.act(action, CaseActionRequest.withMessage(text)));
            case REJECT_RETURN -> ask(action, "detail.ask.reason").ifPresent(text -> model.act(action, CaseActionRequest.withReason(text)));
            case ANSWER, NOTE, CO_DONE -> ask(action, "detail.ask.text")
                    .ifPresent(text -> model.act(action, CaseActionRequest.withText(text)));
            case CALL_IN -> unitPicker.pick(unit -> ask(action, "detail.ask.task")
                    .ifPresent(task -> model.act(action, CaseActionRequest.callIn(unit.code(), task, null))));
            case VISIT -> new VisitDialog(messages, formats).ask().ifPresent(body -> model.act(action, body));
            default -> model.act(action, CaseActionRequest.empty());
        }
    }

    private Optional<String> ask(CaseAction action, String key) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(messages.get("action." + action.path()));
        dialog.setHeaderText(messages.get(key));
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    private String eventText(EventDto event) {
        String type = messages.has("event." + event.type()) ? messages.get("event." + event.type()) : event.type();
        String status = event.statusAfter() == null || event.statusAfter() == event.statusBefore() ? ""
                : " → " + formats.label(event.statusAfter());
        String detail = eventDetail(event.data() == null ? Map.of() : event.data());
        return type + status + "  " + event.actor() + (event.unitCode() == null ? "" : " · " + units.name(event.unitCode()))
                + (detail.isEmpty() ? "" : "\n" + detail);
    }

    /** What the actor said or chose: the extension date, a reason, a note, a result, the caller's verdict. */
    private String eventDetail(Map<String, Object> data) {
        List<String> parts = new ArrayList<>();
        if (data.get("until") != null) {
            String key = data.containsKey("coUnit") ? "event.detail.due" : "event.detail.until";   // a co-unit's due time
            parts.add(messages.get(key, formats.dateTime(Instant.parse(data.get("until").toString()))));
        }
        addLabel(parts, "ReturnReason", data.get("reason"));
        if (data.get("suggestedUnit") != null) {
            parts.add(messages.get("event.detail.suggestedUnit", units.name(data.get("suggestedUnit").toString())));
        }
        if (data.get("coUnit") != null) {
            parts.add(units.name(data.get("coUnit").toString()));
        }
        for (String key : List.of("detail", "task", "text", "result", "message")) {
            if (data.get(key) != null) {
                parts.add(data.get(key).toString());
            }
        }
        addLabel(parts, "VisitResolved", data.get("resolved"));
        addLabel(parts, "Satisfaction", data.get("satisfaction"));
        addLabel(parts, "ExclusionReason", data.get("excludedReason"));
        return String.join(" · ", parts);
    }

    /** An enum value's label where it is one (a structured return reason), else the free text as given. */
    private void addLabel(List<String> parts, String enumName, Object value) {
        if (value != null) {
            String key = enumName + "." + value;
            parts.add(messages.has(key) ? messages.get(key) : value.toString());
        }
    }

    private static String join(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                out.append(out.length() == 0 ? "" : " · ").append(part);
            }
        }
        return out.toString();
    }
}

package hotline.client.casedetail;

import hotline.client.api.HotlineApi;
import hotline.client.common.Failures;
import hotline.client.common.Messages;
import hotline.client.common.TaskRunner;
import hotline.model.CaseAction;
import hotline.model.CaseActionRequest;
import hotline.model.CaseDto;
import hotline.model.EventDto;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One case in full: its fields, clocks, event history and the actions the server says this user may take now
 * (none for a clerk, so the read-only mode needs no rules of its own here).
 */
public final class CaseDetailViewModel {
    private final HotlineApi api;
    private final TaskRunner runner;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<CaseDto> current = new SimpleObjectProperty<>();
    private final ObservableList<EventDto> events = FXCollections.observableArrayList();
    private final ObservableList<CaseAction> actions = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private String openId;

    public CaseDetailViewModel(HotlineApi api, TaskRunner runner, Clock clock, Messages messages) {
        this.messages = messages;
        this.api = api;
        this.runner = runner;
        this.clock = clock;
    }

    public void open(String id) {
        openId = id;
        message.set("");
        refresh();
    }

    public void refresh() {
        String id = openId;
        if (id == null) {
            return;
        }
        busy.set(true);
        runner.run(() -> new Loaded(api.getCase(id), api.events(id)), loaded -> {
            if (id.equals(openId)) {
                busy.set(false);
                show(loaded.found());
                List<EventDto> newestFirst = new ArrayList<>(loaded.events());
                Collections.reverse(newestFirst);
                events.setAll(newestFirst);
            }
        }, failure -> {
            busy.set(false);
            message.set(Failures.describe(messages, failure));
        });
    }

    /** Takes {@code action}; the refreshed case and history are shown when the server has answered. */
    public void act(CaseAction action, CaseActionRequest body) {
        CaseDto shown = current.get();
        if (shown == null || busy.get()) {
            return;
        }
        busy.set(true);
        runner.run(() -> api.act(shown.id(), action.path(), body), updated -> {
            busy.set(false);
            message.set("");
            refresh();
        }, failure -> {
            busy.set(false);
            message.set(Failures.describe(messages, failure));
        });
    }

    /** Time left on a clock (negative when overdue), measured on the injected clock. */
    public Duration timeLeft(Instant dueAt) {
        return Duration.between(clock.instant(), dueAt);
    }

    public boolean isOpen(String id) {
        return id != null && id.equals(openId);
    }

    private void show(CaseDto found) {
        current.set(found);
        List<CaseAction> allowed = found.allowedActions() == null ? List.of() : found.allowedActions();
        actions.setAll(allowed);
    }

    private record Loaded(CaseDto found, List<EventDto> events) {
    }

    public ObjectProperty<CaseDto> current() { return current; }
    public ObservableList<EventDto> events() { return events; }
    public ObservableList<CaseAction> actions() { return actions; }
    public StringProperty message() { return message; }
    public BooleanProperty busy() { return busy; }
}

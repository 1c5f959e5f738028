package hotline.client.lead;

import hotline.client.api.HotlineApi;
import hotline.client.common.Failures;
import hotline.client.common.Messages;
import hotline.client.common.TaskRunner;
import hotline.model.DeadLetterDto;
import hotline.model.WorkloadDto;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The shift lead's view of who carries what: open cases per unit (with red and yellow clocks) and per operator, and
 * the orders that could not be delivered to their unit (dead letters), which the lead resends.
 */
public final class WorkloadViewModel {
    private final HotlineApi api;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<WorkloadDto.UnitLoad> units = FXCollections.observableArrayList();
    private final ObservableList<WorkloadDto.OperatorLoad> operators = FXCollections.observableArrayList();
    private final ObservableList<DeadLetterDto> deadLetters = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    public WorkloadViewModel(HotlineApi api, TaskRunner runner, Messages messages) {
        this.messages = messages;
        this.api = api;
        this.runner = runner;
    }

    public void refresh() {
        loading.set(true);
        runner.run(() -> new Dashboard(api.workload(), api.deadLetters()), dashboard -> {
            loading.set(false);
            error.set("");
            units.setAll(dashboard.workload().units());
            operators.setAll(dashboard.workload().operators());
            deadLetters.setAll(dashboard.deadLetters());
        }, failure -> {
            loading.set(false);
            error.set(Failures.describe(messages, failure));
        });
    }

    /** Sends {@code letter} again; the list is refreshed once the server took it back in line. */
    public void resend(DeadLetterDto letter) {
        if (letter == null) {
            return;
        }
        runner.run(() -> {
            api.resendDeadLetter(letter.id());
            return letter;
        }, done -> refresh(), failure -> error.set(Failures.describe(messages, failure)));
    }

    private record Dashboard(WorkloadDto workload, List<DeadLetterDto> deadLetters) {
    }

    public ObservableList<WorkloadDto.UnitLoad> units() { return units; }
    public ObservableList<DeadLetterDto> deadLetters() { return deadLetters; }
    public ObservableList<WorkloadDto.OperatorLoad> operators() { return operators; }
    public BooleanProperty loading() { return loading; }
    public StringProperty error() { return error; }
}

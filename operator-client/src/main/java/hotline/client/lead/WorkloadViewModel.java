package hotline.client.lead;

import hotline.client.api.HotlineApi;
import hotline.client.common.Failures;
import hotline.client.common.Messages;
import hotline.client.common.TaskRunner;
import hotline.model.WorkloadDto;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The shift lead's view of who carries what: open cases per unit (with red and yellow clocks) and per operator. */
public final class WorkloadViewModel {
    private final HotlineApi api;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<WorkloadDto.UnitLoad> units = FXCollections.observableArrayList();
    private final ObservableList<WorkloadDto.OperatorLoad> operators = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");

    public WorkloadViewModel(HotlineApi api, TaskRunner runner, Messages messages) {
        this.messages = messages;
        this.api = api;
        this.runner = runner;
    }

    public void refresh() {
        loading.set(true);
        runner.run(api::workload, workload -> {
            loading.set(false);
            error.set("");
            units.setAll(workload.units());
            operators.setAll(workload.operators());
        }, failure -> {
            loading.set(false);
            error.set(Failures.describe(messages, failure));
        });
    }

    public ObservableList<WorkloadDto.UnitLoad> units() { return units; }
    public ObservableList<WorkloadDto.OperatorLoad> operators() { return operators; }
    public BooleanProperty loading() { return loading; }
    public StringProperty error() { return error; }
}

package hotline.client.lead;

import hotline.client.api.ApiException;
import hotline.client.api.HotlineApi;
import hotline.client.common.Messages;
import hotline.client.common.Failures;
import hotline.client.common.TaskRunner;
import hotline.model.CaseAction;
import hotline.model.CaseActionRequest;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A shift lead moves one case, a selection or a whole filtered queue (select all) to another unit. Each case is
 * reassigned by its own request, so one refused case (e.g. closed meanwhile) does not stop the others; progress
 * and the outcome are reported as they happen.
 */
public final class BulkReassignViewModel {
    private final HotlineApi api;
    private final TaskRunner runner;
    private final Messages messages;
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public BulkReassignViewModel(HotlineApi api, TaskRunner runner, Messages messages) {
        this.api = api;
        this.runner = runner;
        this.messages = messages;
    }

    public void reassign(List<String> caseIds, String unitCode, String unitName) {
        if (caseIds.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        List<String> ids = List.copyOf(caseIds);
        runner.run(() -> {
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                int done = i;
                runner.onUi(() -> progress.set(messages.get("lead.reassign.progress", done, ids.size())));
                try {
                    api.act(ids.get(i), CaseAction.REASSIGN.path(), CaseActionRequest.toUnit(unitCode));
                } catch (ApiException refusal) {
                    refused.add(refusal.error().message());
                }
            }
            return refused;
        }, refused -> {
            busy.set(false);
            progress.set(messages.get("lead.reassign.done", ids.size() - refused.size(), unitName, refused.size()));
        }, failure -> {
            busy.set(false);
            progress.set(Failures.describe(messages, failure));
        });
    }

    public StringProperty progress() { return progress; }
    public BooleanProperty busy() { return busy; }
}

package hotline.client.queue;

import hotline.client.api.CaseQuery;
import hotline.client.api.HotlineApi;
import hotline.client.api.LiveListener;
import hotline.client.common.Failures;
import hotline.client.common.Messages;
import hotline.client.common.TaskRunner;
import hotline.model.CaseStatus;
import hotline.model.CaseSummaryDto;
import hotline.model.ClockState;
import hotline.model.LiveEventDto;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The open cases a user watches, filtered by state, unit, category and clock colour, kept current by the live feed:
 * each change replaces its row in place (or removes it when it no longer fits the filters), so a clock that turns
 * red while watched changes colour without a reload. Filters on state, unit and category go to the server; the
 * clock colour and "open only" are applied here, where live changes arrive.
 */
public final class QueueViewModel implements LiveListener {
    public static final int PAGE = 200;

    private final HotlineApi api;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<CaseSummaryDto> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseSummaryDto> visible = new FilteredList<>(rows);
    private final ObjectProperty<CaseStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<ClockState> clock = new SimpleObjectProperty<>();
    private final StringProperty unitCode = new SimpleStringProperty();
    private final StringProperty categoryCode = new SimpleStringProperty();
    private final StringProperty operator = new SimpleStringProperty();
    private final BooleanProperty live = new SimpleBooleanProperty(false);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final Map<String, Integer> seqById = new HashMap<>();
    private long generation;

    public QueueViewModel(HotlineApi api, TaskRunner runner, Messages messages) {
        this.messages = messages;
        this.api = api;
        this.runner = runner;
        clock.addListener((obs, old, now) -> visible.setPredicate(clientFilter()));
        status.addListener((obs, old, now) -> reload());
        unitCode.addListener((obs, old, now) -> reload());
        categoryCode.addListener((obs, old, now) -> reload());
        operator.addListener((obs, old, now) -> reload());
        visible.setPredicate(clientFilter());
    }

    public void reload() {
        long current = ++generation;
        loading.set(true);
        CaseQuery query = new CaseQuery(status.get(), blankToNull(unitCode.get()), blankToNull(categoryCode.get()),
                blankToNull(operator.get()), null, null, PAGE, null);
        runner.run(() -> api.listCases(query).items(), items -> {
            if (current == generation) {
                loading.set(false);
                error.set("");
                seqById.clear();
                rows.setAll(items.stream().filter(this::fitsServerFilters).toList());
            }
        }, failure -> {
            if (current == generation) {
                loading.set(false);
                error.set(Failures.describe(messages, failure));
            }
        });
    }

    /** Applies one change from the live feed; call on the UI thread. */
    public void apply(LiveEventDto event) {
        Integer seen = seqById.get(event.caseId());
        if (seen != null && seen >= event.seq()) {
            return;
        }
        seqById.put(event.caseId(), event.seq());
        CaseSummaryDto row = event.summary();
        int index = indexOf(event.caseId());
        if (row == null || !fitsServerFilters(row)) {
            if (index >= 0) {
                rows.remove(index);
            }
        } else if (index >= 0) {
            rows.set(index, row);
        } else {
            rows.add(0, row);
        }
    }

    @Override
    public void ready() {
        runner.onUi(() -> {
            live.set(true);
            reload();
        });
    }

    @Override
    public void changed(LiveEventDto event) {
        runner.onUi(() -> apply(event));
    }

    @Override
    public void disconnected() {
        runner.onUi(() -> live.set(false));
    }

    private int indexOf(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private boolean fitsServerFilters(CaseSummaryDto row) {
        return (status.get() == null ? row.status().isOpen() : row.status() == status.get())
                && (blankToNull(unitCode.get()) == null || unitCode.get().equals(row.leadUnitCode()))
                && (blankToNull(categoryCode.get()) == null || categoryCode.get().equals(row.categoryCode()))
                && (blankToNull(operator.get()) == null || operator.get().equals(row.createdBy()));
    }

    private Predicate<CaseSummaryDto> clientFilter() {
        ClockState wanted = clock.get();
        return row -> wanted == null || wanted == row.worstClock();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public ObservableList<CaseSummaryDto> rows() { return visible; }
    public ObjectProperty<CaseStatus> status() { return status; }
    public ObjectProperty<ClockState> clock() { return clock; }
    public StringProperty unitCode() { return unitCode; }
    public StringProperty categoryCode() { return categoryCode; }
    public StringProperty operator() { return operator; }
    public BooleanProperty live() { return live; }
    public BooleanProperty loading() { return loading; }
    public StringProperty error() { return error; }
}

package hotline.client.rankings;

import hotline.client.api.HotlineApi;
import hotline.client.common.Failures;
import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.client.common.TaskRunner;
import hotline.model.CaseSummaryDto;
import hotline.model.RankingDto;
import hotline.model.UnitKind;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
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
 * The monthly ranking screen: one kind of unit and one month, the units' lines, the best scores for the chart, and
 * the cases behind a chosen figure of a chosen unit. A clerk's or handler's own unit is found, its position told,
 * and the cases that counted against it (dispatches not answered in time) shown first.
 */
public final class RankingsViewModel {
    /** The drill-downs offered, in the order a unit's clerk would look at them. */
    public static final List<String> MEASURES = List.of("NOT_RESPONDED", "NOT_RESOLVED", "DISSATISFIED", "DISPATCHED",
            "RESPONDED", "EVALUATED", "RESOLVED", "SATISFIED", "BASICALLY", "RETURNED");
    private static final int CHART_SIZE = 15;
    private static final int DRILL_PAGE = 200;

    private final HotlineApi api;
    private final TaskRunner runner;
    private final Messages messages;
    private final String ownUnit;
    private final ObjectProperty<YearMonth> month;
    private final ObjectProperty<UnitKind> kind;
    private final ObservableList<YearMonth> months = FXCollections.observableArrayList();
    private final ObservableList<RankingDto> lines = FXCollections.observableArrayList();
    private final ObservableList<RankingDto> chart = FXCollections.observableArrayList();
    private final ObjectProperty<RankingDto> chosen = new SimpleObjectProperty<>();
    private final StringProperty measure = new SimpleStringProperty(MEASURES.get(0));
    private final ObservableList<CaseSummaryDto> drill = FXCollections.observableArrayList();
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty exported = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private long generation;

    /** @param ownUnit the user's unit (clerk, handler), or null; @param ownKind its kind, or null */
    public RankingsViewModel(HotlineApi api, TaskRunner runner, Messages messages, Clock clock, String ownUnit,
                             UnitKind ownKind) {
        this.api = api;
        this.runner = runner;
        this.messages = messages;
        this.ownUnit = ownUnit;
        YearMonth now = YearMonth.now(clock.withZone(Formats.BEIJING));
        for (int i = 0; i < 12; i++) {
            months.add(now.minusMonths(i));
        }
        month = new SimpleObjectProperty<>(now);
        kind = new SimpleObjectProperty<>(ownKind == null ? UnitKind.SUB_DISTRICT : ownKind);
        month.addListener((obs, was, is) -> refresh());
        kind.addListener((obs, was, is) -> refresh());
        chosen.addListener((obs, was, is) -> loadDrill());
        measure.addListener((obs, was, is) -> loadDrill());
    }

    public void refresh() {
        long current = ++generation;
        loading.set(true);
        YearMonth m = month.get();
        UnitKind k = kind.get();
        runner.run(() -> api.rankings(m, k), found -> {
            if (current != generation) {
                return;
            }
            loading.set(false);
            error.set("");
            lines.setAll(found);
            // The best ranked scores; a month with few ranked units is filled with the best scores below the
            // minimum sample, which the chart marks as not ranked.
            List<RankingDto> best = new ArrayList<>(found.stream().filter(RankingDto::ranked).limit(CHART_SIZE).toList());
            found.stream().filter(l -> !l.ranked() && l.score() != null)
                    .sorted(java.util.Comparator.comparing(RankingDto::score).reversed())
                    .limit(CHART_SIZE - best.size()).forEach(best::add);
            RankingDto own = own(found);
            if (own != null && own.score() != null && !best.contains(own)) {
                best.add(own);
            }
            chart.setAll(best);
            position.set(positionText(found, own));
            chosen.set(own != null ? own : found.isEmpty() ? null : found.get(0));
        }, failure -> {
            if (current == generation) {
                loading.set(false);
                error.set(Failures.describe(messages, failure));
            }
        });
    }

    private void loadDrill() {
        RankingDto line = chosen.get();
        if (line == null) {
            drill.clear();
            return;
        }
        YearMonth m = month.get();
        String what = measure.get();
        runner.run(() -> api.rankingCases(m, line.unitCode(), what, null, DRILL_PAGE).items(), cases -> {
            if (line.equals(chosen.get()) && what.equals(measure.get())) {
                drill.setAll(cases);
            }
        }, failure -> error.set(Failures.describe(messages, failure)));
    }

    /** The file name a spreadsheet of the shown month and kind is offered under. */
    public String csvFileName() {
        return "rankings-" + month.get() + "-" + kind.get() + ".csv";
    }

    /** Saves the shown month and kind as the server's CSV in {@code file}, in the background; says where. */
    public void exportCsv(java.nio.file.Path file) {
        YearMonth m = month.get();
        UnitKind k = kind.get();
        exported.set(messages.get("rankings.exporting"));
        runner.run(() -> {
            java.nio.file.Files.writeString(file, api.rankingsCsv(m, k), java.nio.charset.StandardCharsets.UTF_8);
            return file;
        }, saved -> exported.set(messages.get("rankings.exported", saved)), failure -> {
            exported.set("");
            error.set(Failures.describe(messages, failure));
        });
    }

    private RankingDto own(List<RankingDto> found) {
        return ownUnit == null ? null : found.stream().filter(l -> l.unitCode().equals(ownUnit)).findFirst().orElse(null);
    }

    private String positionText(List<RankingDto> found, RankingDto own) {
        if (own == null) {
            return "";
        }
        long ranked = found.stream().filter(RankingDto::ranked).count();
        return own.ranked() ? messages.get("rankings.position", own.unitName(), own.rank(), ranked)
                : messages.get("rankings.position.unranked", own.unitName(), own.cases());
    }

    public boolean isOwn(RankingDto line) {
        return line != null && line.unitCode().equals(ownUnit);
    }

    public ObjectProperty<YearMonth> month() { return month; }
    public ObjectProperty<UnitKind> kind() { return kind; }
    public ObservableList<YearMonth> months() { return months; }
    public ObservableList<RankingDto> lines() { return lines; }
    public ObservableList<RankingDto> chart() { return chart; }
    public ObjectProperty<RankingDto> chosen() { return chosen; }
    public StringProperty measure() { return measure; }
    public ObservableList<CaseSummaryDto> drill() { return drill; }
    public StringProperty position() { return position; }
    public StringProperty error() { return error; }
    public StringProperty exported() { return exported; }
    public BooleanProperty loading() { return loading; }
}

package hotline.client.shell;

import hotline.client.casemap.CaseColour;
import hotline.client.casemap.CaseMapView;
import hotline.client.casemap.LatLng;
import hotline.client.casemap.MapCase;
import hotline.client.common.Messages;
import hotline.model.CaseSummaryDto;
import hotline.model.ClockState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The map screen: the queue's cases as markers coloured by clock (overdue red), clustered when zoomed out, and a
 * heat layer of the same cases over a chosen period — so filtering the queue by category chooses the heat map's
 * category.
 */
final class MapTab {
    private final CaseMapView map = new CaseMapView();
    private final BorderPane root = new BorderPane();

    /** Heat over the queue's cases taken within the chosen number of days (0: all of them). */
    private static final List<Integer> PERIODS = List.of(0, 1, 7, 30);

    MapTab(ObservableList<CaseSummaryDto> cases, Messages messages, Consumer<String> open, Clock clock) {
        map.setId("case-map");
        map.setOnCaseChosen(open);
        CheckBox heat = new CheckBox(messages.get("map.heat"));
        heat.setId("map-heat");
        heat.selectedProperty().bindBidirectional(map.heatVisibleProperty());
        Label count = new Label();
        ComboBox<Integer> period = new ComboBox<>(FXCollections.observableArrayList(PERIODS));
        period.setId("map-heat-period");
        period.setValue(0);
        period.setButtonCell(periodCell(messages));
        period.setCellFactory(list -> periodCell(messages));
        Runnable refresh = () -> {
            List<CaseSummaryDto> located = cases.stream().filter(c -> c.lat() != null && c.lng() != null).toList();
            map.setCases(located.stream().map(c -> new MapCase(c.id(), c.caseNumber(), c.lat(), c.lng(), colour(c))).toList());
            int days = period.getValue();
            Instant since = clock.instant().minus(Duration.ofDays(days));
            map.setHeatPoints(located.stream().filter(c -> days == 0 || c.createdAt().isAfter(since))
                    .map(c -> new LatLng(c.lat(), c.lng())).toList());
            count.setText(messages.get("map.count", located.size()));
        };
        cases.addListener((ListChangeListener<CaseSummaryDto>) change -> refresh.run());
        period.valueProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        Label hint = new Label(messages.get("map.hint"));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(12, heat, period, count, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        root.setTop(bar);
        root.setCenter(map);
        root.setId("map-view");
    }

    Node node() {
        return root;
    }

    private static ListCell<Integer> periodCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                setText(empty || days == null ? null : days == 0 ? messages.get("map.period.all") : messages.get("map.period.days", days));
            }
        };
    }

    private static CaseColour colour(CaseSummaryDto c) {
        if (!c.status().isOpen()) {
            return CaseColour.CLOSED;
        }
        ClockState worst = c.worstClock();
        return worst == ClockState.RED || worst == ClockState.MISSED ? CaseColour.RED
                : worst == ClockState.YELLOW ? CaseColour.YELLOW : worst == ClockState.GREEN ? CaseColour.GREEN : CaseColour.NONE;
    }
}

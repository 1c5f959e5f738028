package hotline.client.shell;

import hotline.client.categorysearch.SearchListViewModel;
import hotline.client.categorysearch.SearchPopup;
import hotline.client.common.Formats;
import hotline.client.common.Messages;
import hotline.client.intake.IntakeView;
import hotline.client.intake.IntakeViewModel;
import hotline.client.casedetail.CaseDetailView;
import hotline.client.casedetail.CaseDetailViewModel;
import hotline.client.lead.BulkReassignViewModel;
import hotline.client.lead.LeadView;
import hotline.client.lead.WorkloadViewModel;
import hotline.client.rankings.RankingsView;
import hotline.client.rankings.RankingsViewModel;
import hotline.client.queue.QueueView;
import hotline.client.queue.QueueViewModel;
import javafx.scene.control.SplitPane;
import hotline.client.keyboard.KeyBinding;
import hotline.client.keyboard.KeyScope;
import hotline.client.outbox.OutboxSender;
import hotline.client.outbox.PendingCase;
import hotline.model.CaseCreatedDto;
import hotline.model.CategoryDto;
import hotline.model.UnitDto;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.event.EventHandler;

/**
 * The window after login: a header with the user and language, one tab per screen, and a status bar with the
 * server and the calls waiting in the outbox. One key filter turns key presses into {@link KeyBinding}s.
 */
final class MainView {
    private final Session session;
    private final ClientContext context;
    private final Messages messages;
    private final Formats formats;
    private final BorderPane content = new BorderPane();
    private final StackPane root = new StackPane(content);
    private final TabPane tabs = new TabPane();
    private final Map<KeyBinding, Runnable> global = new EnumMap<>(KeyBinding.class);
    private final Label outboxStatus = new Label();
    private final Label connection = new Label();
    private final Tab intakeTab;
    private final IntakeView intake;
    private final IntakeViewModel intakeModel;
    private final OutboxSender sender;
    private final QueueViewModel queueModel;
    private final QueueView queue;
    private final CaseDetailViewModel detailModel;
    private final Tab queueTab;
    private final Tab mapTab;
    private MapPickOverlay mapPick;
    private AutoCloseable liveFeed;
    private Scene scene;
    private EventHandler<KeyEvent> keyFilter;

    MainView(Session session, ClientContext context, Messages messages, Runnable switchLanguage, Runnable logout) {
        this.session = session;
        this.context = context;
        this.messages = messages;
        this.formats = new Formats(messages);
        root.setId("main-view");
        content.setTop(header(switchLanguage, logout));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setFocusTraversable(false); // screens are switched by shortcut; the first field gets the focus
        content.setCenter(tabs);
        content.setBottom(statusBar());
        if (session.takesCalls()) {
            intakeModel = new IntakeViewModel(session.api(), context.runner(), session.catalog(), session.units(),
                    context.settings(), context.outbox(), this::nudgeOutbox, messages, session.username(), context.clock());
            intake = new IntakeView(intakeModel, messages, formats, context.keys(), new IntakeHost());
            intakeTab = new Tab(messages.get("tab.intake"), intake.node());
            intakeTab.setId("tab-intake");
            tabs.getTabs().add(intakeTab);
            sender = new OutboxSender(context.outbox(), session.api(), session.username(), new OutboxListener());
        } else {
            intakeModel = null;
            intake = null;
            intakeTab = null;
            sender = null;
        }
        queueModel = new QueueViewModel(session.api(), context.runner(), messages);
        detailModel = new CaseDetailViewModel(session.api(), context.runner(), context.clock(), messages);
        CaseDetailView detail = new CaseDetailView(detailModel, messages, formats, session.units(),
                chosen -> unitPopup().show(chosen));
        queue = new QueueView(queueModel, messages, formats, session.catalog(), session.units(), detailModel::open,
                chosen -> categoryPopup().show(chosen::accept), leadTools());
        SplitPane split = new SplitPane(queue.node(), detail.node());
        split.setDividerPositions(0.62);
        queueTab = new Tab(messages.get(session.readOnly() ? "tab.queue.readOnly" : "tab.queue"), split);
        queueTab.setId("tab-queue");
        tabs.getTabs().add(queueTab);
        // The map is built when first shown: its base map takes a second of CPU that login should not wait for.
        mapTab = new Tab(messages.get("tab.map"));
        mapTab.setId("tab-map");
        mapTab.setOnSelectionChanged(e -> {
            if (mapTab.isSelected() && mapTab.getContent() == null) {
                mapTab.setContent(new MapTab(queueModel.rows(), messages, id -> {
                    select(queueTab);
                    detailModel.open(id);
                }, context.clock()).node());
            }
        });
        tabs.getTabs().add(mapTab);
        if (session.role() == hotline.model.Role.SHIFT_LEAD) {
            WorkloadViewModel workload = new WorkloadViewModel(session.api(), context.runner(), messages);
            LeadView lead = new LeadView(workload, messages, unit -> {
                queueModel.operator().set(null);
                queueModel.unitCode().set(unit);
                select(queueTab);
                queue.focus();
            }, operator -> {
                queueModel.unitCode().set(null);
                queueModel.operator().set(operator);
                select(queueTab);
                queue.focus();
            });
            Tab leadTab = new Tab(messages.get("tab.lead"), lead.node());
            leadTab.setId("tab-lead");
            tabs.getTabs().add(leadTab);
            leadTab.setOnSelectionChanged(e -> {
                if (leadTab.isSelected()) {
                    workload.refresh();
                }
            });
            global.put(KeyBinding.SHOW_LEAD, () -> {
                select(leadTab);
                lead.focus();
            });
        }
        RankingsViewModel rankingsModel = new RankingsViewModel(session.api(), context.runner(), messages, context.clock(),
                session.login().unitCode(), session.login().unitCode() == null ? null
                : session.units().find(session.login().unitCode()).map(u -> u.kind()).orElse(null));
        Tab rankingsTab = new Tab(messages.get("tab.rankings"));
        rankingsTab.setId("tab-rankings");
        rankingsTab.setOnSelectionChanged(e -> {
            if (rankingsTab.isSelected() && rankingsTab.getContent() == null) {
                rankingsTab.setContent(new RankingsView(rankingsModel, messages, formats, session.catalog(), id -> {
                    select(queueTab);
                    detailModel.open(id);
                }).node());
            }
            if (rankingsTab.isSelected()) {
                rankingsModel.refresh();
            }
        });
        tabs.getTabs().add(rankingsTab);
        global.put(KeyBinding.SHOW_RANKINGS, () -> select(rankingsTab));
        global.put(KeyBinding.SHOW_VISITS, () -> {                   // resolved cases waiting for their return visit
            queueModel.unitCode().set(null);
            queueModel.operator().set(null);
            queueModel.status().set(hotline.model.CaseStatus.RESOLVED);
            select(queueTab);
            queue.focus();
        });
        global.put(KeyBinding.SHOW_QUEUE, () -> {
            select(queueTab);
            queue.focus();
        });
        global.put(KeyBinding.SHOW_MAP, () -> select(mapTab));
        global.put(KeyBinding.REFRESH, () -> {
            queueModel.reload();
            detailModel.refresh();
        });
        global.put(KeyBinding.CHEAT_SHEET, this::showCheatSheet);
        global.put(KeyBinding.CHEAT_SHEET_QUESTION_MARK, this::showCheatSheet);
        global.put(KeyBinding.NEW_CALL, this::newCall);
        global.put(KeyBinding.SHOW_INTAKE, () -> select(intakeTab));
        global.put(KeyBinding.SWITCH_LANGUAGE, switchLanguage);
        updateOutboxStatus(context.outbox().count(), true);
    }

    Parent node() {
        return root;
    }

    void attach(Scene target) {
        this.scene = target;
        keyFilter = this::onKey;
        target.addEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
    }

    void started() {
        liveFeed = session.api().live(new LiveToScreens());
        queueModel.reload();
        if (intakeModel != null) {
            intakeModel.newCall();
            // After the first layout pass: the tab pane takes focus while it is being shown.
            javafx.application.Platform.runLater(intake::focusPhone);
        }
    }

    private void onKey(KeyEvent event) {
        if (mapPick != null && mapPick.isShowing()) {
            if (event.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                event.consume();
                mapPick.hide();
            }
            return;
        }
        SearchPopup<?> popup = openPopup();
        if (popup != null) {
            context.keys().match(event, Set.of(KeyScope.POPUP)).ifPresent(binding -> {
                event.consume();
                popup.handle(binding);
            });
            return;
        }
        Set<KeyScope> active = EnumSet.of(KeyScope.GLOBAL);
        if (intakeTab != null && intakeTab.isSelected()) {
            active.add(KeyScope.INTAKE);
        }
        if (!(scene.getFocusOwner() instanceof TextInputControl)) {
            active.add(KeyScope.OUTSIDE_TEXT);
        }
        context.keys().match(event, active).ifPresent(binding -> {
            Runnable action = global.get(binding);
            if (action == null && intake != null && active.contains(KeyScope.INTAKE)) {
                action = intake.shortcuts().get(binding);
            }
            if (action != null) {
                event.consume();
                action.run();
            }
        });
    }

    private SearchPopup<?> openPopup() {
        for (Node layer : root.getChildren()) {
            if (layer.getUserData() instanceof SearchPopup<?> popup && popup.isShowing()) {
                return popup;
            }
        }
        return null;
    }

    private <T> SearchPopup<T> addPopup(SearchPopup<T> popup) {
        popup.node().setUserData(popup);
        root.getChildren().add(popup.node());
        return popup;
    }

    private void newCall() {
        if (intakeModel != null) {
            select(intakeTab);
            intakeModel.newCall();
            intake.focusPhone();
        }
    }

    private void select(Tab tab) {
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private void showCheatSheet() {
        CheatSheet.show(scene.getWindow(), context.keys(), messages);
    }

    private void nudgeOutbox() {
        updateOutboxStatus(context.outbox().count(), true);
        if (sender != null) {
            sender.nudge();
        }
    }

    private Node header(Runnable switchLanguage, Runnable logout) {
        Label title = new Label(messages.get("app.title"));
        title.getStyleClass().add("app-title");
        Label user = new Label(messages.get("header.user", session.username(), formats.label(session.role())));
        user.setId("header-user");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button language = new Button(messages.get("header.language"));
        language.setId("switch-language");
        language.setFocusTraversable(false);
        language.setOnAction(e -> switchLanguage.run());
        Button help = new Button(messages.get("header.help", context.keys().display(KeyBinding.CHEAT_SHEET)));
        help.setFocusTraversable(false);
        help.setOnAction(e -> showCheatSheet());
        Button exit = new Button(messages.get("header.logout"));
        exit.setId("logout");
        exit.setFocusTraversable(false);
        exit.setOnAction(e -> logout.run());
        HBox bar = new HBox(12, title, user, spacer, help, language, exit);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("header");
        return bar;
    }

    private Node statusBar() {
        Label server = new Label(messages.get("status.server", session.api().serverUrl()));
        outboxStatus.setId("outbox-status");
        connection.setId("connection-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(16, server, connection, spacer, outboxStatus);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void updateOutboxStatus(int waiting, boolean reachable) {
        outboxStatus.setText(waiting == 0 ? messages.get("status.outbox.empty") : messages.get("status.outbox", waiting));
        outboxStatus.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("waiting"), waiting > 0);
        connection.setText(messages.get(reachable ? "status.online" : "status.offline"));
        connection.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("offline"), !reachable);
    }

    void close() {
        if (sender != null) {
            sender.close();
        }
        if (liveFeed != null) {
            try {
                liveFeed.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        if (scene != null && keyFilter != null) {
            scene.removeEventFilter(KeyEvent.KEY_PRESSED, keyFilter);
        }
    }

    private SearchPopup<UnitDto> units;
    private SearchPopup<CategoryDto> categories;

    /** The category popup, shared by intake and the queue's filter; empty query shows the recently used ones. */
    private SearchPopup<CategoryDto> categoryPopup() {
        if (categories == null) {
            SearchListViewModel<CategoryDto> model = new SearchListViewModel<>(
                    q -> session.catalog().search(q, SearchListViewModel.LIMIT),
                    () -> session.catalog().known(context.settings().recentCategories()));
            categories = addPopup(new SearchPopup<>("category-search", messages.get("search.category.title"),
                    messages.get("search.category.prompt"), model, CategoryDto::name,
                    c -> c.path() + (messages.isChinese() ? "" : "  ·  " + c.nameEn())));
        }
        return categories;
    }

    /** Any unit, by name or pinyin: where a case is reassigned or re-dispatched. */
    private SearchPopup<UnitDto> unitPopup() {
        if (units == null) {
            SearchListViewModel<UnitDto> model = new SearchListViewModel<>(
                    q -> session.units().searchAll(q, SearchListViewModel.LIMIT), java.util.List::of);
            units = addPopup(new SearchPopup<>("unit-search", messages.get("search.unit.title"),
                    messages.get("search.unit.prompt"), model, UnitDto::name, u -> session.units().label(u)
                    + "  ·  " + formats.label(u.kind())));
        }
        return units;
    }

    /** The shift lead's tools over the queue: reassign the selection (select all: the whole filtered queue). */
    private Node leadTools() {
        if (session.role() != hotline.model.Role.SHIFT_LEAD) {
            return null;
        }
        BulkReassignViewModel bulk = new BulkReassignViewModel(session.api(), context.runner(), messages);
        Button reassign = new Button(messages.get("lead.reassign"));
        reassign.setId("lead-reassign");
        reassign.disableProperty().bind(bulk.busy());
        reassign.setOnAction(e -> {
            java.util.List<String> ids = queue.table().getSelectionModel().getSelectedItems().stream()
                    .map(hotline.model.CaseSummaryDto::id).toList();
            if (!ids.isEmpty()) {
                unitPopup().show(unit -> bulk.reassign(ids, unit.code(), unit.name()));
            }
        });
        Label progress = new Label();
        progress.setId("lead-progress");
        progress.textProperty().bind(bulk.progress());
        return new HBox(6, reassign, progress);
    }

    /** The live feed drives the queue (and through it the map) and the open case. */
    private final class LiveToScreens implements hotline.client.api.LiveListener {
        @Override
        public void ready() {
            queueModel.ready();
        }

        @Override
        public void changed(hotline.model.LiveEventDto event) {
            queueModel.changed(event);
            context.runner().onUi(() -> {
                if (detailModel.isOpen(event.caseId())) {
                    detailModel.refresh();
                }
            });
        }

        @Override
        public void disconnected() {
            queueModel.disconnected();
        }
    }

    /** Popups and the map, opened for the intake screen. */
    private final class IntakeHost implements IntakeView.Host {
        private SearchPopup<UnitDto> places;

        @Override
        public void searchCategory() {
            categoryPopup().show(intakeModel::chooseCategory);
        }

        @Override
        public void searchSubDistrict() {
            if (places == null) {
                SearchListViewModel<UnitDto> model = new SearchListViewModel<>(
                        q -> session.units().searchSubDistricts(q, SearchListViewModel.LIMIT), java.util.List::of);
                places = addPopup(new SearchPopup<>("place-search", messages.get("search.place.title"),
                        messages.get("search.place.prompt"), model, UnitDto::name,
                        u -> session.units().label(u)));
            }
            places.show(intakeModel::chooseSubDistrict);
        }

        @Override
        public void pickOnMap() {
            if (mapPick == null) {
                mapPick = new MapPickOverlay(messages);
                root.getChildren().add(mapPick.node());
            }
            mapPick.show(point -> intakeModel.pickPoint(point.lat(), point.lng()));
        }
    }

    /** Outbox progress, reported on the sender's thread and shown on the UI thread. */
    private final class OutboxListener implements OutboxSender.Listener {
        @Override
        public void delivered(PendingCase pending, CaseCreatedDto created) {
            context.runner().onUi(() -> intakeModel.message().set(messages.get("status.delivered", created.caseNumber())));
        }

        @Override
        public void rejected(PendingCase pending, hotline.client.api.ApiException refusal) {
            context.runner().onUi(() -> intakeModel.message().set(messages.get("status.rejected",
                    refusal.error().message())));
        }

        @Override
        public void waiting(int count, boolean serverReachable) {
            context.runner().onUi(() -> updateOutboxStatus(count, serverReachable));
        }
    }
}

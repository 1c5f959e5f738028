package hotline.client.queue;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.api.ApiException;
import hotline.client.api.HttpHotlineApi;
import hotline.client.support.ClientUi;
import hotline.client.support.LiveServer;
import hotline.client.support.OpenClient;
import hotline.client.support.Screenshots;
import hotline.model.CallerDto;
import hotline.model.CaseActionRequest;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseStatus;
import hotline.model.CaseSummaryDto;
import hotline.model.ClockDto;
import hotline.model.ClockName;
import hotline.model.EventDto;
import hotline.model.Satisfaction;
import hotline.model.VisitResolved;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.ClockState;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Queues kept current by the live feed, case detail, the lead's reassignment and the clerk's read-only mode. */
class QueueUiTest {
    @RegisterExtension
    static final LiveServer server = new LiveServer();
    @RegisterExtension
    final OpenClient client = new OpenClient();
    private ClientUi ui;

    private TableView<CaseSummaryDto> table() {
        return ui.find("#queue-table");
    }

    private CaseSummaryDto row(String caseNumber) {
        return table().getItems().stream().filter(r -> r.caseNumber().equals(caseNumber)).findFirst().orElse(null);
    }

    @Test
    void aNewCaseAppearsAndItsClockTurnsRedWhileTheLeadWatches() {
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        ui.waitFor(() -> ((Label) ui.find("#queue-live")).getText().contains("● 实时") && !table().getItems().isEmpty());
        ui.screenshot("queue");

        CaseCreatedDto created = createCase("13500000077");
        ui.waitFor(() -> row(created.caseNumber()) != null);
        assertThat(row(created.caseNumber()).worstClock()).isEqualTo(ClockState.GREEN);

        server.advanceClocks(Duration.ofHours(2));   // past the sign clock, within the 12-hour token
        ui.waitFor(() -> row(created.caseNumber()) != null && row(created.caseNumber()).worstClock() == ClockState.RED);

        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(created.caseNumber()));
        });
        ui.waitFor(() -> ((Label) ui.find("#detail-title")).getText().contains(created.caseNumber()));
        ui.waitFor(() -> ui.exists("#action-supervise"));
        ui.screenshot("case-detail");

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT3);
        ui.waitFor(() -> ui.exists("#case-map"));
        ui.screenshot("map-tab");

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);                  // filter the queue (and the map) by category
        ui.robot.interact(() -> ((Button) ui.find("#queue-category")).fire());
        ui.waitFor(() -> ui.focusOwnerIs("#category-search-field"));
        ui.write("dlqsbjs");
        ui.waitFor(() -> !((ListView<?>) ui.find("#category-search-results")).getItems().isEmpty());
        ui.press(KeyCode.ENTER);
        String category = row(created.caseNumber()).categoryCode();
        ui.waitFor(() -> !table().getItems().isEmpty()
                && table().getItems().stream().allMatch(r -> r.categoryCode().equals(category)));
    }

    @Test
    void theLeadReassignsASelectionToAnotherUnit() {
        CaseCreatedDto first = createCase("13500000101");
        CaseCreatedDto second = createCase("13500000102");
        CaseCreatedDto takenByLead = createCase("13500000103", "lead");
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        ui.waitFor(() -> row(first.caseNumber()) != null && row(second.caseNumber()) != null);
        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(first.caseNumber()));
            table().getSelectionModel().select(row(second.caseNumber()));
        });
        ui.robot.interact(() -> ((Button) ui.find("#lead-reassign")).fire());
        ui.waitFor(() -> ui.focusOwnerIs("#unit-search-field"));
        ui.write("donghuamen");
        ui.waitFor(() -> !((ListView<?>) ui.find("#unit-search-results")).getItems().isEmpty());
        ui.screenshot("lead-reassign");
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> ((Label) ui.find("#lead-progress")).getText().startsWith("已改派 2 件"));
        ui.waitFor(() -> row(first.caseNumber()) != null && "110101001".equals(row(first.caseNumber()).leadUnitCode())
                && "110101001".equals(row(second.caseNumber()).leadUnitCode()));

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT4);                 // workload per unit and operator
        TableView<hotline.model.WorkloadDto.UnitLoad> units = ui.find("#workload-units");
        ui.waitFor(() -> units.getItems().stream().anyMatch(u -> u.unitCode().equals("110101001") && u.open() >= 2));
        ui.screenshot("lead");
        ui.robot.interact(() -> units.getSelectionModel().select(units.getItems().stream()
                .filter(u -> u.unitCode().equals("110101001")).findFirst().orElseThrow()));
        ui.robot.interact(units::requestFocus);
        ui.press(KeyCode.ENTER);                                    // that unit's queue
        ui.waitFor(() -> !table().getItems().isEmpty()
                && table().getItems().stream().allMatch(r -> r.leadUnitCode().equals("110101001")));

        ui.press(KeyCode.CONTROL, KeyCode.DIGIT4);                 // now one operator's open cases, all of them
        TableView<hotline.model.WorkloadDto.OperatorLoad> operators = ui.find("#workload-operators");
        ui.waitFor(() -> operators.getItems().stream().anyMatch(o -> o.username().equals("lead")));
        ui.robot.interact(() -> operators.getSelectionModel().select(operators.getItems().stream()
                .filter(o -> o.username().equals("lead")).findFirst().orElseThrow()));
        ui.robot.interact(operators::requestFocus);
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> row(takenByLead.caseNumber()) != null
                && table().getItems().stream().allMatch(r -> r.createdBy().equals("lead")));
        int queueSize = table().getItems().size();
        ui.robot.interact(() -> {
            table().requestFocus();
            table().getSelectionModel().selectAll();
            ((Button) ui.find("#lead-reassign")).fire();
        });
        ui.waitFor(() -> ui.focusOwnerIs("#unit-search-field"));
        ui.write("donghuamen");
        ui.waitFor(() -> !((ListView<?>) ui.find("#unit-search-results")).getItems().isEmpty());
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> ((Label) ui.find("#lead-progress")).getText().startsWith("已改派 " + queueSize + " 件"));
        ui.waitFor(() -> table().getItems().size() == queueSize
                && table().getItems().stream().allMatch(r -> r.leadUnitCode().equals("110101001")));
        ui.screenshot("lead-operator-queue");
    }

    @Test
    void theLeadCallsInACoUnitOnAJointOrder() {
        CaseCreatedDto joint = createCase("13500000601");
        HttpHotlineApi handler = new HttpHotlineApi(server.url());
        handler.login("handler", "handler");
        handler.act(joint.id(), "sign", CaseActionRequest.empty());
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        ui.waitFor(() -> row(joint.caseNumber()) != null);
        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(joint.caseNumber()));
        });
        ui.waitFor(() -> ui.exists("#action-call-in")
                && ((Label) ui.find("#detail-title")).getText().contains(joint.caseNumber()));
        ui.robot.interact(() -> ((Button) ui.find("#action-call-in")).fire());
        ui.waitFor(() -> ui.focusOwnerIs("#unit-search-field"));
        ui.write("chaowai");
        ui.waitFor(() -> !((ListView<?>) ui.find("#unit-search-results")).getItems().isEmpty());
        ui.press(KeyCode.ENTER);                                       // the unit, then what it should do
        DialogPane task = ui.dialog("请协办单位做什么？");
        ui.robot.interact(() -> ((javafx.scene.control.TextField) task.lookup(".text-field")).setText("清理两街道交界处的共管路段"));
        ui.later(() -> ((Button) task.lookupButton(ButtonType.OK)).fire());
        ui.waitFor(() -> handler.getCase(joint.id()).coUnits().size() == 1);
        assertThat(handler.getCase(joint.id()).coUnits().get(0).unitCode()).isEqualTo("110105002");
        ui.waitFor(() -> ((javafx.scene.layout.GridPane) ui.find("#detail-fields")).getChildren().stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("朝外街道 · 待签收")));
        ui.screenshot("joint-order");
    }

    @Test
    void theLeadArbitratesAReturnedOrderAndItIsReDispatched() {
        CaseCreatedDto returned = createCase("13500000301");
        HttpHotlineApi handler = new HttpHotlineApi(server.url());
        handler.login("handler", "handler");
        handler.act(returned.id(), "return", CaseActionRequest.returning("WRONG_LOCATION", "地址在东华门街道辖区", "110101001", null));
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        ui.waitFor(() -> row(returned.caseNumber()) != null);
        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(returned.caseNumber()));
        });
        ui.waitFor(() -> ui.exists("#action-accept-return") && ui.exists("#action-reject-return"));
        ui.screenshot("arbitration");
        ui.robot.interact(() -> ((Button) ui.find("#action-accept-return")).fire());
        ui.waitFor(() -> ui.focusOwnerIs("#unit-search-field"));
        ui.write("donghuamen");
        ui.waitFor(() -> !((ListView<?>) ui.find("#unit-search-results")).getItems().isEmpty());
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> row(returned.caseNumber()) != null
                && row(returned.caseNumber()).status() == hotline.model.CaseStatus.DISPATCHED
                && "110101001".equals(row(returned.caseNumber()).leadUnitCode()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theLeadApprovesAnExtensionThenRecordsTheReturnVisitAndCloses() {
        CaseCreatedDto slow = createCase("13500000401");
        HttpHotlineApi handler = new HttpHotlineApi(server.url());
        handler.login("handler", "handler");
        handler.act(slow.id(), "sign", CaseActionRequest.empty());
        Instant until = server.services().clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
        handler.act(slow.id(), "request-extension", CaseActionRequest.extension(until, "需协调住建部门现场勘查"));
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        ui.waitFor(() -> row(slow.caseNumber()) != null);
        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(slow.caseNumber()));
        });
        ui.waitFor(() -> ui.exists("#action-approve-extension") && ui.exists("#action-deny-extension"));
        ui.screenshot("extension");
        ui.robot.interact(() -> ((Button) ui.find("#action-approve-extension")).fire());
        ui.waitFor(() -> row(slow.caseNumber()).status() == CaseStatus.SIGNED);
        ClockDto resolveClock = handler.getCase(slow.id()).clocks().stream().filter(c -> c.name() == ClockName.HANDLE)
                .findFirst().orElseThrow();
        assertThat(resolveClock.dueAt()).isEqualTo(until);                // the caller-facing deadline moved

        handler.act(slow.id(), "resolve", CaseActionRequest.withResult("已协调住建部门修复"));
        ui.waitFor(() -> row(slow.caseNumber()).status() == CaseStatus.RESOLVED);
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT6);                      // the return-visit queue
        ui.waitFor(() -> row(slow.caseNumber()) != null && !table().getItems().isEmpty()
                && table().getItems().stream().allMatch(r -> r.status() == CaseStatus.RESOLVED));
        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(slow.caseNumber()));
        });
        ui.waitFor(() -> ui.exists("#action-visit"));
        ui.later(() -> ((Button) ui.find("#action-visit")).fire());
        DialogPane visitForm = ui.dialog("记录回访结果");
        Node ok = visitForm.lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();                            // no verdict yet
        ui.robot.interact(() -> {
            ((ComboBox<VisitResolved>) visitForm.lookup("#visit-resolved")).setValue(VisitResolved.PARTLY);
            ((ComboBox<Satisfaction>) visitForm.lookup("#visit-satisfaction")).setValue(Satisfaction.BASICALLY);
        });
        assertThat(ok.isDisabled()).isFalse();
        Screenshots.save(ui.robot, visitForm.getScene(), "visit-dialog");
        ui.later(() -> ((Button) ok).fire());
        ui.waitFor(() -> row(slow.caseNumber()) == null);               // visited: it left the visit queue
        EventDto visit = handler.events(slow.id()).stream().filter(e -> e.type().equals("VISIT")).findFirst().orElseThrow();
        assertThat(visit.data()).containsEntry("resolved", "PARTLY").containsEntry("satisfaction", "BASICALLY");
        ui.robot.interact(() -> ((ComboBox<CaseStatus>) ui.find("#queue-status")).setValue(CaseStatus.VISITED));
        ui.waitFor(() -> row(slow.caseNumber()) != null);
        ui.robot.interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().select(row(slow.caseNumber()));
        });
        ui.waitFor(() -> ui.exists("#action-close")
                && ((Label) ui.find("#detail-title")).getText().contains(slow.caseNumber()));
        ui.robot.interact(() -> ((Button) ui.find("#action-close")).fire());
        ui.waitFor(() -> row(slow.caseNumber()) == null);                // closed: it left the visited queue
        assertThat(handler.getCase(slow.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void theClerkSeesOnlyTheirUnitAndCanChangeNothing() {
        CaseCreatedDto ours = createCase("13500000201");
        ui = client.open(server.url());
        ui.login("clerk");
        ui.waitFor(() -> row(ours.caseNumber()) != null);
        assertThat(ui.exists("#tab-intake")).isFalse();
        assertThat(table().getItems()).allMatch(r -> r.leadUnitCode().equals("110105001"));
        ui.robot.interact(() -> table().getSelectionModel().select(row(ours.caseNumber())));
        ui.waitFor(() -> ((Label) ui.find("#detail-title")).getText().contains(ours.caseNumber()));
        assertThat(((FlowPane) ui.find("#detail-actions")).getChildren()).isEmpty();
        assertThat(ui.exists("#lead-reassign")).isFalse();
        ui.screenshot("clerk");

        HttpHotlineApi clerk = new HttpHotlineApi(server.url());
        clerk.login("clerk", "clerk");
        ApiException refusal = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
                () -> clerk.act(ours.id(), "supervise", CaseActionRequest.empty()));
        assertThat(refusal.status()).isEqualTo(403);
    }

    /** A complaint in 建外街道 (the clerk's unit), filed by the operator over the API as a new case (not a repeat). */
    private static CaseCreatedDto createCase(String phone) {
        return createCase(phone, "operator");
    }

    private static CaseCreatedDto createCase(String phone, String username) {
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login(username, username);
        String category = server.services().catalog.sortedLeaves().stream().filter(c -> c.name().equals("道路清扫不及时"))
                .findFirst().orElseThrow().code();
        return api.createCase(new NewCaseRequest(CaseType.COMPLAINT, Urgency.NORMAL, category, "门前道路两天没人清扫，落叶堆积",
                new CallerDto(phone, null, null), new LocationDto(39.9075, 116.45, null, "110105001"), Channel.PHONE, Boolean.TRUE),
                UUID.randomUUID().toString());
    }
}

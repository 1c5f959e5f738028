package hotline.client.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.api.HttpHotlineApi;
import hotline.client.support.ClientUi;
import hotline.client.support.LiveServer;
import hotline.client.support.OpenClient;
import hotline.model.CallerDto;
import hotline.model.CaseSummaryDto;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.RankingDto;
import hotline.model.Urgency;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The rankings screen on the demo history: the lead sees every sub-district ranked with a chart and drills into a
 * unit's cases; the clerk of 建外街道 sees their unit's position and the cases that counted against it.
 */
class RankingsUiTest {
    @RegisterExtension
    static final LiveServer server = new LiveServer();
    @RegisterExtension
    final OpenClient client = new OpenClient();
    private ClientUi ui;

    @BeforeAll
    static void prepare() {
        HttpHotlineApi operator = new HttpHotlineApi(server.url());
        operator.login("operator", "operator");
        String category = server.services().catalog.sortedLeaves().stream().filter(c -> c.name().equals("道路清扫不及时"))
                .findFirst().orElseThrow().code();
        for (int i = 0; i < 3; i++) {                                       // 建外 has not answered these yet
            operator.createCase(new NewCaseRequest(CaseType.COMPLAINT, Urgency.NORMAL, category, "门前道路没人清扫 " + i,
                    new CallerDto("1350000070" + i, null, null), new LocationDto(39.9075, 116.45, null, "110105001"),
                    Channel.PHONE, Boolean.TRUE), UUID.randomUUID().toString());
        }
        server.services().rankingProjector.catchUp();
    }

    @Test
    void theLeadComparesUnitsAndDrillsIntoOne() {
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT5);
        TableView<RankingDto> table = ui.find("#rankings-table");
        ComboBox<java.time.YearMonth> month = ui.find("#rankings-month");
        ui.robot.interact(() -> month.setValue(month.getItems().get(1)));   // last month: complete
        ui.waitFor(() -> !table.getItems().isEmpty() && table.getItems().get(0).cases() > 0);
        assertThat(table.getItems()).extracting(RankingDto::rank).filteredOn(java.util.Objects::nonNull)
                .isSortedAccordingTo(Integer::compare);
        ui.robot.interact(() -> table.getSelectionModel().select(0));
        TableView<CaseSummaryDto> cases = ui.find("#rankings-cases");
        ComboBox<String> measure = ui.find("#rankings-measure");
        ui.robot.interact(() -> measure.setValue("DISPATCHED"));
        int dispatches = table.getItems().get(0).cases();                   // a case may be dispatched twice
        ui.waitFor(() -> !cases.getItems().isEmpty() && cases.getItems().size() <= Math.min(200, dispatches));
        ui.screenshot("rankings");
        ui.robot.interact(() -> {
            cases.requestFocus();
            cases.getSelectionModel().select(0);
        });
        String opened = cases.getItems().get(0).caseNumber();
        ui.press(KeyCode.ENTER);                                             // opens the case in the queue tab
        ui.waitFor(() -> ((Label) ui.find("#detail-title")).getText().contains(opened));
    }

    @Test
    void theClerkSeesTheirPositionAndWhatCountedAgainstThem() {
        ui = client.open(server.url());
        ui.login("clerk");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT5);
        TableView<RankingDto> table = ui.find("#rankings-table");       // this month, the clerk's own kind
        ui.waitFor(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().unitCode().equals("110105001"));
        RankingDto own = table.getSelectionModel().getSelectedItem();
        Label position = ui.find("#rankings-position");
        ui.waitFor(() -> position.getText().startsWith("建外街道"));
        assertThat(position.getText()).contains(own.ranked() ? "第 " + own.rank() + " 名" : "不参与排名");
        TableView<CaseSummaryDto> cases = ui.find("#rankings-cases");
        assertThat(own.cases() - own.responded()).isGreaterThanOrEqualTo(3);
        ui.waitFor(() -> cases.getItems().size() == own.cases() - own.responded());   // not answered in time (yet)
        ui.screenshot("rankings-clerk");
    }

    @Test
    void theLeadExportsTheMonthAsASpreadsheet() throws Exception {
        HttpHotlineApi lead = new HttpHotlineApi(server.url());
        lead.login("lead", "lead");
        var model = new RankingsViewModel(lead, new hotline.client.support.SyncTaskRunner(),
                new hotline.client.common.Messages(hotline.client.common.Messages.CHINESE), java.time.Clock.systemUTC(), null, null);
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("rankings-export").resolve(model.csvFileName());
        model.exportCsv(file);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("\ufeffrank,unitCode,unitName,cases");
        assertThat(lines).hasSize(1 + server.services().units.ofKind(hotline.model.UnitKind.SUB_DISTRICT).size());
        assertThat(lines).anyMatch(line -> line.contains(",110105001,建外街道,"));
        assertThat(model.exported().get()).isEqualTo("已导出到 " + file);
        assertThat(file.getFileName().toString()).matches("rankings-\\d{4}-\\d{2}-SUB_DISTRICT\\.csv");
    }
}

package hotline.client.intake;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.api.CaseQuery;
import hotline.client.api.HttpHotlineApi;
import hotline.client.support.ClientUi;
import hotline.client.support.LiveServer;
import hotline.client.support.OpenClient;
import hotline.client.support.Screenshots;
import hotline.model.CaseSummaryDto;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The intake screen driven like an operator drives it: the keyboard only, against a real server. */
class IntakeUiTest {
    @RegisterExtension
    static final LiveServer server = new LiveServer();
    @RegisterExtension
    final OpenClient client = new OpenClient();
    private ClientUi ui;

    @Test
    void anOrdinaryCaseIsTakenWithTheKeyboardAlone() {
        ui = client.open(server.url());
        AtomicInteger mouseEvents = countMouseEventsInEveryWindow();
        ui.screenshot("login");
        ui.login("operator");
        int afterLogin = ui.keystrokes();
        ui.waitFor(() -> ui.focusOwnerIs("#phone"));

        ui.write("13911112222");
        ui.press(KeyCode.ENTER);                                  // to the description; the caller's history loads
        String description = "小区暖气不热，室内只有十四度，已经三天了";
        ui.write(description);
        ui.waitFor(() -> ui.exists("#suggestion-1"));            // suggestions follow the description
        ui.press(KeyCode.F3);                                     // category search popup
        ui.waitFor(() -> ui.focusOwnerIs("#category-search-field"));
        ui.write("gnbr");
        ui.waitFor(() -> !((ListView<?>) ui.find("#category-search-results")).getItems().isEmpty());
        ui.screenshot("category-search");
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> ((Label) ui.find("#category")).getText().contains("供暖不热"));
        ui.press(KeyCode.F4);                                     // sub-district by pinyin
        ui.waitFor(() -> ui.focusOwnerIs("#place-search-field"));
        ui.write("jianwai");
        ui.waitFor(() -> !((ListView<?>) ui.find("#place-search-results")).getItems().isEmpty());
        ui.screenshot("sub-district-search");
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> ((Label) ui.find("#sub-district")).getText().contains("建外街道"));
        ui.waitFor(() -> ((Label) ui.find("#routing-preview")).getText().contains(" — "));   // unit — reason
        String previewedUnit = ((Label) ui.find("#routing-preview")).getText().split(" — ")[0];
        ui.screenshot("intake");
        ui.press(KeyCode.CONTROL, KeyCode.ENTER);                 // submit
        ui.waitFor(() -> ((Label) ui.find("#result-number")).getText().contains("工单号"));
        ui.screenshot("intake-result");

        int keys = ui.keystrokes() - afterLogin;
        int withoutDescription = keys - description.length();
        System.out.printf("keyboard-only case: %d keystrokes besides the %d characters of the description"
                + " (phone 11 + Enter, F3 gnbr Enter, F4 jianwai Enter, Ctrl+Enter); %d mouse events%n",
                withoutDescription, description.length(), mouseEvents.get());
        assertThat(mouseEvents.get()).isZero();
        assertThat(withoutDescription).isEqualTo(12 + 6 + 9 + 2);

        String number = ((Label) ui.find("#result-number")).getText().replaceAll("\\D", "");
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login("operator", "operator");
        List<CaseSummaryDto> cases = api.listCases(CaseQuery.byPhone("13911112222", 10)).items();
        assertThat(cases).extracting(CaseSummaryDto::caseNumber).containsExactly(number);
        assertThat(cases.get(0).subDistrictCode()).isEqualTo("110105001");
        assertThat(cases.get(0).description()).isEqualTo(description);
        assertThat(api.getCase(cases.get(0).id()).categoryName()).isEqualTo("供暖不热");
        assertThat(api.getCase(cases.get(0).id()).leadUnit().name()).isEqualTo(previewedUnit);

        ui.press(KeyCode.F2);                                     // next call: a clean form, focus on the phone
        ui.waitFor(() -> ((Label) ui.find("#result-number")).getParent().isVisible() == false);
        assertThat(ui.robot.lookup("#phone").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void theCallersHistoryAndAnOpenCaseItMayRepeatShowAtOnce() {
        CaseSummaryDto earlier = anOpenCaseWithAPhone();
        ui = client.open(server.url());
        ui.login("operator");
        ui.write(earlier.callerPhone());
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> !((ListView<?>) ui.find("#caller-history")).getItems().isEmpty());
        ui.waitFor(() -> ((Label) ui.find("#repeat-warning")).getText().contains(earlier.caseNumber()));
        ui.screenshot("intake-history");
    }

    @Test
    void aConsultationIsAnsweredOnTheSpotAndClosed() {
        ui = client.open(server.url());
        ui.login("operator");
        ui.waitFor(() -> ui.focusOwnerIs("#phone"));
        ui.write("13922223333");
        ui.press(KeyCode.ENTER);
        ui.press(KeyCode.F5);                                     // type: consultation
        ui.write("请问居住证办理需要什么材料");
        ui.press(KeyCode.F3);
        ui.waitFor(() -> ui.focusOwnerIs("#category-search-field"));
        ui.write("juzhuzheng");
        ui.waitFor(() -> !((ListView<?>) ui.find("#category-search-results")).getItems().isEmpty());
        ui.press(KeyCode.ENTER);
        ui.waitFor(() -> ui.find("#answer").isVisible());
        ui.robot.interact(() -> ((javafx.scene.control.TextArea) ui.find("#answer")).setText("携带身份证、租房合同到街道社区服务中心办理。"));
        ui.press(KeyCode.CONTROL, KeyCode.ENTER);
        ui.waitFor(() -> ((Label) ui.find("#result-number")).getText().contains("工单号"));
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login("operator", "operator");
        CaseSummaryDto answered = api.listCases(CaseQuery.byPhone("13922223333", 5)).items().get(0);
        assertThat(answered.status()).isEqualTo(hotline.model.CaseStatus.ANSWERED);
    }

    @Test
    void theLanguageSwitchesToEnglishWithDatesInTheLocaleAndBack() {
        ui = client.open(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        ui.waitFor(() -> ui.exists("#tab-queue") && ((javafx.scene.control.Tab) ui.robot.lookup(".tab-pane").queryAs(
                javafx.scene.control.TabPane.class).getTabs().get(0)).getText().equals("Intake"));
        // At the screen's origin: a 1920 × 1080 window anywhere else reaches past Monocle's 1920 × 1080 headless
        // screen, and its renderer fails every frame with a BufferOverflowException.
        ui.robot.interact(() -> {
            ui.robot.window(0).setX(0);
            ui.robot.window(0).setY(0);
            ui.robot.window(0).setWidth(1920);
            ui.robot.window(0).setHeight(1080);
        });
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT2);
        ui.waitFor(() -> !((javafx.scene.control.TableView<?>) ui.find("#queue-table")).getItems().isEmpty());
        ui.screenshot("queue-english-1920");
        ui.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        ui.waitFor(() -> ui.robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getTabs().get(0)
                .getText().equals("接听登记"));
        ui.robot.interact(() -> ui.robot.window(0).setWidth(1366));
        ui.robot.interact(() -> ui.robot.window(0).setHeight(768));
    }

    @Test
    void theCheatSheetListsEveryShortcut() {
        ui = client.open(server.url());
        ui.login("operator");
        ui.press(KeyCode.F1);
        ui.waitFor(() -> ui.exists("#cheat-sheet"));
        javafx.scene.control.TableView<?> table = ui.find("#cheat-sheet");
        assertThat(table.getItems()).hasSize(hotline.client.keyboard.KeyBinding.values().length);
        Screenshots.save(ui.robot, table.getScene(), "cheat-sheet");
    }

    private static CaseSummaryDto anOpenCaseWithAPhone() {
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login("operator", "operator");
        return api.listCases(CaseQuery.newest(200)).items().stream()
                .filter(c -> c.callerPhone() != null && c.status().isOpen() && c.status() != hotline.model.CaseStatus.MERGED)
                .findFirst().orElseThrow();
    }

    private AtomicInteger countMouseEventsInEveryWindow() {
        AtomicInteger count = new AtomicInteger();
        ui.robot.interact(() -> {
            Window.getWindows().forEach(w -> w.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> count.incrementAndGet()));
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(w -> w.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> count.incrementAndGet()));
                }
            });
        });
        return count;
    }
}

package hotline.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.api.ApiException;
import hotline.client.api.CaseQuery;
import hotline.client.api.HttpHotlineApi;
import hotline.client.support.ClientUi;
import hotline.client.support.LiveServer;
import hotline.model.CallerDto;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseSummaryDto;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.Urgency;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** Never lose a call: calls taken while the server is away are kept on disk and sent in order, exactly once. */
class OutboxTest {
    @RegisterExtension
    static final LiveServer server = new LiveServer();

    @Test
    void callsTakenWhileTheServerIsDownAreSentInOrderWhenItIsBack() throws Exception {
        try (ClientUi ui = new ClientUi(server.url())) {
            ui.login("operator");
            server.stop();
            try {
                takeCall(ui, "13700000001", "楼道灯坏了，晚上看不见");
                takeCall(ui, "13700000002", "楼道灯又坏了，邻居摔倒");
                ui.waitFor(() -> ((Label) ui.find("#outbox-status")).getText().contains("2"));
                assertThat(ui.context().outbox().count()).isEqualTo(2);
                ui.screenshot("outbox-waiting");
            } finally {
                server.restart();
            }
            ui.waitFor(() -> ui.context().outbox().count() == 0);
            ui.waitFor(() -> ((Label) ui.find("#outbox-status")).getText().equals("无待发送工单"));
        }
        List<CaseSummaryDto> first = casesOf("13700000001");
        List<CaseSummaryDto> second = casesOf("13700000002");
        assertThat(first).hasSize(1);
        assertThat(second).hasSize(1);
        assertThat(first.get(0).caseNumber()).isLessThan(second.get(0).caseNumber());
    }

    @Test
    void aClientKilledWithCallsWaitingSendsThemOnceOnTheNextStart(@TempDir Path home) throws Exception {
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login("operator", "operator");
        PendingCaseStore store = new PendingCaseStore(home, HttpHotlineApi.mapper());
        for (int i = 1; i <= 3; i++) {
            store.add(new PendingCase(0, "killed-client-key-" + i, "operator", Instant.now(), request("1360000000" + i)));
        }
        // The first call reached the server just before the client died; its answer was lost with the client.
        api.createCase(store.list().get(0).request(), store.list().get(0).idempotencyKey());
        assertThat(Files.list(home.resolve("outbox")).filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(3);

        PendingCaseStore restarted = new PendingCaseStore(home, HttpHotlineApi.mapper());
        List<String> delivered = new CopyOnWriteArrayList<>();
        try (OutboxSender sender = new OutboxSender(restarted, api, "operator", new OutboxSender.Listener() {
            @Override
            public void delivered(PendingCase pending, CaseCreatedDto created) {
                delivered.add(pending.idempotencyKey());
            }

            @Override
            public void rejected(PendingCase pending, ApiException refusal) {
                delivered.add("rejected " + pending.idempotencyKey());
            }

            @Override
            public void waiting(int count, boolean serverReachable) {
            }
        })) {
            // The file goes first, then the listener hears of it: wait for both.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> restarted.count() == 0 && delivered.size() == 3);
        }
        assertThat(delivered).containsExactly("killed-client-key-1", "killed-client-key-2", "killed-client-key-3");
        for (int i = 1; i <= 3; i++) {
            assertThat(casesOf("1360000000" + i)).as("phone %d", i).hasSize(1);
        }
        assertThat(List.of(casesOf("13600000001").get(0), casesOf("13600000002").get(0), casesOf("13600000003").get(0)))
                .isSortedAccordingTo(Comparator.comparing(CaseSummaryDto::caseNumber));
    }

    private static void takeCall(ClientUi ui, String phone, String description) {
        ui.press(KeyCode.F2);
        ui.waitFor(() -> ui.focusOwnerIs("#phone"));
        ui.write(phone);
        ui.press(KeyCode.ENTER);
        ui.write(description);
        ui.press(KeyCode.F3);
        ui.waitFor(() -> ui.focusOwnerIs("#category-search-field"));
        ui.write("lddbl");
        ui.waitFor(() -> !((javafx.scene.control.ListView<?>) ui.find("#category-search-results")).getItems().isEmpty());
        ui.press(KeyCode.ENTER);
        ui.press(KeyCode.CONTROL, KeyCode.ENTER);
        ui.waitFor(() -> ((Label) ui.find("#result-number")).getText().equals("已保存在本机"));
    }

    private static NewCaseRequest request(String phone) {
        String category = server.services().catalog.sortedLeaves().stream().filter(c -> c.name().equals("楼道灯不亮"))
                .findFirst().orElseThrow().code();
        return new NewCaseRequest(CaseType.COMPLAINT, Urgency.NORMAL, category, "楼道灯不亮，三楼到六楼都黑着",
                new CallerDto(phone, null, null), new LocationDto(39.9075, 116.45, null, null), Channel.PHONE, null);
    }

    private static List<CaseSummaryDto> casesOf(String phone) {
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login("operator", "operator");
        return api.listCases(CaseQuery.byPhone(phone, 10)).items();
    }
}

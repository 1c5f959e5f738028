package hotline.client.lead;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.client.api.HttpHotlineApi;
import hotline.client.support.ClientUi;
import hotline.client.support.LiveServer;
import hotline.model.CallerDto;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.DeadLetterDto;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.Urgency;
import hotline.server.forwarding.Endpoint;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order its unit never took becomes a dead letter after a day; the shift lead sees it and resends it. */
class DeadLetterUiTest {
    private LiveServer server;
    private ClientUi ui;

    @BeforeEach
    void unitWhoseEndpointIsDown() throws Exception {
        server = new LiveServer();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();                     // nothing listens there once it is closed
        }
        String url = "http://127.0.0.1:" + closedPort + "/orders";
        server.services().unitRepository.setEndpoint("110105001", url, "jianwai-webhook-secret");
        server.services().endpoints.put("110105001", new Endpoint(URI.create(url), "jianwai-webhook-secret"));
    }

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
        server.close();
    }

    @Test
    void theLeadSeesAnUndeliveredOrderAndResendsIt() throws Exception {
        CaseCreatedDto lost = createCase();
        assertThat(server.services().dispatcher.deliverDue()).isZero();
        server.advanceClocks(Duration.ofHours(25));
        assertThat(server.services().dispatcher.deliverDue()).isZero();   // now a dead letter

        ui = new ClientUi(server.url());
        ui.login("lead");
        ui.press(KeyCode.CONTROL, KeyCode.DIGIT4);
        TableView<DeadLetterDto> dead = ui.find("#dead-letters");
        ui.waitFor(() -> dead.getItems().size() == 1);
        assertThat(dead.getItems().get(0).caseNumber()).isEqualTo(lost.caseNumber());
        assertThat(dead.getItems().get(0).lastError()).contains("ConnectException");
        assertThat(((Button) ui.find("#dead-letter-resend")).isDisabled()).isTrue();   // nothing chosen yet
        ui.robot.interact(() -> dead.getSelectionModel().select(0));
        ui.screenshot("lead-dead-letters");
        ui.robot.interact(() -> ((Button) ui.find("#dead-letter-resend")).fire());
        ui.waitFor(() -> dead.getItems().isEmpty());                          // back in line for delivery
        assertThat(server.services().deadLetters.list(new hotline.server.auth.Principal("lead",
                hotline.model.Role.SHIFT_LEAD, null))).isEmpty();
    }

    private CaseCreatedDto createCase() {
        HttpHotlineApi api = new HttpHotlineApi(server.url());
        api.login("operator", "operator");
        String category = server.services().catalog.sortedLeaves().stream().filter(c -> c.name().equals("道路清扫不及时"))
                .findFirst().orElseThrow().code();
        return api.createCase(new NewCaseRequest(CaseType.COMPLAINT, Urgency.NORMAL, category, "门前道路两天没人清扫，落叶堆积",
                new CallerDto("13500000501", null, null), new LocationDto(39.9075, 116.45, null, "110105001"), Channel.PHONE,
                Boolean.TRUE), UUID.randomUUID().toString());
    }
}

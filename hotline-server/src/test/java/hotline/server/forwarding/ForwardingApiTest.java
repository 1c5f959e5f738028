package hotline.server.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Cases;
import hotline.server.support.Eventually;
import hotline.server.support.TestServer;
import hotline.server.support.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Forwarding to a unit's webhook, against a real HTTP receiver that verifies every signature. */
class ForwardingApiTest {
    private static final String SECRET = "heating-company-secret-2026";

    @RegisterExtension
    final TestServer server = new TestServer();
    private final WebhookReceiver receiver = new WebhookReceiver(SECRET);

    @BeforeEach
    void heatingCompanyTakesOrdersByWebhook() {
        assertThat(server.send("PUT", "/api/v1/units/ENT-HEAT/endpoint", "admin",
                Map.of("url", receiver.url(), "secret", SECRET), Map.of()).status()).isEqualTo(204);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aDispatchReachesTheUnitSignedAndOnlyThatUnit() throws Exception {
        server.services.dispatcher.start();                      // woken by the commit, not by the test
        String heating = createCase("供暖不热", "13600000001");
        createCase("路面油污", "13600000002");                    // a unit without an endpoint: nothing to post
        Eventually.within(Duration.ofSeconds(10), "the dispatch delivered", () -> receiver.accepted().size() == 1);
        WebhookReceiver.Delivery delivery = receiver.accepted().get(0);
        assertThat(delivery.signatureValid()).isTrue();
        assertThat(delivery.timestamp()).isEqualTo(server.clock.instant().getEpochSecond());
        JsonNode body = server.json().readTree(delivery.body());
        assertThat(body.get("eventId").asLong()).isEqualTo(delivery.eventId());
        assertThat(body.get("eventType").asText()).isEqualTo("CREATED");
        assertThat(body.get("unitCode").asText()).isEqualTo("ENT-HEAT");
        assertThat(body.at("/order/id").asText()).isEqualTo(heating);
        assertThat(body.at("/order/status").asText()).isEqualTo("DISPATCHED");
        assertThat(body.at("/data/rule").isMissingNode()).isFalse();
        Eventually.within(Duration.ofSeconds(10), "the outbox row marked delivered",   // once the receiver answered
                () -> outboxRows().contains(" DELIVERED 1 "));
        server.clock.advance(Duration.ofMinutes(5));
        assertThat(server.services.dispatcher.deliverDue()).isZero();
        assertThat(receiver.accepted()).hasSize(1);                // so it is not sent again
    }

    @Test
    void aUnitDownForAnHourGetsEverythingInOrderOnceItIsBack() throws Exception {
        receiver.stop();
        String first = createCase("供暖不热", "13600000011");
        String second = createCase("供暖不热", "13600000012");
        assertThat(server.post("lead", "/api/v1/cases/" + first + "/actions/supervise",
                Map.of("message", "请今日内上门")).status()).isEqualTo(200);
        String third = createCase("供暖不热", "13600000013");
        for (int minute = 0; minute <= 60; minute += 5) {         // an hour of failed attempts
            assertThat(server.services.dispatcher.deliverDue()).isZero();
            server.clock.advance(Duration.ofMinutes(5));
        }
        receiver.restart();
        server.clock.advance(Dispatcher.MAX_BACKOFF);              // the capped backoff: back within a minute
        int delivered = server.services.dispatcher.deliverDue();
        assertThat(delivered).as(() -> outboxRows()).isEqualTo(4);
        List<WebhookReceiver.Delivery> got = receiver.accepted();
        assertThat(got).allMatch(WebhookReceiver.Delivery::signatureValid);
        assertThat(got.stream().map(WebhookReceiver.Delivery::eventId).toList()).isSorted().doesNotHaveDuplicates();
        List<String> what = got.stream().map(d -> read(d, "/order/id") + " " + read(d, "/eventType")).toList();
        assertThat(what).containsExactly(first + " CREATED", second + " CREATED", first + " SUPERVISE", third + " CREATED");
        assertThat(read(got.get(2), "/data/message")).isEqualTo("请今日内上门");
        assertThat(server.services.dispatcher.deliverDue()).isZero();
        assertThat(server.get("lead", "/api/v1/forwarding/dead-letters").json()).isEmpty();
    }

    @Test
    void aDeliveryFailingForADayIsADeadLetterThatTheLeadResends() throws Exception {
        receiver.answerWith(500);
        String id = createCase("供暖不热", "13600000021");
        assertThat(server.services.dispatcher.deliverDue()).isZero();
        server.clock.advance(Duration.ofHours(25));
        server.forgetTokens();                                    // the day outlived the sessions
        assertThat(server.services.dispatcher.deliverDue()).isZero();
        JsonNode dead = server.get("lead", "/api/v1/forwarding/dead-letters").json();
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).get("caseId").asText()).isEqualTo(id);
        assertThat(dead.get(0).get("unitName").asText()).isNotBlank();
        assertThat(dead.get(0).get("lastError").asText()).isEqualTo("HTTP 500");
        assertThat(dead.get(0).get("attempts").asInt()).isEqualTo(2);
        assertThat(server.get("operator", "/api/v1/forwarding/dead-letters").status()).isEqualTo(403);
        server.clock.advance(Duration.ofHours(1));
        assertThat(server.services.dispatcher.deliverDue()).isZero();   // a dead letter is not retried on its own

        receiver.answerWith(200);
        long deadId = dead.get(0).get("id").asLong();
        assertThat(server.post("operator", "/api/v1/forwarding/dead-letters/" + deadId + "/resend", Map.of()).status()).isEqualTo(403);
        assertThat(server.post("lead", "/api/v1/forwarding/dead-letters/" + deadId + "/resend", Map.of()).status()).isEqualTo(204);
        assertThat(server.services.dispatcher.deliverDue()).isEqualTo(1);
        assertThat(receiver.accepted()).hasSize(1);
        assertThat(server.get("lead", "/api/v1/forwarding/dead-letters").json()).isEmpty();
        assertThat(server.post("lead", "/api/v1/forwarding/dead-letters/" + deadId + "/resend", Map.of()).status()).isEqualTo(404);
        assertThat(server.post("lead", "/api/v1/forwarding/dead-letters/abc/resend", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void twoDispatchersOnOneOutboxSendEveryRowOnceAndInOrder() throws Exception {
        receiver.answerAfter(Duration.ofMillis(20));               // slow enough that both are busy at once
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(createCase("供暖不热", "136000001" + (10 + i)));
        }
        // Two server nodes on one database: each has its own dispatcher, both working the same outbox.
        Dispatcher first = new Dispatcher(server.services.database, server.services.endpoints, server.clock);
        Dispatcher second = new Dispatcher(server.services.database, server.services.endpoints, server.clock);
        var nodes = Executors.newFixedThreadPool(2);
        try {
            Eventually.within(Duration.ofSeconds(30), "every row delivered", () -> {
                var a = nodes.submit(first::deliverDue);
                var b = nodes.submit(second::deliverDue);
                a.get();
                b.get();
                return !outboxRows().contains(" PENDING ");
            });
        } finally {
            nodes.shutdownNow();
            first.close();
            second.close();
        }
        List<WebhookReceiver.Delivery> got = receiver.accepted();
        assertThat(got.stream().map(d -> read(d, "/order/id")).toList()).as(this::outboxRows).containsExactlyElementsOf(cases);
        assertThat(got.stream().map(WebhookReceiver.Delivery::eventId).toList()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aUnitWithABacklogLongerThanARoundDoesNotHoldUpTheOthers() throws Exception {
        receiver.stop();                                           // the heating company is down all morning
        for (int i = 0; i < 3; i++) {
            createCase("供暖不热", "136000002" + (10 + i));
        }
        var water = server.post("operator", "/api/v1/cases", Cases.with(Cases.complaint("路面油污", "13600000230"), "forceNew", true));
        String roads = water.json().at("/leadUnit/code").asText();
        try (WebhookReceiver other = new WebhookReceiver("road-maintenance-secret-9")) {
            assertThat(server.send("PUT", "/api/v1/units/" + roads + "/endpoint", "admin",
                    Map.of("url", other.url(), "secret", "road-maintenance-secret-9"), Map.of()).status()).isEqualTo(204);
            createCase("路面油污", "13600000231");
            Dispatcher small = new Dispatcher(server.services.database, server.services.endpoints, server.clock, 2);
            try {
                assertThat(small.deliverDue()).as(this::outboxRows).isEqualTo(1);
            } finally {
                small.close();
            }
            assertThat(other.accepted()).hasSize(1);
            assertThat(other.accepted().get(0).signatureValid()).isTrue();
        }
        assertThat(receiver.accepted()).isEmpty();
    }

    @Test
    void backoffDoublesUpToThirtySeconds() {
        assertThat(Dispatcher.backoff(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(Dispatcher.backoff(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(Dispatcher.backoff(7)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Dispatcher.backoff(1_000)).isEqualTo(Duration.ofSeconds(30));
    }

    private String outboxRows() {
        return server.services.database.read(connection -> {
            StringBuilder out = new StringBuilder();
            try (var rows = connection.createStatement().executeQuery("select id, unit_code, event_type, state, attempts,"
                    + " last_error, next_attempt_at from forward_outbox order by id")) {
                while (rows.next()) {
                    out.append(rows.getString(1)).append(' ').append(rows.getString(2)).append(' ').append(rows.getString(3))
                            .append(' ').append(rows.getString(4)).append(' ').append(rows.getInt(5)).append(' ')
                            .append(rows.getString(6)).append(' ').append(rows.getString(7)).append('\n');
                }
            }
            return out.toString();
        });
    }

    private String createCase(String category, String phone) {
        var response = server.post("operator", "/api/v1/cases", Cases.with(Cases.complaint(category, phone), "forceNew", true));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private String read(WebhookReceiver.Delivery delivery, String pointer) {
        try {
            return server.json().readTree(delivery.body()).at(pointer).asText();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

package hotline.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hotline.server.support.Eventually;
import hotline.server.support.TestDatabase;
import hotline.server.support.WebhookReceiver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A server killed with SIGKILL in the middle of forwarding loses no delivery and duplicates none that a receiver
 * cannot recognise: a real server process forwards every new order of one unit to a slow real HTTP receiver, is
 * killed while deliveries are in flight, restarted on the same data, and must then deliver every order it
 * acknowledged; any event that arrives twice arrives with the same event id and the same body. Two rounds.
 */
class ForwardingCrashIT {
    private static final String SECRET = "crash-test-webhook-secret";
    private static final String UNIT = "110105001";               // 建外街道: where the test's cases are routed
    private final ProcessApi api = new ProcessApi();

    @Test
    void killMinusNineMidDeliveryLosesNothingAndRepeatsOnlyRecognisably() throws Exception {
        ServerProcess server = ServerProcess.fresh("forward-crash-it");
        try (WebhookReceiver receiver = new WebhookReceiver(SECRET)) {
            receiver.answerAfter(Duration.ofMillis(40));
            server.start();
            String admin = api.login(server, "admin", ServerProcess.ADMIN_PASSWORD);
            assertThat(api.put(server, admin, "/api/v1/units/" + UNIT + "/endpoint",
                    Map.of("url", receiver.url(), "secret", SECRET)).statusCode()).isEqualTo(204);
            assertThat(api.post(server, admin, "/api/v1/users", Map.of("username", "op", "password", "crash-test-operator",
                    "role", "OPERATOR"), null).statusCode()).isEqualTo(204);

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();   // case ids answered 201
            for (int round = 1; round <= 2; round++) {
                String token = api.login(server, "op", "crash-test-operator");
                for (int i = 0; i < 40; i++) {                           // a burst the slow receiver is still taking
                    var response = api.post(server, token, "/api/v1/cases", body("r" + round + "-" + i), null);
                    assertThat(response.statusCode()).isEqualTo(201);
                    JsonNode created = api.json.readTree(response.body());
                    assertThat(created.at("/leadUnit/code").asText()).isEqualTo(UNIT);
                    acknowledged.add(created.get("id").asText());
                }
                Thread.sleep(200 + ThreadLocalRandom.current().nextInt(600));
                int beforeKill = receiver.accepted().size();
                server.kill();
                int inFlight = acknowledged.size() - distinctCases(receiver).size();
                server.start();
                Eventually.within(Duration.ofSeconds(60), "every acknowledged order delivered",
                        () -> distinctCases(receiver).containsAll(acknowledged));
                List<WebhookReceiver.Delivery> all = receiver.accepted();
                Map<Long, List<WebhookReceiver.Delivery>> byEvent = all.stream()
                        .collect(Collectors.groupingBy(WebhookReceiver.Delivery::eventId));
                long repeated = byEvent.values().stream().filter(list -> list.size() > 1).count();
                System.out.printf("forwarding kill -9 round %d (%s): %d orders acknowledged, %d delivered before the kill,"
                                + " %d still to deliver at the kill, all delivered after restart; %d deliveries of %d"
                                + " events (delivered twice: %d)%n", round,
                        TestDatabase.postgres() ? "PostgreSQL" : "H2", acknowledged.size(), beforeKill, inFlight,
                        all.size(), byEvent.size(), repeated);
                assertThat(inFlight).as("the kill came while deliveries were pending").isPositive();
                assertThat(all).allMatch(WebhookReceiver.Delivery::signatureValid);
                byEvent.values().forEach(same -> assertThat(same.stream().map(WebhookReceiver.Delivery::body).distinct())
                        .as("a repeated event carries the same body").hasSize(1));
                assertThat(byEvent).as("one event per order").hasSize(acknowledged.size());
            }
        } finally {
            server.stop();
        }
    }

    private Set<String> distinctCases(WebhookReceiver receiver) {
        return receiver.accepted().stream().map(d -> {
            try {
                return api.json.readTree(d.body()).at("/order/id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toSet());
    }

    private static Map<String, Object> body(String key) {
        return Map.of("type", "COMPLAINT", "categoryCode", "URBAN.01.01", "description", "转派压力测试工单 " + key,
                "caller", Map.of("phone", "1390001" + String.format("%04d", Math.floorMod(key.hashCode(), 10000))),
                "location", Map.of("lat", 39.9075, "lng", 116.45, "subDistrictCode", UNIT), "forceNew", true);
    }
}

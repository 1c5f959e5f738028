package hotline.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.server.support.TestDatabase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A case answered 201 survives a kill -9 of the server at any moment: a real server process takes intake from
 * eight concurrent clients, is killed with SIGKILL at a random moment, restarted on the same data, and every case
 * it had acknowledged must be there. Requests whose answer was lost in the crash are retried with their
 * Idempotency-Key and must not create a second case. Three rounds; counts are printed.
 */
class IntakeCrashIT {
    private static final int CLIENTS = 8;
    private static final int ROUNDS = 3;
    private final ProcessApi api = new ProcessApi();
    private final ObjectMapper json = api.json;

    @Test
    void everyAcknowledgedCaseSurvivesKillMinusNine() throws Exception {
        ServerProcess server = ServerProcess.fresh("crash-it");
        server.start();
        String adminToken = api.login(server, "admin", ServerProcess.ADMIN_PASSWORD);
        assertThat(api.post(server, adminToken, "/api/v1/users", Map.of("username", "op", "password", "crash-test-operator",
                "role", "OPERATOR"), null).statusCode()).isEqualTo(204);

        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // Idempotency-Key -> case id
        Set<String> unanswered = ConcurrentHashMap.newKeySet();       // keys sent whose answer never came
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String token = api.login(server, "op", "crash-test-operator");
                int before = acknowledged.size();
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger sent = new AtomicInteger();
                List<Thread> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    int r = round;
                    Thread thread = new Thread(() -> {
                        int n = 0;
                        while (running.get()) {
                            String key = "r" + r + "-c" + client + "-" + n++;
                            sent.incrementAndGet();
                            try {
                                var response = api.post(server, token, "/api/v1/cases", body(key), key);
                                if (response.statusCode() == 201) {
                                    acknowledged.put(key, json.readTree(response.body()).get("id").asText());
                                } else {
                                    unanswered.add(key);
                                }
                            } catch (IOException crashed) {
                                unanswered.add(key);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    });
                    clients.add(thread);
                    thread.start();
                }
                Thread.sleep(800 + ThreadLocalRandom.current().nextInt(1500));
                server.kill();
                running.set(false);
                for (Thread thread : clients) {
                    thread.join();
                }
                server.start();
                int lost = 0;
                String fresh = api.login(server, "op", "crash-test-operator");
                for (var entry : acknowledged.entrySet()) {
                    if (api.get(server, fresh, "/api/v1/cases/" + entry.getValue()).statusCode() != 200) {
                        lost++;
                    }
                }
                int retried = 0;
                for (String key : new ArrayList<>(unanswered)) {
                    var response = api.post(server, fresh, "/api/v1/cases", body(key), key);
                    assertThat(response.statusCode()).as("retry of " + key).isEqualTo(201);
                    String id = json.readTree(response.body()).get("id").asText();
                    String earlier = acknowledged.putIfAbsent(key, id);
                    assertThat(earlier == null || earlier.equals(id)).as("one case per key").isTrue();
                    unanswered.remove(key);
                    retried++;
                }
                System.out.printf("kill -9 round %d (%s): %d requests sent, %d acknowledged before the kill, %d of all %d"
                                + " acknowledged cases missing after restart, %d unanswered requests retried%n",
                        round, TestDatabase.postgres() ? "PostgreSQL" : "H2", sent.get(), acknowledged.size() - before - retried,
                        lost, acknowledged.size() - retried, retried);
                assertThat(lost).as("acknowledged cases lost in round " + round).isZero();
                assertThat(acknowledged.size() - before).as("cases accepted in round " + round).isGreaterThan(20);
            }
            String token = api.login(server, "op", "crash-test-operator");
            assertThat(countCases(server, token)).as("cases stored = distinct keys, no duplicates").isEqualTo(acknowledged.size());
        } finally {
            server.stop();
        }
    }

    private Map<String, Object> body(String key) {
        return Map.of("type", "COMPLAINT", "categoryCode", "URBAN.01.01", "description", "压力测试工单 " + key,
                "caller", Map.of("phone", "1390000" + String.format("%04d", Math.floorMod(key.hashCode(), 10000))),
                "location", Map.of("lat", 39.9075, "lng", 116.45), "forceNew", true);
    }

    private int countCases(ServerProcess server, String token) throws Exception {
        int total = 0;
        String cursor = null;
        do {
            JsonNode page = json.readTree(api.get(server, token, "/api/v1/cases?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)).body());
            total += page.get("items").size();
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return total;
    }
}

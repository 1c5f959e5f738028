package hotline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import hotline.model.Role;
import hotline.server.HotlineApp;
import hotline.server.Services;
import hotline.server.forwarding.Endpoint;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Median time from intake to delivery at the unit's receiver. A server on embedded H2 in this JVM, every unit's
 * endpoint pointing at one real HTTP receiver (signature checked by nobody: this measures time, the tests check
 * signatures). Calls arrive at a steady rate over HTTP; for each dispatched case the time runs from the moment its
 * POST is sent to the moment the receiver has read the forwarded order.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.ForwardingLatencyBenchmark [calls/s] [seconds]</pre>
 */
public final class ForwardingLatencyBenchmark {
    public static void main(String[] args) throws Exception {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ObjectMapper json = new ObjectMapper();
        Map<String, Long> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        receiver.createContext("/orders", exchange -> {
            JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
            received.putIfAbsent(body.at("/order/id").asText(), System.nanoTime());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.start();

        try (ScratchStore store = ScratchStore.h2("forwarding-bench")) {
            Services services = store.services;
            URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/orders");
            services.units.all().forEach(unit -> {
                services.unitRepository.setEndpoint(unit.code(), url.toString(), "forwarding-benchmark-secret");
                services.endpoints.put(unit.code(), new Endpoint(url, "forwarding-benchmark-secret"));
            });
            services.auth.saveUser("bench", "bench-password", Role.OPERATOR, null);
            services.dispatcher.start();
            var app = HotlineApp.create(services, "bench").start(0);
            String base = "http://127.0.0.1:" + app.port();
            HttpClient http = HttpClient.newHttpClient();
            String token = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bench\",\"password\":\"bench-password\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).get("token").asText();
            List<String> categories = services.catalog.sortedLeaves().stream().map(c -> c.code())
                    .filter(code -> !code.startsWith("EMERGENCY")).toList();

            Map<String, Long> sentAt = new ConcurrentHashMap<>();
            Random random = new Random(42);
            ScheduledExecutorService callers = Executors.newScheduledThreadPool(8);
            int total = rate * seconds;
            java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
            System.out.printf("offering %d calls/s for %d s; every unit forwards to one receiver%n", rate, seconds);
            callers.scheduleAtFixedRate(() -> {
                int i = n.getAndIncrement();
                if (i >= total) {
                    return;
                }
                Map<String, Object> body;
                synchronized (random) {
                    body = CaseBodies.random(random, categories, "f" + i);
                }
                body.put("type", "COMPLAINT");               // complaints are dispatched; consultations are not
                body.put("forceNew", true);
                try {
                    long start = System.nanoTime();
                    var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cases"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    JsonNode created = json.readTree(response.body());
                    if (response.statusCode() == 201 && "DISPATCHED".equals(created.get("status").asText())) {
                        sentAt.put(created.get("id").asText(), start);
                    }
                } catch (Exception e) {
                    System.err.println("call failed: " + e);
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            while (n.get() < total) {
                Thread.sleep(200);
            }
            callers.shutdown();
            callers.awaitTermination(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!received.keySet().containsAll(sentAt.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            List<Double> millis = new ArrayList<>();
            sentAt.forEach((id, start) -> {
                Long at = received.get(id);
                if (at != null) {
                    millis.add((at - start) / 1e6);
                }
            });
            Collections.sort(millis);
            System.out.printf("intake → delivery at the receiver over %d dispatched cases (%d not delivered): median %.1f ms,"
                            + " p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", millis.size(), sentAt.size() - millis.size(),
                    at(millis, 0.50), at(millis, 0.90), at(millis, 0.99), millis.get(millis.size() - 1));
            app.stop();
        } finally {
            receiver.stop(0);
        }
        System.exit(0);
    }

    private static double at(List<Double> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }
}

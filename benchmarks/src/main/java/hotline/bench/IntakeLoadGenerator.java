package hotline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpMethod;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Replays realistic intake against a running server and prints throughput and latency percentiles.
 *
 * <p>Open loop: requests are sent on schedule whatever the server does, so a slow server shows up as latency,
 * not as a politely reduced load (no coordinated omission: latency counts from the scheduled send time).
 * The rate follows a city hotline's day — quiet at night, peaks mid-morning and mid-afternoon — compressed
 * into the run, with {@code --peak} requests per second at the busiest hour. Each case is a real category,
 * a real point in Beijing, a fresh Idempotency-Key.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.IntakeLoadGenerator
 *     [--url http://127.0.0.1:7070] [--user operator --password operator] [--peak 2500] [--seconds 60]
 *     [--flat] [--concurrency 256] [--warmup 80]</pre>
 *
 * <p>The first {@code --warmup} seconds run at the starting rate and are not counted; the measured run follows.
 * On two cores the server's C2 compiler takes about half a core for the first 75 s or so of load, so a shorter
 * warm-up measures the compiler as much as the server (docs/PERFORMANCE.md).
 */
public final class IntakeLoadGenerator {
    /** Calls per hour of a city hotline's day, relative (Beijing time, 00:00 first). */
    static final double[] DAY = {0.6, 0.4, 0.3, 0.3, 0.3, 0.5, 1.2, 2.8, 5.5, 7.5, 8.0, 7.2, 5.5, 6.0, 7.0, 7.2, 6.5,
            5.8, 4.5, 4.2, 3.8, 3.0, 2.0, 1.2};

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String url = options.getOrDefault("url", "http://127.0.0.1:7070");
        double peak = Double.parseDouble(options.getOrDefault("peak", "2500"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        boolean flat = options.containsKey("flat");
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "256"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "80"));
        ObjectMapper json = new ObjectMapper();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String token = login(http, json, url, options.getOrDefault("user", "operator"), options.getOrDefault("password", "operator"));
        List<String> categories = categories(http, json, url, token);
        org.eclipse.jetty.client.HttpClient jetty = new org.eclipse.jetty.client.HttpClient();
        jetty.setMaxConnectionsPerDestination(concurrency);
        jetty.setMaxRequestsQueuedPerDestination(concurrency * 4);
        jetty.setIdleTimeout(30_000);
        jetty.start();
        System.out.printf("intake load: %s, %d s warm-up then %d s measured, %s, peak %.0f/s, %d categories, concurrency limit %d%n",
                url, warmup, seconds, flat ? "flat rate" : "daily curve compressed", peak, categories.size(), concurrency);

        Recorder recorder = new Recorder(3);
        Histogram total = new Histogram(TimeUnit.SECONDS.toNanos(60), 3);
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        Semaphore inFlight = new Semaphore(concurrency);
        Random random = new Random(12345);
        String run = Long.toString(System.currentTimeMillis(), 36);
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmup);
        long start = warmupEnd;
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long next = System.nanoTime();
        boolean measuring = warmup == 0;
        long sent = 0;
        long lastReport = start;
        List<CompletableFuture<?>> pending = new ArrayList<>();
        while (next < end) {
            if (!measuring && next >= warmupEnd) {
                measuring = true;
                recorder.getIntervalHistogram();
                accepted.set(0);
                failed.set(0);
                dropped.set(0);
                lastReport = System.nanoTime();
                System.out.println("  warm-up done, measuring");
            }
            double progress = Math.max(0, (next - start) / (double) (end - start));
            double rate = flat ? peak : peak * curve(progress);
            long scheduled = next;
            next += (long) (1e9 / Math.max(rate, 1));
            long now = System.nanoTime();
            if (scheduled > now) {
                LockSupport.parkNanos(scheduled - now);
            }
            if (!inFlight.tryAcquire()) {
                dropped.incrementAndGet();
                continue;
            }
            String key = run + "-" + sent++;
            String body = json.writeValueAsString(CaseBodies.random(random, categories, key));
            CompletableFuture<Void> done = new CompletableFuture<>();
            jetty.newRequest(url + "/api/v1/cases").method(HttpMethod.POST).timeout(30, TimeUnit.SECONDS)
                    .headers(headers -> headers.put("Authorization", "Bearer " + token).put("Idempotency-Key", key))
                    .body(new StringRequestContent("application/json", body, StandardCharsets.UTF_8))
                    .send(result -> {
                        long latency = System.nanoTime() - scheduled;
                        inFlight.release();
                        if (result.isSucceeded() && result.getResponse().getStatus() == 201) {
                            accepted.incrementAndGet();
                            recorder.recordValue(Math.min(latency, TimeUnit.SECONDS.toNanos(59)));
                        } else {
                            failed.incrementAndGet();
                        }
                        done.complete(null);
                    });
            pending.add(done);
            if (pending.size() > 10_000) {
                pending.removeIf(CompletableFuture::isDone);
            }
            if (measuring && now - lastReport > TimeUnit.SECONDS.toNanos(10)) {
                Histogram interval = recorder.getIntervalHistogram();
                total.add(interval);
                System.out.printf("  t=%3ds target %5.0f/s  accepted %6d/s  p50 %6.1f ms  p99 %6.1f ms  failed %d%n",
                        TimeUnit.NANOSECONDS.toSeconds(now - start), rate,
                        interval.getTotalCount() * 1_000_000_000L / Math.max(1, now - lastReport),
                        interval.getValueAtPercentile(50) / 1e6, interval.getValueAtPercentile(99) / 1e6, failed.get());
                lastReport = now;
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        jetty.stop();
        double elapsed = (System.nanoTime() - start) / 1e9;
        total.add(recorder.getIntervalHistogram());
        System.out.printf("result: %d accepted in %.1f s = %.0f cases/s sustained (%d failed, %d not sent: client limit)%n",
                accepted.get(), elapsed, accepted.get() / elapsed, failed.get(), dropped.get());
        System.out.printf("latency ms: p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f%n",
                total.getValueAtPercentile(50) / 1e6, total.getValueAtPercentile(90) / 1e6,
                total.getValueAtPercentile(99) / 1e6, total.getValueAtPercentile(99.9) / 1e6, total.getMaxValue() / 1e6);
    }

    /** The day's shape, scaled so its busiest hour is 1.0. */
    static double curve(double progress) {
        double hour = progress * DAY.length;
        int h = Math.min(DAY.length - 1, (int) hour);
        double peak = 0;
        for (double value : DAY) {
            peak = Math.max(peak, value);
        }
        return DAY[h] / peak;
    }

    private static String login(HttpClient http, ObjectMapper json, String url, String user, String password) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("username", user, "password", password))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login failed: " + response.body());
        }
        return json.readTree(response.body()).get("token").asText();
    }

    private static List<String> categories(HttpClient http, ObjectMapper json, String url, String token) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/categories"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        List<String> codes = new ArrayList<>();
        for (JsonNode category : json.readTree(response.body())) {
            if (!category.get("domain").asText().equals("EMERGENCY")) {
                codes.add(category.get("code").asText());
            }
        }
        return codes;
    }
}

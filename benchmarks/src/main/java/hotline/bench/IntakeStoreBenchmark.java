package hotline.bench;

import hotline.model.NewCaseRequest;
import hotline.model.Role;
import hotline.server.Services;
import hotline.server.auth.Principal;
import hotline.server.catalog.Category;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Intake without HTTP: many threads call the intake service directly on a fresh H2 file (or PostgreSQL with
 * HOTLINE_DB_URL), to see what the store and the group commit can carry on their own.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.IntakeStoreBenchmark [cases] [threads]</pre>
 */
public final class IntakeStoreBenchmark {
    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        ObjectMapper json = new ObjectMapper();
        try (ScratchStore store = ScratchStore.fromEnvironment("intake-store-bench")) {
            Services services = store.services;
            List<String> codes = services.catalog.sortedLeaves().stream()
                    .filter(c -> !c.domain().name().equals("EMERGENCY")).map(Category::code).toList();
            Principal operator = new Principal("bench", Role.OPERATOR, null);
            for (int round = 0; round < 2; round++) {
                AtomicInteger next = new AtomicInteger();
                int total = round == 0 ? cases / 4 : cases;
                List<Thread> workers = new ArrayList<>();
                long start = System.nanoTime();
                for (int t = 0; t < threads; t++) {
                    int seed = t + round * 1000;
                    Thread worker = new Thread(() -> {
                        Random random = new Random(seed);
                        int i;
                        while ((i = next.getAndIncrement()) < total) {
                            String key = new UUID(random.nextLong(), random.nextLong()).toString(); // random, as clients send them
                            NewCaseRequest request = json.convertValue(CaseBodies.random(random, codes, key), NewCaseRequest.class);
                            services.intake.create(operator, request, key);
                        }
                    });
                    workers.add(worker);
                    worker.start();
                }
                for (Thread worker : workers) {
                    worker.join();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s: %d cases by %d threads in %.1f s = %.0f cases/s%n",
                        round == 0 ? "warm-up" : "measured", total, threads, seconds, total / seconds);
            }
        }
    }
}

package hotline.bench;

import hotline.server.HotlineApp;
import hotline.server.Services;
import hotline.server.demo.DemoSeeder;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Client cold start: starts a demo server in this JVM, then starts the client N times, each in a fresh JVM on
 * headless JavaFX (Monocle, software rendering), and prints JVM start → login screen and login → intake ready.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.ClientStartBenchmark [runs]</pre>
 */
public final class ClientStartBenchmark {
    private static final Pattern PROBE = Pattern.compile("PROBE login-screen-ms=(\\d+) ready-after-login-ms=(\\d+)");

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        try (ScratchStore store = ScratchStore.h2("client-start-bench")) {
            Services services = store.services;
            new DemoSeeder(services).seedIfEmpty(new PrintStream(OutputStream.nullOutputStream()), 20);
            var app = HotlineApp.create(services, "bench").start(0);
            String url = "http://127.0.0.1:" + app.port();
            String jar = Path.of(ClientStartBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            List<Long> loginScreen = new ArrayList<>();
            List<Long> ready = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1920x1080-32", "-cp", jar, ClientStartProbe.class.getName(), url,
                        Files.createTempDirectory("client-home").toString()).redirectErrorStream(true).start();
                String line;
                try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(), StandardCharsets.UTF_8))) {
                    while ((line = out.readLine()) != null) {
                        Matcher m = PROBE.matcher(line);
                        if (m.find()) {
                            loginScreen.add(Long.parseLong(m.group(1)));
                            ready.add(Long.parseLong(m.group(2)));
                            System.out.printf("run %d: JVM start → login screen %s ms, login → intake ready %s ms%n",
                                    run + 1, m.group(1), m.group(2));
                        }
                    }
                }
                probe.waitFor();
            }
            app.stop();
            System.out.printf("client start over %d runs: login screen median %d ms (min %d, max %d); "
                    + "login → intake ready median %d ms (min %d, max %d)%n", loginScreen.size(),
                    median(loginScreen), Collections.min(loginScreen), Collections.max(loginScreen),
                    median(ready), Collections.min(ready), Collections.max(ready));
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

package hotline.server.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import hotline.server.forwarding.Signature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's real HTTP endpoint, as a receiver would write it: it checks the signature of each delivery and records
 * it (also when the sender died before it read the answer: that is what a receiver sees). It can answer with an
 * error or slowly, and be stopped and started again on the same port (a unit that is down).
 */
public final class WebhookReceiver implements AutoCloseable {
    private final String secret;
    private final int port;
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile int status = 200;
    private volatile long delayMillis;
    private HttpServer server;

    public record Delivery(long eventId, long timestamp, boolean signatureValid, String body) {
    }

    public WebhookReceiver(String secret) {
        this.secret = secret;
        start(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hotline/orders";
    }

    public void answerWith(int status) {
        this.status = status;
    }

    /** Answers each delivery only after {@code delay}: a slow receiver, so deliveries are in flight. */
    public void answerAfter(java.time.Duration delay) {
        this.delayMillis = delay.toMillis();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void restart() {
        if (server == null) {
            start(port);
        }
    }

    /** What arrived and was answered 2xx, in arrival order. */
    public synchronized List<Delivery> accepted() {
        return List.copyOf(deliveries);
    }

    private void start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hotline/orders", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        long eventId = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Hotline-Event-Id"));
        long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("X-Hotline-Timestamp"));
        String signature = exchange.getRequestHeaders().getFirst("X-Hotline-Signature");
        boolean valid = Signature.sign(secret, timestamp, body).equals(signature);
        int answer = valid ? status : 401;
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (answer / 100 == 2) {
            synchronized (this) {
                deliveries.add(new Delivery(eventId, timestamp, valid, body));
            }
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
    }

    @Override
    public void close() {
        stop();
    }
}

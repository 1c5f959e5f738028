package hotline.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import hotline.model.LiveEventDto;
import hotline.server.support.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A client of {@code GET /api/v1/live} over real HTTP with java.net.http: the body's lines are parsed into
 * server-sent events as they arrive, and the test takes them from a queue with a timeout.
 */
final class LiveStream implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    record Message(String event, String data) {
    }

    private final TestServer server;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Flow.Subscription subscription;
    private String event;
    private StringBuilder data;

    private LiveStream(TestServer server) {
        this.server = server;
    }

    /** Opens the stream as {@code user}; gzip is offered, as OkHttp does, and must not hold events back. */
    static LiveStream open(TestServer server, String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/live"))
                .header("Accept", "text/event-stream")
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Bearer " + server.token(user))
                .GET().build();
        try {
            // A publisher rather than ofLines(): its subscription can be cancelled, which is how a client hangs up.
            HttpResponse<Flow.Publisher<List<ByteBuffer>>> response =
                    HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher()).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
            LiveStream stream = new LiveStream(server);
            response.body().subscribe(HttpResponse.BodySubscribers.fromLineSubscriber(stream.lines()));
            return stream;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the live stream did not open", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the stream and waits until the server has subscribed it, so nothing committed later is missed. */
    static LiveStream subscribed(TestServer server, String user) {
        LiveStream stream = open(server, user);
        assertThat(stream.next().event()).isEqualTo("ready");
        return stream;
    }

    /** Lines arrive one at a time on the HTTP client's threads, in order. */
    private Flow.Subscriber<String> lines() {
        return new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(String line) {
                parse(line);
            }

            @Override
            public void onError(Throwable failure) {
                ended.countDown();
            }

            @Override
            public void onComplete() {
                ended.countDown();
            }
        };
    }

    private void parse(String line) {
        if (line.isEmpty()) {
            if (data != null) {
                messages.add(new Message(event, data.toString()));
            }
            event = null;
            data = null;
        } else if (line.startsWith("event:")) {
            event = field(line);
        } else if (line.startsWith("data:")) {
            data = data == null ? new StringBuilder(field(line)) : data.append('\n').append(field(line));
        }
    }

    private static String field(String line) {
        String value = line.substring(line.indexOf(':') + 1);
        return value.startsWith(" ") ? value.substring(1) : value;
    }

    /** The next event, or a failure after {@link #WAIT}. */
    Message next() {
        try {
            Message message = messages.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(message).as("an event within " + WAIT).isNotNull();
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} case events, parsed with the server's own mapper (unknown fields are refused). */
    List<LiveEventDto> cases(int count) {
        List<LiveEventDto> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Message message = next();
            assertThat(message.event()).isEqualTo("case");
            try {
                events.add(server.json().readValue(message.data(), LiveEventDto.class));
            } catch (JsonProcessingException e) {
                throw new AssertionError("not a LiveEventDto: " + message.data(), e);
            }
        }
        return events;
    }

    boolean awaitEnd() throws InterruptedException {
        return ended.await(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Hangs up: cancelling the body makes the HTTP client close the connection. */
    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}

package hotline.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.LiveEventDto;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's live feed ({@code GET /api/v1/live}, server-sent events) with okhttp-sse: reconnects with a capped
 * backoff whenever the connection drops. The server sends a heartbeat every 15 s, so a read timeout of 45 s
 * notices a dead connection without tripping on a quiet one.
 */
final class LiveFeedClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeedClient.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(15);

    private final HttpHotlineApi api;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final LiveListener listener;
    private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "live-feed-reconnect");
        thread.setDaemon(true);
        return thread;
    });
    private volatile EventSource source;
    private volatile boolean closed;
    private Duration backoff = Duration.ofMillis(500);

    LiveFeedClient(HttpHotlineApi api, ObjectMapper json, LiveListener listener) {
        this.api = api;
        this.http = api.http().newBuilder().readTimeout(Duration.ofSeconds(45)).callTimeout(Duration.ZERO).build();
        this.json = json;
        this.listener = listener;
        connect();
    }

    private void connect() {
        if (closed) {
            return;
        }
        Request request = new Request.Builder().url(api.url("/api/v1/live")).header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + api.token()).build();
        source = EventSources.createFactory(http).newEventSource(request, new EventSourceListener() {
            @Override
            public void onEvent(EventSource eventSource, String id, String type, String data) {
                if ("ready".equals(type)) {
                    backoff = Duration.ofMillis(500);
                    listener.ready();
                } else if ("case".equals(type)) {
                    try {
                        listener.changed(json.readValue(data, LiveEventDto.class));
                    } catch (IOException e) {
                        LOG.warn("unreadable live event: {}", e.getMessage());
                    }
                }
            }

            @Override
            public void onClosed(EventSource eventSource) {
                dropped();
            }

            @Override
            public void onFailure(EventSource eventSource, Throwable failure, Response response) {
                dropped();
            }
        });
    }

    private void dropped() {
        if (closed) {
            return;
        }
        listener.disconnected();
        Duration wait = backoff;
        backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        reconnects.schedule(this::connect, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        closed = true;
        EventSource current = source;
        if (current != null) {
            current.cancel();
        }
        reconnects.shutdownNow();
    }
}

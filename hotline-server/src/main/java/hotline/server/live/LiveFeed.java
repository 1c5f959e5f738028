package hotline.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.LiveEventDto;
import hotline.server.auth.Principal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hub of the live feed: committed case changes fan out to every subscriber allowed to see them.
 *
 * <p>Thread rules: {@link #publish} is called by whoever committed (the intake writer, a request thread, the clock
 * scheduler) and must never wait for a subscriber, so it only offers to each subscriber's bounded buffer; a
 * subscriber whose buffer is full is disconnected (its client reconnects and reloads). Writing to a connection,
 * which can block, happens on the subscriber's own thread. Callers publish only after their transaction
 * committed: the feed never announces a change that could still roll back.
 */
public final class LiveFeed implements AutoCloseable {
    static final int DEFAULT_BUFFER = 1_000;
    /** Well inside Jetty's 30 s idle timeout, so a quiet but healthy stream is never cut. */
    static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    static final String CASE_EVENT = "case";
    static final String READY_EVENT = "ready";
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);

    private final ObjectMapper json;
    private final int buffer;
    private final Duration heartbeat;
    // Copy-on-write: subscribers come and go seldom, while every commit iterates over them.
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    public LiveFeed(ObjectMapper json) {
        this(json, DEFAULT_BUFFER, DEFAULT_HEARTBEAT);
    }

    LiveFeed(ObjectMapper json, int buffer, Duration heartbeat) {
        this.json = json;
        this.buffer = buffer;
        this.heartbeat = heartbeat;
    }

    /**
     * Starts delivering to {@code sink}: first a {@code ready} event (from then on nothing committed is missed),
     * then every visible change, and a heartbeat when idle. {@code disconnect} runs once, on the subscriber's
     * thread, when the subscription ends for any reason.
     */
    Subscriber subscribe(Principal principal, Sink sink, Runnable disconnect) {
        Subscriber subscriber = new Subscriber(principal, sink, disconnect, buffer, heartbeat, subscribers::remove);
        subscriber.offer(new Frame(READY_EVENT, ready(principal)));
        subscribers.add(subscriber);
        subscriber.start();
        if (closed.get()) {
            subscriber.close();
        }
        return subscriber;
    }

    /** Hands committed changes to the subscribers that may see them. Never blocks and never throws. */
    public void publish(List<LiveEventDto> events) {
        if (events.isEmpty() || subscribers.isEmpty()) {
            return;
        }
        try {
            for (LiveEventDto event : events) {
                fanOut(event);
            }
        } catch (RuntimeException e) {
            // The change is committed whatever happens here; a failure must not reach the committing caller.
            LOG.error("live feed could not publish {} events", events.size(), e);
        }
    }

    private void fanOut(LiveEventDto event) {
        Frame frame = null;
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.wants(event)) {
                continue;
            }
            if (frame == null) {
                frame = new Frame(CASE_EVENT, write(event));
            }
            if (!subscriber.offer(frame)) {
                LOG.warn("live subscriber {} fell {} events behind; disconnecting it", subscriber.name(), buffer);
                subscriber.close();
            }
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }

    private String ready(Principal principal) {
        var scope = json.createObjectNode().put("role", principal.role().name());
        scope.put("unitCode", principal.unitCode());
        return scope.toString();
    }

    private String write(LiveEventDto event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("live event is not serialisable", e);
        }
    }

    /**
     * Ends every subscription (their clients see the stream end) and refuses new ones. Waits a little for the
     * streams to end, so that they finish before the HTTP server stops under them; a client that stopped reading
     * may hold its thread until Jetty's idle timeout, and is not waited for longer than {@link #CLOSE_WAIT}.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            List<Subscriber> open = List.copyOf(subscribers);
            open.forEach(Subscriber::close);
            long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
            for (Subscriber subscriber : open) {
                subscriber.awaitEnd(deadline);
            }
        }
    }
}

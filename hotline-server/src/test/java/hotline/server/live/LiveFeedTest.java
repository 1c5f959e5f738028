package hotline.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import hotline.model.CaseStatus;
import hotline.model.ClockState;
import hotline.model.LiveEventDto;
import hotline.model.Role;
import hotline.server.auth.Principal;
import hotline.server.http.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The hub alone, with sinks the test controls: slow, gone and closing subscribers. */
class LiveFeedTest {
    private static final Principal OPERATOR = new Principal("operator", Role.OPERATOR, null);
    private static final Principal CLERK = new Principal("clerk", Role.CLERK, "110105001");
    private static final long WAIT_MS = 10_000;

    private final CountDownLatch release = new CountDownLatch(1);
    private LiveFeed feed;

    @AfterEach
    void tearDown() {
        release.countDown();
        if (feed != null) {
            feed.close();
        }
    }

    private static LiveEventDto event(long id, String lead, String previous) {
        return new LiveEventDto(id, "case-" + id, "20261124" + id, 1, "CREATED", CaseStatus.DISPATCHED, lead, previous,
                ClockState.GREEN, Instant.parse("2026-11-24T02:00:00Z"), null);
    }

    /** A sink that keeps what it is sent, or reports the connection gone once it has been sent {@code limit} frames. */
    private static Sink recording(BlockingQueue<Frame> into, int limit) {
        return frame -> {
            into.add(frame);
            return into.size() < limit;
        };
    }

    /** A client that never reads: its first write does not return until the test ends. */
    private boolean stallUntilReleased() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private static Frame take(BlockingQueue<Frame> frames) throws InterruptedException {
        Frame frame = frames.poll(WAIT_MS, TimeUnit.MILLISECONDS);
        assertThat(frame).as("a frame within " + WAIT_MS + " ms").isNotNull();
        return frame;
    }

    @Test
    void aStalledSubscriberIsCutOffWhilePublishersAndOthersGoOn() throws Exception {
        feed = new LiveFeed(JsonMapper.create(), 10, Duration.ofMinutes(1));
        CountDownLatch stalledDisconnected = new CountDownLatch(1);
        Subscriber stalled = feed.subscribe(OPERATOR, frame -> stallUntilReleased(), stalledDisconnected::countDown);
        BlockingQueue<Frame> healthy = new LinkedBlockingQueue<>();
        feed.subscribe(OPERATOR, recording(healthy, Integer.MAX_VALUE), () -> { });

        // Five times the buffer; a publish that waited for the subscriber that never reads would never return.
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(take(healthy).event()).isEqualTo(LiveFeed.READY_EVENT);
            for (long id = 1; id <= 50; id++) {
                feed.publish(List.of(event(id, "110105001", null)));
                Frame frame = take(healthy);
                assertThat(frame.event()).isEqualTo(LiveFeed.CASE_EVENT);
                assertThat(frame.data()).contains("\"eventId\":" + id + ",");
            }
        });

        assertThat(stalled.isClosed()).isTrue();
        assertThat(feed.subscriberCount()).isEqualTo(1);
        release.countDown();
        assertThat(stalledDisconnected.await(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
    }

    @Test
    void aUnitScopedSubscriberGetsItsUnitsCasesAndThoseLeavingIt() throws Exception {
        feed = new LiveFeed(JsonMapper.create(), 10, Duration.ofMinutes(1));
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        feed.subscribe(CLERK, recording(frames, Integer.MAX_VALUE), () -> { });
        feed.publish(List.of(event(1, "110105002", null), event(2, "110105001", null),
                event(3, "110105002", "110105001"), event(4, "110105002", "110105003")));
        assertThat(take(frames).data()).isEqualTo("{\"role\":\"CLERK\",\"unitCode\":\"110105001\"}");
        assertThat(take(frames).data()).contains("\"eventId\":2,");
        assertThat(take(frames).data()).contains("\"eventId\":3,");
        feed.publish(List.of(event(5, "110105001", null)));
        assertThat(take(frames).data()).contains("\"eventId\":5,");
    }

    @Test
    void anIdleStreamGetsHeartbeatsAndIsDroppedOnceItsClientIsGone() throws Exception {
        feed = new LiveFeed(JsonMapper.create(), 10, Duration.ofMillis(20));
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        CountDownLatch disconnected = new CountDownLatch(1);
        feed.subscribe(OPERATOR, recording(frames, 3), disconnected::countDown);
        assertThat(take(frames).event()).isEqualTo(LiveFeed.READY_EVENT);
        assertThat(take(frames)).isEqualTo(Frame.HEARTBEAT);
        assertThat(take(frames)).isEqualTo(Frame.HEARTBEAT);
        assertThat(disconnected.await(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(feed.subscriberCount()).isZero();
    }

    @Test
    void closingTheFeedEndsEveryStreamAndRefusesNewOnes() throws Exception {
        feed = new LiveFeed(JsonMapper.create(), 10, Duration.ofMinutes(1));
        CountDownLatch disconnected = new CountDownLatch(2);
        feed.subscribe(OPERATOR, frame -> true, disconnected::countDown);
        feed.subscribe(CLERK, frame -> true, disconnected::countDown);
        feed.close();
        assertThat(disconnected.await(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(feed.subscriberCount()).isZero();

        CountDownLatch late = new CountDownLatch(1);
        feed.subscribe(OPERATOR, frame -> true, late::countDown);
        assertThat(late.await(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(feed.subscriberCount()).isZero();
    }

    @Test
    void aSinkThatThrowsLosesOnlyItsOwnSubscription() throws Exception {
        feed = new LiveFeed(JsonMapper.create(), 10, Duration.ofMinutes(1));
        CountDownLatch disconnected = new CountDownLatch(1);
        feed.subscribe(OPERATOR, frame -> {
            throw new IllegalStateException("connection broke oddly");
        }, disconnected::countDown);
        BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        feed.subscribe(OPERATOR, recording(frames, Integer.MAX_VALUE), () -> { });
        assertThat(disconnected.await(WAIT_MS, TimeUnit.MILLISECONDS)).isTrue();
        feed.publish(List.of(event(1, "110105001", null)));
        assertThat(take(frames).event()).isEqualTo(LiveFeed.READY_EVENT);
        assertThat(take(frames).event()).isEqualTo(LiveFeed.CASE_EVENT);
        assertThat(feed.subscriberCount()).isEqualTo(1);
    }
}

package hotline.server.background;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.server.support.Eventually;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WakeableLoopTest {

    @Test
    void aWakeRunsTheNextRoundAtOnce() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        try (WakeableLoop loop = new WakeableLoop("test-loop", Duration.ofMinutes(1), rounds::incrementAndGet)) {
            loop.start();
            awaitRounds(rounds, 1);
            loop.wake();
            awaitRounds(rounds, 2);
        }
        assertThat(rounds.get()).isEqualTo(2);
    }

    @Test
    void aSettleTimeBoundsHowOftenWakesStartRounds() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        try (WakeableLoop loop = new WakeableLoop("test-loop", Duration.ofMinutes(1), Duration.ofMillis(300),
                rounds::incrementAndGet)) {
            loop.start();
            awaitRounds(rounds, 1);
            long until = System.nanoTime() + Duration.ofMillis(1_000).toNanos();
            while (System.nanoTime() < until) {           // woken hundreds of times in a second
                loop.wake();
                Thread.sleep(1);
            }
            // Without the settle time nearly every wake would start a round; with it, one per 300 ms after the first.
            assertThat(rounds.get()).isBetween(2, 6);
        }
    }

    private static void awaitRounds(AtomicInteger rounds, int count) throws Exception {
        Eventually.within(Duration.ofSeconds(5), "round " + count, () -> rounds.get() >= count);
    }
}

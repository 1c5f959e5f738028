package hotline.server.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WakeableLoopTest {

    @Test
    void aWakeRunsTheNextRoundAtOnce() throws InterruptedException {
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
    void aSettleTimeBoundsHowOftenWakesStartRounds() throws InterruptedException {
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

    private static void awaitRounds(AtomicInteger rounds, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (rounds.get() < count) {
            assertThat(System.nanoTime()).as("round %d within 5 s", count).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}

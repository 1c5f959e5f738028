package hotline.server.cases;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.server.cases.IdempotencyKeys.KeyedCase;
import hotline.server.support.Cases;
import hotline.server.support.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IdempotencyKeysTest {
    private static final Instant T = Instant.parse("2026-11-24T02:00:00Z");
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void theKeysOfTheLastDayAreReadBackFromTheCasesAfterARestart() {
        var first = server.post("operator", "/api/v1/cases", Cases.complaint("落叶未清扫", "13800000301"),
                Map.of("Idempotency-Key", "restart-0301")).json();
        server.post("operator", "/api/v1/cases", Cases.complaint("落叶未清扫", "13800000302"));   // no key

        IdempotencyKeys reloaded = load(server.clock.instant());
        var found = reloaded.find("operator", "restart-0301");
        assertThat(found).map(KeyedCase::caseId).contains(first.get("id").asText());
        assertThat(found.orElseThrow().requestHash()).hasSize(64);
        assertThat(reloaded.find("lead", "restart-0301")).as("keys belong to a user").isEmpty();
        assertThat(reloaded.size()).isEqualTo(1);

        assertThat(load(server.clock.instant().plus(Duration.ofHours(25))).find("operator", "restart-0301"))
                .as("a day later the key is no longer read back").isEmpty();
    }

    @Test
    void keysLeaveTheWindowOldestFirst() {
        IdempotencyKeys keys = new IdempotencyKeys(1_000);
        keys.remember("op", "a", new KeyedCase("A", "h"), T);
        keys.remember("op", "b", new KeyedCase("B", "h"), T.plus(Duration.ofHours(12)));
        keys.remember("op", "c", new KeyedCase("C", "h"), T.plus(Duration.ofHours(25)));
        assertThat(keys.find("op", "a")).isEmpty();
        assertThat(keys.find("op", "b")).map(KeyedCase::caseId).contains("B");
        assertThat(keys.find("op", "c")).map(KeyedCase::caseId).contains("C");
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void pastTheLimitTheOldestKeysGoEarly() {
        IdempotencyKeys keys = new IdempotencyKeys(2);
        keys.remember("op", "a", new KeyedCase("A", "h"), T);
        keys.remember("op", "b", new KeyedCase("B", "h"), T.plusSeconds(1));
        keys.remember("op", "c", new KeyedCase("C", "h"), T.plusSeconds(2));
        assertThat(keys.find("op", "a")).isEmpty();
        assertThat(keys.find("op", "b")).isPresent();
        assertThat(keys.find("op", "c")).isPresent();
    }

    @Test
    void aKeyWhoseCaseRolledBackIsForgottenAndItsRetryKept() {
        IdempotencyKeys keys = new IdempotencyKeys(2);
        KeyedCase rolledBack = new KeyedCase("A1", "h");
        keys.remember("op", "a", rolledBack, T);
        keys.forget("op", "a", rolledBack);
        assertThat(keys.find("op", "a")).isEmpty();

        keys.remember("op", "a", new KeyedCase("A2", "h"), T.plusSeconds(1));
        keys.remember("op", "b", new KeyedCase("B", "h"), T.plusSeconds(2));   // pushes out the rolled-back entry
        assertThat(keys.find("op", "a")).as("the retry's case, not removed with the stale entry").map(KeyedCase::caseId)
                .contains("A2");
    }

    private static IdempotencyKeys load(Instant now) {
        return server.db.database().read(connection -> IdempotencyKeys.load(connection, now));
    }
}

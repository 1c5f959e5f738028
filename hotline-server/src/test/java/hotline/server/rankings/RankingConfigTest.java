package hotline.server.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.UnitKind;
import hotline.server.http.JsonMapper;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class RankingConfigTest {
    private final RankingConfig config = RankingConfig.load(JsonMapper.create());

    @Test
    void everyKindHasWeightsThatAddUpAndAMinimumSample() {
        for (UnitKind kind : UnitKind.values()) {
            RankingConfig.Weights w = config.weights(YearMonth.of(2026, 11), kind);
            assertThat(w.response() + w.resolution() + w.satisfaction()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(w.minSample()).isPositive();
        }
    }

    @Test
    void theVersionInForceAppliesAlsoToMonthsBeforeItAndTheExclusionsAreThoseOfDesign() {
        assertThat(config.weights(YearMonth.of(2025, 6), UnitKind.SUB_DISTRICT))
                .isEqualTo(config.weights(YearMonth.of(2026, 11), UnitKind.SUB_DISTRICT));
        for (String reason : new String[] {"MALICIOUS", "UNREACHABLE", "UNREASONABLE"}) {
            assertThat(config.excludes(YearMonth.of(2026, 11), reason)).as(reason).isTrue();
        }
        assertThat(config.excludes(YearMonth.of(2026, 11), "SATISFIED")).isFalse();
    }
}

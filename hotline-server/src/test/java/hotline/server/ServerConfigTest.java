package hotline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {
    private static final String[] DATA = {"--data", "/tmp/hotline-config-test"};

    @Test
    void h2KeepsA32MegabyteCacheUnlessToldOtherwise() {
        assertThat(ServerConfig.parse(DATA, Map.of()).database().url()).contains(";CACHE_SIZE=32768;");
        assertThat(ServerConfig.parse(DATA, Map.of("HOTLINE_H2_CACHE_MB", " 512 ")).database().url())
                .contains(";CACHE_SIZE=524288;");
    }

    @Test
    void aCacheSizeThatIsNotAPlausibleNumberOfMegabytesIsRefusedByName() {
        for (String bad : new String[] {"lots", "0", "3", "65537", "1.5"}) {
            assertThatThrownBy(() -> ServerConfig.parse(DATA, Map.of("HOTLINE_H2_CACHE_MB", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HOTLINE_H2_CACHE_MB");
        }
    }

    @Test
    void postgresqlIsChosenByItsUrlAndTheDeadLetterTimeByAnIsoDuration() {
        var config = ServerConfig.parse(DATA, Map.of("HOTLINE_DB_URL", "jdbc:postgresql://db:5432/hotline",
                "HOTLINE_DB_USER", "hotline", "HOTLINE_DEAD_LETTER_AFTER", "PT6H"));
        assertThat(config.database().isPostgres()).isTrue();
        assertThat(config.database().user()).isEqualTo("hotline");
        assertThat(config.deadLetterAfter()).isEqualTo(Duration.ofHours(6));
        assertThatThrownBy(() -> ServerConfig.parse(DATA, Map.of("HOTLINE_DEAD_LETTER_AFTER", "a day")))
                .hasMessageContaining("HOTLINE_DEAD_LETTER_AFTER");
    }
}

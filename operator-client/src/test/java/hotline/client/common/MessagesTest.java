package hotline.client.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/hotline/client/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void chineseIsTheDefaultAndArgumentsAreFormattedInTheLocale() {
        assertThat(new Messages(Messages.CHINESE).get("tab.intake")).isEqualTo("接听登记");
        assertThat(new Messages(java.util.Locale.GERMAN).get("tab.intake")).isEqualTo("接听登记");
        assertThat(new Messages(Messages.ENGLISH).get("status.outbox", 3)).isEqualTo("3 waiting to be sent");
        assertThat(new Messages(Messages.CHINESE).get("status.outbox", 1200)).isEqualTo("1,200 件待发送");
    }
}

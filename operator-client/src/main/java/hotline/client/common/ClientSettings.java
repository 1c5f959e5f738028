package hotline.client.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * What the client remembers between shifts, in {@code settings.properties} under the client's home folder: the
 * server address, the last user name, the language and the operator's recently used categories. Never a password.
 */
public final class ClientSettings {
    public static final String DEFAULT_SERVER = "http://127.0.0.1:7070";
    private static final int RECENT_CATEGORIES = 12;

    private final Path file;
    private final Properties values = new Properties();

    public ClientSettings(Path home) {
        this.file = home.resolve("settings.properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    public String serverUrl() {
        return values.getProperty("server", DEFAULT_SERVER);
    }

    public String username() {
        return values.getProperty("username", "");
    }

    public Locale locale() {
        return "en".equals(values.getProperty("language")) ? Messages.ENGLISH : Messages.CHINESE;
    }

    public List<String> recentCategories() {
        String list = values.getProperty("recentCategories", "");
        return list.isBlank() ? List.of() : Arrays.asList(list.split(","));
    }

    public void rememberLogin(String serverUrl, String username) {
        values.setProperty("server", serverUrl);
        values.setProperty("username", username);
        save();
    }

    public void setLocale(Locale locale) {
        values.setProperty("language", locale.getLanguage().equals("en") ? "en" : "zh");
        save();
    }

    /** Moves {@code code} to the front of the recently used categories. */
    public void useCategory(String code) {
        List<String> recent = new ArrayList<>(recentCategories());
        recent.remove(code);
        recent.add(0, code);
        values.setProperty("recentCategories", String.join(",", recent.subList(0, Math.min(RECENT_CATEGORIES, recent.size()))));
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("settings.properties.tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "Hotline 12345 client settings (no passwords are kept)");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static Path defaultHome() {
        return Path.of(System.getProperty("user.home"), ".hotline12345-client");
    }
}

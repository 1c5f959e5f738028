package hotline.client.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The client's texts in Chinese (default) or English, from {@code hotline/client/i18n/messages*.properties}. */
public final class Messages {
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("hotline.client.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean isChinese() {
        return locale.getLanguage().equals("zh");
    }

    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no text for " + key + " in " + locale, e);
        }
        return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}

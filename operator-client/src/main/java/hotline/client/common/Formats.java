package hotline.client.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and numbers in the user's language, in Beijing time (the hotline's clocks run on it). */
public final class Formats {
    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final DateTimeFormatter dateTime;
    private final Messages messages;

    public Formats(Messages messages) {
        this.messages = messages;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(BEIJING);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    /** The text of an enum constant, e.g. status.DISPATCHED → 已派单. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String key = value.getDeclaringClass().getSimpleName() + "." + value.name();
        return messages.has(key) ? messages.get(key) : value.name();
    }
}

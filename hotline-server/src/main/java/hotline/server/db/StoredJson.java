package hotline.server.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** A JSON object kept in a text column (an event's data), read back as a map: null reads as empty. */
public final class StoredJson {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private StoredJson() {
    }

    /** @param whose what holds the text, for the error when it is not a JSON object (e.g. "event 12") */
    public static Map<String, Object> map(ObjectMapper json, String text, String whose) {
        try {
            return text == null ? Map.of() : json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(whose + " holds unreadable data", e);
        }
    }
}

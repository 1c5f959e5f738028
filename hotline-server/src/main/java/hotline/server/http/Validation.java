package hotline.server.http;

import hotline.model.FieldErrorDto;
import java.util.ArrayList;
import java.util.List;

/** Collects every bad field of a request, then fails once naming all of them (422). */
public final class Validation {
    private final List<FieldErrorDto> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        if (!ok) {
            errors.add(new FieldErrorDto(field, message));
        }
        return this;
    }

    public Validation required(Object value, String field) {
        boolean present = value != null && !(value instanceof String text && text.isBlank());
        return require(present, field, "is required");
    }

    public Validation maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            String names = String.join(", ", errors.stream().map(FieldErrorDto::field).distinct().toList());
            throw new ApiException(422, "validation_failed", "Invalid fields: " + names, errors);
        }
    }
}

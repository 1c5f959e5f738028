package hotline.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Every error answer: a stable machine code, a sentence for people, and the bad fields if any. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ErrorDto(String error, String message, List<FieldErrorDto> fields) {
    public ErrorDto(String error, String message) {
        this(error, message, List.of());
    }
}

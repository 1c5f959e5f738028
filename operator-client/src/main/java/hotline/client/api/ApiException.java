package hotline.client.api;

import hotline.model.ErrorDto;
import hotline.model.FieldErrorDto;
import java.util.stream.Collectors;

/** The server answered with an error ({@link ErrorDto}); {@link #status()} is the HTTP status. */
public final class ApiException extends RuntimeException {
    private final int status;
    private final ErrorDto error;

    public ApiException(int status, ErrorDto error) {
        super(status + " " + error.error() + ": " + error.message() + fieldText(error));
        this.status = status;
        this.error = error;
    }

    public int status() {
        return status;
    }

    public ErrorDto error() {
        return error;
    }

    /** A refusal that sending again cannot fix (validation, permissions, state), unlike 429 or 5xx. */
    public boolean isPermanent() {
        return status >= 400 && status < 500 && status != 429 && status != 408;
    }

    private static String fieldText(ErrorDto error) {
        return error.fields() == null || error.fields().isEmpty() ? ""
                : " (" + error.fields().stream().map(FieldErrorDto::field).collect(Collectors.joining(", ")) + ")";
    }
}

package hotline.server.http;

import hotline.model.FieldErrorDto;
import java.util.List;

/**
 * A failure the client can understand: an HTTP status, a stable error code and a sentence.
 * Services throw it (they know nothing of HTTP beyond the status number); {@link ErrorMapping} renders it.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final List<FieldErrorDto> fields;

    public ApiException(int status, String error, String message) {
        this(status, error, message, List.of());
    }

    public ApiException(int status, String error, String message, List<FieldErrorDto> fields) {
        super(message);
        this.status = status;
        this.error = error;
        this.fields = List.copyOf(fields);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public List<FieldErrorDto> fields() {
        return fields;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }
}

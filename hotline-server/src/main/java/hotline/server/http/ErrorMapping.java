package hotline.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import hotline.model.ErrorDto;
import hotline.server.db.DataAccessException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one error mapping: every failure leaves as {@code {error, message}} JSON, never a stack trace. */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.status(), new ErrorDto(e.error(), e.getMessage(), e.fields())));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(),
                new ErrorDto(codeFor(e.getStatus()), e.getMessage())));
        routes.exception(DataAccessException.class, (e, ctx) -> {
            String reference = UUID.randomUUID().toString();
            LOG.error("database failure, reference {}", reference, e);
            respond(ctx, 503, new ErrorDto("unavailable", "the database is not available; reference " + reference));
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (rootCause(e) instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = fieldPath(mismatch);
                String message = mismatch instanceof UnrecognizedPropertyException ? "is not a known field"
                        : mismatch instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                        ? "must be one of " + java.util.Arrays.toString(invalid.getTargetType().getEnumConstants())
                        : "has the wrong type";
                respond(ctx, 422, new ErrorDto("validation_failed", "Invalid fields: " + field,
                        java.util.List.of(new hotline.model.FieldErrorDto(field, message))));
                return;
            }
            if (rootCause(e) instanceof JsonProcessingException json) {
                respond(ctx, 400, new ErrorDto("bad_json", "the body is not valid JSON for this request: "
                        + json.getOriginalMessage()));
                return;
            }
            String reference = UUID.randomUUID().toString();
            LOG.error("unexpected failure on {} {}, reference {}", ctx.method(), ctx.path(), reference, e);
            respond(ctx, 500, new ErrorDto("internal", "internal error; reference " + reference));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                respond(ctx, 404, new ErrorDto("not_found", "no such resource: " + ctx.path()));
            }
        });
        routes.error(405, ctx -> respond(ctx, 405, new ErrorDto("method_not_allowed", ctx.method() + " is not allowed on " + ctx.path())));
    }

    private static String fieldPath(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof JsonProcessingException ? cause : e instanceof JsonProcessingException ? e : cause;
    }

    private static void respond(Context ctx, int status, ErrorDto body) {
        ctx.status(status).json(body);
    }

    private static String codeFor(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 409 -> "conflict";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "busy";
            default -> "http_" + status;
        };
    }
}

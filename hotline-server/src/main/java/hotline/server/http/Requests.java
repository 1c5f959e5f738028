package hotline.server.http;

import hotline.server.auth.Principal;
import io.javalin.http.Context;

/** Small helpers every controller shares: the caller, typed query parameters and JSON bodies. */
public final class Requests {
    public static final String PRINCIPAL = "principal";

    private Requests() {
    }

    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw ApiException.unauthorized("a bearer token is required");
        }
        return principal;
    }

    public static int intParam(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    public static String param(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public static <E extends Enum<E>> E enumParam(Context ctx, String name, Class<E> type) {
        String value = param(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name + " has no value " + value);
        }
    }

    /** The JSON body as {@code type}; an empty body is null (actions without fields). */
    public static <T> T body(Context ctx, Class<T> type) {
        if (ctx.body().isBlank()) {
            return null;
        }
        return ctx.bodyAsClass(type);
    }
}

package hotline.server.units;

import hotline.model.Role;
import hotline.model.UnitEndpointRequest;
import hotline.model.UnitKind;
import hotline.server.forwarding.Endpoint;
import hotline.server.forwarding.Endpoints;
import hotline.server.http.ApiException;
import hotline.server.http.Requests;
import hotline.server.http.Validation;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;

/** {@code GET /api/v1/units} and the admin's {@code PUT /api/v1/units/{code}/endpoint}. */
public final class UnitController {
    private final UnitDirectory units;
    private final UnitRepository repository;
    private final Endpoints endpoints;

    public UnitController(UnitDirectory units, UnitRepository repository, Endpoints endpoints) {
        this.units = units;
        this.repository = repository;
        this.endpoints = endpoints;
    }

    public void list(Context ctx) {
        UnitKind kind = Requests.enumParam(ctx, "kind", UnitKind.class);
        var list = kind == null
                ? units.all().stream().sorted(java.util.Comparator.comparing(Unit::code)).toList()
                : units.ofKind(kind);
        ctx.json(list.stream().map(Unit::toDto).toList());
    }

    public void setEndpoint(Context ctx) {
        if (!Requests.principal(ctx).is(Role.ADMIN)) {
            throw ApiException.forbidden("only an administrator sets unit endpoints");
        }
        String code = ctx.pathParam("code");
        if (units.find(code).isEmpty()) {
            throw ApiException.notFound("no unit " + code);
        }
        UnitEndpointRequest request = Requests.body(ctx, UnitEndpointRequest.class);
        if (request == null) {
            throw ApiException.badRequest("url and secret are required");
        }
        new Validation().required(request.url(), "url").required(request.secret(), "secret")
                .maxLength(request.url(), 500, "url").maxLength(request.secret(), 200, "secret")
                .require(request.url() == null || isHttpUrl(request.url()), "url", "must be an http or https URL")
                .require(request.secret() == null || request.secret().length() >= 16, "secret", "must be at least 16 characters")
                .throwIfInvalid();
        repository.setEndpoint(code, request.url(), request.secret());
        endpoints.put(code, new Endpoint(URI.create(request.url()), request.secret()));
        ctx.status(204);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

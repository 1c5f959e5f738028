package hotline.server.catalog;

import hotline.server.http.Requests;
import io.javalin.http.Context;

/** The category routes: the full list for the client's cache, search as you type, and suggestion from text. */
public final class CatalogController {
    private final CatalogService catalog;

    public CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    public void all(Context ctx) {
        ctx.header("Cache-Control", "max-age=3600").json(catalog.all());
    }

    public void search(Context ctx) {
        ctx.json(catalog.search(ctx.queryParam("q"), Requests.intParam(ctx, "limit", 20)));
    }

    public void suggest(Context ctx) {
        ctx.json(catalog.suggest(ctx.queryParam("text"), Requests.intParam(ctx, "limit", 5)));
    }
}

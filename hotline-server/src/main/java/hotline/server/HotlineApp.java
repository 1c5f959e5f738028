package hotline.server;

import hotline.server.auth.AuthController;
import hotline.server.cases.CaseController;
import hotline.server.catalog.CatalogController;
import hotline.server.forwarding.ForwardingController;
import hotline.server.http.ErrorMapping;
import hotline.server.rankings.RankingController;
import hotline.server.http.HealthController;
import hotline.server.live.LiveController;
import hotline.server.insight.WorkloadController;
import hotline.server.insight.WorkloadService;
import hotline.server.routing.RoutingController;
import hotline.server.units.UnitController;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

/** Every route of the server, declared in one place, and the error mapping. */
public final class HotlineApp {
    /** Largest request body accepted; a case is a few kilobytes. */
    public static final long MAX_BODY_BYTES = 64 * 1024;
    /**
     * A body somewhat over the limit is read and dropped before the 413 goes out, so a client still uploading it
     * gets the answer instead of a reset connection; a body over this is refused without reading it.
     */
    private static final long DRAIN_LIMIT = 1024 * 1024;

    private HotlineApp() {
    }

    public static Javalin create(Services services, String version) {
        var health = new HealthController(services.database, version);
        var auth = new AuthController(services.auth);
        var catalog = new CatalogController(services.catalogService);
        var units = new UnitController(services.units, services.unitRepository, services.endpoints);
        var routing = new RoutingController(services.routing, services.catalog, services.units);
        var workload = new WorkloadController(new WorkloadService(services.database, services.units, services.clock));
        var cases = new CaseController(services.intake, services.actions, services.caseViews, services.listing);
        var live = new LiveController(services.live);
        var forwarding = new ForwardingController(services.deadLetters);
        var rankings = new RankingController(services.rankings, services.clock);
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(services.json, false));
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            // End the live streams while Jetty still serves them: clients see a clean end of stream and reconnect elsewhere.
            config.events.serverStopping(services.live::close);
            var routes = config.routes;
            ErrorMapping.register(routes);
            routes.before("/api/v1/*", ctx -> {
                if (ctx.contentLength() > MAX_BODY_BYTES) {
                    drainUpTo(ctx, DRAIN_LIMIT);
                    throw new hotline.server.http.ApiException(413, "too_large", "the body must be at most " + MAX_BODY_BYTES + " bytes");
                }
                String path = ctx.path();
                if (!path.equals("/api/v1/health") && !path.equals("/api/v1/auth/login")) {
                    auth.authenticate(ctx);
                }
            });
            routes.get("/api/v1/health", health::health);
            routes.post("/api/v1/auth/login", auth::login);
            routes.post("/api/v1/auth/logout", auth::logout);
            routes.post("/api/v1/users", auth::saveUser);
            routes.get("/api/v1/categories", catalog::all);
            routes.get("/api/v1/categories/search", catalog::search);
            routes.get("/api/v1/categories/suggest", catalog::suggest);
            routes.get("/api/v1/units", units::list);
            routes.get("/api/v1/routing/preview", routing::preview);
            routes.get("/api/v1/workload", workload::get);
            routes.put("/api/v1/units/{code}/endpoint", units::setEndpoint);
            routes.post("/api/v1/cases", cases::create);
            routes.get("/api/v1/cases", cases::list);
            routes.get("/api/v1/cases/{id}", cases::get);
            routes.get("/api/v1/cases/{id}/events", cases::events);
            routes.post("/api/v1/cases/{id}/actions/{action}", cases::act);
            routes.get("/api/v1/live", live::stream);
            routes.get("/api/v1/rankings", rankings::list);
            routes.get("/api/v1/rankings/cases", rankings::cases);
            routes.get("/api/v1/forwarding/dead-letters", forwarding::list);
            routes.post("/api/v1/forwarding/dead-letters/{id}/resend", forwarding::resend);
        });
    }

    private static void drainUpTo(io.javalin.http.Context ctx, long limit) {
        if (ctx.contentLength() > limit) {
            return;
        }
        try (java.io.InputStream body = ctx.req().getInputStream()) {
            body.skip(limit);
        } catch (java.io.IOException gone) {
            // the client went away; the 413 still goes to whoever listens
        }
    }
}

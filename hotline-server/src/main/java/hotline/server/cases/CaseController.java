package hotline.server.cases;

import hotline.model.CaseActionRequest;
import hotline.model.CaseStatus;
import hotline.model.NewCaseRequest;
import hotline.server.http.Requests;
import io.javalin.http.Context;

/** HTTP in and out for cases; the rules live in the services. */
public final class CaseController {
    private final IntakeService intake;
    private final CaseActionService actions;
    private final CaseViews views;
    private final CaseListService listing;

    public CaseController(IntakeService intake, CaseActionService actions, CaseViews views, CaseListService listing) {
        this.intake = intake;
        this.actions = actions;
        this.views = views;
        this.listing = listing;
    }

    public void create(Context ctx) {
        var created = intake.submit(Requests.principal(ctx), Requests.body(ctx, NewCaseRequest.class), ctx.header("Idempotency-Key"));
        // No request thread waits for the group commit: the answer goes out from the writer's completion.
        ctx.future(() -> created.thenAccept(dto -> ctx.status(201).json(dto)));
    }

    public void list(Context ctx) {
        var query = new CaseListQuery(Requests.enumParam(ctx, "status", CaseStatus.class), Requests.param(ctx, "unit"),
                Requests.param(ctx, "category"), Requests.param(ctx, "operator"), Requests.param(ctx, "phone"), Requests.param(ctx, "q"),
                Requests.intParam(ctx, "limit", 50), Requests.param(ctx, "cursor"));
        ctx.json(listing.list(Requests.principal(ctx), query));
    }

    public void get(Context ctx) {
        ctx.json(views.find(Requests.principal(ctx), ctx.pathParam("id")));
    }

    public void events(Context ctx) {
        ctx.json(views.events(Requests.principal(ctx), ctx.pathParam("id")));
    }

    public void act(Context ctx) {
        ctx.json(actions.act(Requests.principal(ctx), ctx.pathParam("id"), ctx.pathParam("action"),
                Requests.body(ctx, CaseActionRequest.class)));
    }
}

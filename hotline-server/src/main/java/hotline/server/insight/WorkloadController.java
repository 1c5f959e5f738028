package hotline.server.insight;

import hotline.server.http.Requests;
import io.javalin.http.Context;

/** {@code GET /api/v1/workload}: open cases per unit and per operator, for the shift lead. */
public final class WorkloadController {
    private final WorkloadService workload;

    public WorkloadController(WorkloadService workload) {
        this.workload = workload;
    }

    public void get(Context ctx) {
        ctx.json(workload.workload(Requests.principal(ctx)));
    }
}

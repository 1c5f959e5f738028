package hotline.server.http;

import hotline.model.HealthDto;
import hotline.server.db.Database;
import io.javalin.http.Context;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** {@code GET /api/v1/health}: is the server up and can it reach its database. No token needed. */
public final class HealthController {
    private final Database database;
    private final String version;

    public HealthController(Database database, String version) {
        this.database = database;
        this.version = version;
    }

    public void health(Context ctx) {
        boolean up;
        try {
            up = database.read(connection -> {
                try (PreparedStatement ping = connection.prepareStatement("select 1"); ResultSet rows = ping.executeQuery()) {
                    return rows.next();
                }
            });
        } catch (RuntimeException e) {
            up = false;
        }
        ctx.status(up ? 200 : 503).json(new HealthDto(up ? "UP" : "DOWN", database.dialect().productName(), version));
    }
}

package hotline.server.forwarding;

import hotline.server.db.Database;
import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The units that take their orders by webhook, read once from the unit table and kept in memory, so intake knows
 * without a query whether a change must be written to the outbox. The admin's {@code PUT .../endpoint} updates it.
 */
public final class Endpoints {
    private final Map<String, Endpoint> byUnit = new ConcurrentHashMap<>();

    public static Endpoints load(Database database) {
        Endpoints endpoints = new Endpoints();
        database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select code, endpoint_url, endpoint_secret from unit where endpoint_url is not null");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    endpoints.put(rows.getString(1), new Endpoint(URI.create(rows.getString(2)), rows.getString(3)));
                }
            }
            return null;
        });
        return endpoints;
    }

    public Optional<Endpoint> find(String unitCode) {
        return unitCode == null ? Optional.empty() : Optional.ofNullable(byUnit.get(unitCode));
    }

    public void put(String unitCode, Endpoint endpoint) {
        byUnit.put(unitCode, endpoint);
    }
}

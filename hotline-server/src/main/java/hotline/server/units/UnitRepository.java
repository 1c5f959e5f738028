package hotline.server.units;

import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/** Keeps the unit table (foreign-key target and endpoint settings) in step with the reference files. */
public final class UnitRepository {
    private final Database database;

    public UnitRepository(Database database) {
        this.database = database;
    }

    /** Inserts units the database does not know yet and refreshes names; endpoints set by an admin are kept. */
    public int synchronise(UnitDirectory directory) {
        return database.inTransaction(connection -> {
            Set<String> known = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement("select code from unit");
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getString(1));
                }
            }
            int inserted = 0;
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into unit (code, kind, name, name_en, district_code, lat, lng) values (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement update = connection.prepareStatement(
                         "update unit set kind = ?, name = ?, name_en = ?, district_code = ?, lat = ?, lng = ? where code = ?")) {
                for (Unit unit : directory.all()) {
                    if (known.contains(unit.code())) {
                        update.setString(1, unit.kind().name());
                        update.setString(2, unit.name());
                        update.setString(3, unit.nameEn());
                        update.setString(4, unit.districtCode());
                        Jdbc.setDouble(update, 5, unit.lat());
                        Jdbc.setDouble(update, 6, unit.lng());
                        update.setString(7, unit.code());
                        update.addBatch();
                    } else {
                        insert.setString(1, unit.code());
                        insert.setString(2, unit.kind().name());
                        insert.setString(3, unit.name());
                        insert.setString(4, unit.nameEn());
                        insert.setString(5, unit.districtCode());
                        Jdbc.setDouble(insert, 6, unit.lat());
                        Jdbc.setDouble(insert, 7, unit.lng());
                        insert.addBatch();
                        inserted++;
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
            return inserted;
        });
    }

    public boolean setEndpoint(String code, String url, String secret) {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update unit set endpoint_url = ?, endpoint_secret = ? where code = ?")) {
                update.setString(1, url);
                update.setString(2, secret);
                update.setString(3, code);
                return update.executeUpdate() == 1;
            }
        });
    }
}

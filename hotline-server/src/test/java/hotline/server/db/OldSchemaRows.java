package hotline.server.db;

import java.sql.SQLException;
import java.sql.Statement;

/** Rows written straight into an older schema, for the upgrade tests: the columns every version since V1 has. */
final class OldSchemaRows {
    private OldSchemaRows() {
    }

    /** One sub-district and a dispatched complaint for each id, led by it. */
    static void casesOfOneUnit(Statement sql, String... ids) throws SQLException {
        sql.execute("insert into unit (code, kind, name) values ('110105001', 'SUB_DISTRICT', '建外街道')");
        for (String id : ids) {
            sql.execute("insert into hotline_case (id, case_number, type, urgency, status, category_code, description,"
                    + " caller_anonymous, channel, lead_unit_code, routing_rule, routing_reason, repeat_count, heat,"
                    + " clock_profile_version, created_by, created_at, updated_at, version) values ('" + id + "', 'N"
                    + id + "', 'COMPLAINT', 'NORMAL', 'DISPATCHED', 'C1', '噪音', false, 'PHONE', '110105001',"
                    + " 'SUB_DISTRICT_CHOSEN', 'r', 0, 1, '2026-01', 'op1', current_timestamp, current_timestamp, 1)");
        }
    }
}

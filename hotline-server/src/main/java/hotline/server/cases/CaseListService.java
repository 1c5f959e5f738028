package hotline.server.cases;

import hotline.model.CasePageDto;
import hotline.model.CaseSummaryDto;
import hotline.server.auth.Principal;
import hotline.server.db.Database;
import hotline.server.db.Jdbc;
import hotline.server.http.ApiException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Case listing with keyset (cursor) paging, newest first. Each filter leads an index that ends in
 * (created_at desc, id desc), so a page costs the same on the millionth row as on the first.
 */
public final class CaseListService {
    public static final int MAX_LIMIT = 200;
    private static final Pattern CASE_NUMBER = Pattern.compile("\\d{13,14}");
    private static final Pattern CATEGORY = Pattern.compile("[A-Z_]+(\\.\\d{2}){0,2}");

    private final Database database;

    public CaseListService(Database database) {
        this.database = database;
    }

    public CasePageDto list(Principal principal, CaseListQuery query) {
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            throw ApiException.badRequest("limit must be between 1 and " + MAX_LIMIT);
        }
        String unit = query.unit();
        if (principal.scopedToUnit()) {
            if (unit != null && !unit.equals(principal.unitCode())) {
                throw ApiException.forbidden("you may list only your own unit's cases");
            }
            unit = principal.unitCode();
        }
        if (query.category() != null && !CATEGORY.matcher(query.category()).matches()) {
            throw ApiException.badRequest("category must be a domain, group or leaf code");
        }
        if (query.operator() != null && query.operator().length() > 64) {
            throw ApiException.badRequest("operator must be at most 64 characters");
        }
        if (query.q() != null && query.q().length() > 100) {
            throw ApiException.badRequest("q must be at most 100 characters");
        }
        Cursor after = query.cursor() == null ? null : Cursor.decode(query.cursor());
        StringBuilder sql = new StringBuilder("select " + CaseRepository.COLUMNS + " from hotline_case where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            sql.append(" and status = ?");
            args.add(query.status().name());
        }
        if (unit != null && principal.scopedToUnit()) {
            // A unit's own queue: the orders it leads and the joint orders it is called in on and has not finished.
            sql.append(" and (lead_unit_code = ? or id in (select case_id from case_co_unit where unit_code = ?"
                    + " and state in " + CoUnitRepository.OPEN_STATES + "))");
            args.add(unit);
            args.add(unit);
        } else if (unit != null) {
            sql.append(" and lead_unit_code = ?");
            args.add(unit);
        }
        if (query.category() != null) {
            boolean leaf = query.category().chars().filter(ch -> ch == '.').count() == 2;
            sql.append(leaf ? " and category_code = ?" : " and category_code like ?");
            args.add(leaf ? query.category() : query.category() + ".%");
        }
        if (query.operator() != null) {
            sql.append(" and created_by = ?");
            args.add(query.operator());
        }
        if (query.phone() != null) {
            sql.append(" and caller_phone = ?");
            args.add(IntakeValidation.normalisePhone(query.phone()));
        }
        if (query.q() != null && !query.q().isBlank()) {
            String q = query.q().strip();
            if (CASE_NUMBER.matcher(q).matches()) {
                sql.append(" and case_number = ?");
                args.add(q);
            } else {
                sql.append(" and (description like ? or address like ?)");
                String pattern = "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
                args.add(pattern);
                args.add(pattern);
            }
        }
        if (after != null) {
            // A row-value comparison, which both planners turn into one index range (an OR of two conditions is not).
            sql.append(" and (created_at, id) < (?, ?)");
            args.add(after.createdAt());
            args.add(after.id());
        }
        // A limit in the SQL, not only setMaxRows: PostgreSQL's planner must know it to walk the index, not sort.
        sql.append(" order by created_at desc, id desc fetch first ? rows only");
        int limit = query.limit();
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    Object arg = args.get(i);
                    if (arg instanceof Instant instant) {
                        Jdbc.setInstant(select, i + 1, instant);
                    } else {
                        select.setString(i + 1, (String) arg);
                    }
                }
                select.setInt(args.size() + 1, limit + 1);
                List<CaseSummaryDto> items = new ArrayList<>();
                String next = null;
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        CaseRecord c = CaseRepository.map(rows);
                        if (items.size() == limit) {
                            CaseSummaryDto last = items.get(items.size() - 1);
                            next = new Cursor(last.createdAt(), last.id()).encode();
                            break;
                        }
                        items.add(CaseViews.summary(c));
                    }
                }
                return new CasePageDto(items, next);
            }
        });
    }

    /** The list rows of {@code ids}, in that order (ids with no case are left out); for drill-downs. */
    public List<CaseSummaryDto> summaries(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(connection -> {
            java.util.Map<String, CaseSummaryDto> byId = new java.util.HashMap<>();
            String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("select " + CaseRepository.COLUMNS
                    + " from hotline_case where id in (" + marks + ")")) {
                for (int i = 0; i < ids.size(); i++) {
                    select.setString(i + 1, ids.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        CaseSummaryDto row = CaseViews.summary(CaseRepository.map(rows));
                        byId.put(row.id(), row);
                    }
                }
            }
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    /** Position after the last row of a page: (created_at, id), opaque to clients. */
    record Cursor(Instant createdAt, String id) {
        String encode() {
            String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String text) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\.", 3);
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[2]);
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw ApiException.badRequest("cursor is not one this server issued");
            }
        }
    }
}

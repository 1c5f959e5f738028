package hotline.server.cases;

import hotline.model.CaseStatus;

/** Filters of {@code GET /api/v1/cases}; null means "any". {@code operator} is the user who took the call. */
public record CaseListQuery(CaseStatus status, String unit, String category, String operator, String phone, String q,
                            int limit, String cursor) {
}

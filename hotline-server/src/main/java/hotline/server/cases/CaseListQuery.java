package hotline.server.cases;

import hotline.model.CaseStatus;

/** Filters of {@code GET /api/v1/cases}; null means "any". */
public record CaseListQuery(CaseStatus status, String unit, String category, String phone, String q, int limit,
                            String cursor) {
}

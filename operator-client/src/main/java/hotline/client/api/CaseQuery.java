package hotline.client.api;

import hotline.model.CaseStatus;

/** Filters of {@code GET /api/v1/cases}; null means "any". {@code operator} is the user who took the call. */
public record CaseQuery(CaseStatus status, String unitCode, String categoryCode, String operator, String phone, String text, int limit,
                        String cursor) {

    public static CaseQuery byPhone(String phone, int limit) {
        return new CaseQuery(null, null, null, null, phone, null, limit, null);
    }

    public static CaseQuery newest(int limit) {
        return new CaseQuery(null, null, null, null, null, null, limit, null);
    }
}

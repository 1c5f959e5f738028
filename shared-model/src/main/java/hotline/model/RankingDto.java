package hotline.model;

/**
 * One unit's line in the monthly ranking ({@code GET /api/v1/rankings}). Rates are 0..1 and null when their
 * denominator is zero; {@code rank} is null for a unit below the minimum sample (listed, not ranked).
 * {@code cases} is the number of dispatches to the unit that month; {@code responded} of them were signed and the
 * caller contacted within their clocks; {@code evaluated} return visits counted (exclusions count in none).
 */
public record RankingDto(Integer rank, String unitCode, String unitName, int cases, Double responseRate,
                         Double resolutionRate, Double satisfactionRate, Double score, boolean ranked, int responded,
                         int evaluated, int resolved, int satisfied, int basically, int returned) {

    /** The same line at place {@code place} of the ranking. */
    public RankingDto withRank(int place) {
        return new RankingDto(place, unitCode, unitName, cases, responseRate, resolutionRate, satisfactionRate, score,
                ranked, responded, evaluated, resolved, satisfied, basically, returned);
    }
}

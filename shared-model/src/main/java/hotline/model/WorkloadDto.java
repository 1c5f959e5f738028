package hotline.model;

import java.util.List;

/**
 * Open cases per unit (with how many clocks are yellow or red) and per operator who took them: the shift lead's
 * view of who is carrying what. Answer of {@code GET /api/v1/workload}, largest first. For each unit also this
 * month's dispatches and how many of them it returned (its return rate), from the ranking tallies.
 */
public record WorkloadDto(List<UnitLoad> units, List<OperatorLoad> operators) {

    public record UnitLoad(String unitCode, String unitName, int open, int yellow, int red, int dispatchedThisMonth,
                           int returnedThisMonth) {
    }

    public record OperatorLoad(String username, int open) {
    }
}

package hotline.model;

/** Body of {@code POST /api/v1/cases}. */
public record NewCaseRequest(CaseType type, Urgency urgency, String categoryCode, String description,
                             CallerDto caller, LocationDto location, Channel channel, Boolean forceNew) {
}

package hotline.model;

/**
 * Where a case would go if submitted now: answer of {@code GET /api/v1/routing/preview}, shown on the intake screen
 * before submit. District and sub-district are what the location resolved to (either may be null).
 */
public record RoutingPreviewDto(UnitDto leadUnit, RoutingDto routing, UnitDto district, UnitDto subDistrict) {
}

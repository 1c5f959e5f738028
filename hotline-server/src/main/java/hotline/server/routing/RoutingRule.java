package hotline.server.routing;

/** The rules routing can fire, in the order it tries them. */
public enum RoutingRule {
    /** Domain EMERGENCY: handed to 110/119/120/122, not dispatched. */
    EMERGENCY_TRANSFER,
    /** A city-wide department or enterprise named by the category. */
    CATEGORY_UNIT,
    /** The sub-district the operator chose. */
    OPERATOR_SUB_DISTRICT,
    /** The sub-district whose representative point is nearest within the point's district. */
    NEAREST_SUB_DISTRICT,
    /** The district government of the location, for district-level categories. */
    DISTRICT,
    /** Jurisdiction unclear inside a known district: the district government takes it (兜底). */
    DISTRICT_FALLBACK,
    /** No usable location for a local category: the centre holds it for manual dispatch. */
    NO_JURISDICTION
}

package hotline.model;

/** WGS84 point, free address text and the operator's choice of sub-district (all optional). */
public record LocationDto(Double lat, Double lng, String address, String subDistrictCode) {
}

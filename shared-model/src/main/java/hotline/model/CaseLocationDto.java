package hotline.model;

/** A case's location as resolved by routing. */
public record CaseLocationDto(Double lat, Double lng, String address, String subDistrictCode,
                              String subDistrictName, String districtCode, String districtName) {
}

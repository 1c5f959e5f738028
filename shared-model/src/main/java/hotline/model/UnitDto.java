package hotline.model;

public record UnitDto(String code, String name, UnitKind kind, String districtCode) {
}

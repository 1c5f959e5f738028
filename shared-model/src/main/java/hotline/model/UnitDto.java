package hotline.model;

/**
 * A unit that can be made to act. {@code pinyin} and {@code initials} (of the Chinese name) let the client find a
 * sub-district as the operator types, e.g. "jw" or "jianwai" for 建外街道.
 */
public record UnitDto(String code, String name, UnitKind kind, String districtCode, String pinyin, String initials) {
}

package hotline.client.common;

import hotline.model.UnitDto;
import hotline.model.UnitKind;
import hotline.search.CategorySearch;
import hotline.search.SearchKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every unit, fetched once after login: names for codes, and search by Chinese name, pinyin or initials with the
 * category matcher — over sub-districts (where a case happened) or over all units (where a case is reassigned).
 */
public final class Units {
    private final Map<String, UnitDto> byCode;
    private final CategorySearch<UnitDto> subDistricts;
    private final CategorySearch<UnitDto> all;

    public Units(List<UnitDto> units) {
        this.byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        Map<String, String> districtNames = units.stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                .collect(Collectors.toMap(UnitDto::code, u -> shortName(u.name())));
        Function<UnitDto, SearchKeys> keys = u -> new SearchKeys(u.code(), u.name(),
                districtNames.getOrDefault(u.districtCode(), ""), null, nullToEmpty(u.pinyin()), nullToEmpty(u.initials()),
                List.of());
        this.subDistricts = new CategorySearch<>(units.stream().filter(u -> u.kind() == UnitKind.SUB_DISTRICT).toList(), keys);
        this.all = new CategorySearch<>(units, keys);
    }

    public List<UnitDto> searchSubDistricts(String query, int limit) {
        return subDistricts.search(query, limit);
    }

    public List<UnitDto> searchAll(String query, int limit) {
        return all.search(query, limit);
    }

    public Optional<UnitDto> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** The unit's name, or the code itself for a unit this client does not know. */
    public String name(String code) {
        return find(code).map(UnitDto::name).orElse(code == null ? "" : code);
    }

    /** "朝阳区 / 建外街道" for a sub-district, the name alone otherwise. */
    public String label(UnitDto unit) {
        return find(unit.districtCode()).filter(d -> !d.code().equals(unit.code()))
                .map(d -> shortName(d.name()) + " / " + unit.name()).orElse(unit.name());
    }

    private static String shortName(String districtGovernment) {
        return districtGovernment.replace("人民政府", "");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

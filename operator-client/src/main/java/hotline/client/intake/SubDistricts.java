package hotline.client.intake;

import hotline.model.UnitDto;
import hotline.model.UnitKind;
import hotline.search.CategorySearch;
import hotline.search.SearchKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sub-districts, searchable by Chinese name, pinyin or initials with the category matcher, and their districts. */
public final class SubDistricts {
    private final Map<String, UnitDto> byCode;
    private final CategorySearch<UnitDto> search;

    public SubDistricts(List<UnitDto> units) {
        this.byCode = units.stream().collect(Collectors.toMap(UnitDto::code, Function.identity()));
        Map<String, String> districtNames = units.stream().filter(u -> u.kind() == UnitKind.DISTRICT)
                .collect(Collectors.toMap(UnitDto::code, u -> u.name().replace("人民政府", "")));
        List<UnitDto> subDistricts = units.stream().filter(u -> u.kind() == UnitKind.SUB_DISTRICT).toList();
        this.search = new CategorySearch<>(subDistricts, u -> new SearchKeys(u.code(), u.name(),
                districtNames.getOrDefault(u.districtCode(), ""), null, nullToEmpty(u.pinyin()), nullToEmpty(u.initials()),
                List.of()));
    }

    public List<UnitDto> search(String query, int limit) {
        return search.search(query, limit);
    }

    public Optional<UnitDto> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    /** "朝阳区 / 建外街道" for a sub-district, the name alone otherwise. */
    public String label(UnitDto unit) {
        return find(unit.districtCode()).filter(d -> !d.code().equals(unit.code()))
                .map(d -> d.name().replace("人民政府", "") + " / " + unit.name()).orElse(unit.name());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

package hotline.server.units;

import hotline.model.UnitDto;
import hotline.model.UnitKind;
import hotline.server.catalog.Pinyin;

/**
 * A unit that can be made to act; sub-districts carry their derived representative point. {@code pinyin} and
 * {@code initials} of the Chinese name are computed once at load (HanLP), for the client's sub-district search.
 */
public record Unit(String code, UnitKind kind, String name, String nameEn, String districtCode,
                   Double lat, Double lng, boolean countsTowardRanking, String pinyin, String initials) {

    static Unit of(String code, UnitKind kind, String name, String nameEn, String districtCode, Double lat, Double lng,
                   boolean countsTowardRanking) {
        String syllables = Pinyin.syllables(name);
        return new Unit(code, kind, name, nameEn, districtCode, lat, lng, countsTowardRanking, syllables.replace(" ", ""),
                Pinyin.initials(syllables));
    }

    public UnitDto toDto() {
        return new UnitDto(code, name, kind, districtCode, pinyin, initials);
    }
}

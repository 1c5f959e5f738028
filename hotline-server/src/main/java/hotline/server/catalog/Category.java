package hotline.server.catalog;

import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.UnitKind;
import java.util.List;

/**
 * A leaf of the category tree with everything routing, clocks and search need.
 * {@code pinyin} is the name's full pinyin without tones or spaces, {@code initials} its first letters.
 */
public record Category(String code, Domain domain, String groupCode, String groupName, String name, String nameEn,
                       List<String> keywords, List<String> synonyms, UnitKind responsibleKind, String responsibleUnit,
                       String clockProfile, String transferTo, String pinyin, String initials) {

    public String path() {
        return domain.nameZh() + " / " + groupName + " / " + name;
    }

    /** The level-2 group code, e.g. URBAN.03 for URBAN.03.07. */
    public String group() {
        return groupCode;
    }

    public CategoryDto toDto() {
        return new CategoryDto(code, name, nameEn, domain.name(), path(), keywords, responsibleKind);
    }

    public CategoryHitDto toHit(Double score) {
        return new CategoryHitDto(code, name, nameEn, domain.name(), path(), score);
    }
}

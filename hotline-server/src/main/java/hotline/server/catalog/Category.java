package hotline.server.catalog;

import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.model.SearchTermDto;
import hotline.model.UnitKind;
import hotline.search.SearchKeys;
import java.util.List;

/**
 * A leaf of the category tree with everything routing, clocks and search need.
 * {@code searchKeys} holds the pinyin of the name and of every synonym and keyword, computed once at load.
 */
public record Category(String code, Domain domain, String groupCode, String groupName, String name, String nameEn,
                       List<String> keywords, List<String> synonyms, UnitKind responsibleKind, String responsibleUnit,
                       String clockProfile, String transferTo, SearchKeys searchKeys) {

    /** The name's full pinyin without tones or spaces, e.g. "gongnuanbure". */
    public String pinyin() {
        return searchKeys.pinyin();
    }

    public String path() {
        return domain.nameZh() + " / " + groupName + " / " + name;
    }

    /** The level-2 group code, e.g. URBAN.03 for URBAN.03.07. */
    public String group() {
        return groupCode;
    }

    public CategoryDto toDto() {
        return new CategoryDto(code, name, nameEn, domain.name(), path(), keywords, responsibleKind, groupName,
                searchKeys.pinyin(), searchKeys.initials(), searchKeys.terms().stream()
                .map(t -> new SearchTermDto(t.text(), t.pinyin(), t.initials())).toList());
    }

    public CategoryHitDto toHit(Double score) {
        return new CategoryHitDto(code, name, nameEn, domain.name(), path(), score);
    }
}

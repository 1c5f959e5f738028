package hotline.model;

import java.util.List;

/**
 * A leaf of the category tree as the client caches it. {@code path} is "domain / group / leaf" in Chinese.
 * {@code pinyin}, {@code initials} and {@code searchTerms} carry what the client's local search needs, computed
 * once on the server, so the client needs no Chinese dictionary.
 */
public record CategoryDto(String code, String name, String nameEn, String domain, String path,
                          List<String> keywords, UnitKind responsibleKind, String groupName, String pinyin,
                          String initials, List<SearchTermDto> searchTerms) {
}

package hotline.model;

import java.util.List;

/** A leaf of the category tree as the client caches it. {@code path} is "domain / group / leaf" in Chinese. */
public record CategoryDto(String code, String name, String nameEn, String domain, String path,
                          List<String> keywords, UnitKind responsibleKind) {
}

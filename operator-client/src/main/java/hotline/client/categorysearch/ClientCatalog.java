package hotline.client.categorysearch;

import hotline.model.CategoryDto;
import hotline.model.SearchTermDto;
import hotline.search.CategorySearch;
import hotline.search.SearchKeys;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The category tree fetched once after login and searched here, with the server's own matcher, so a keystroke
 * never waits on the network. Immutable and thread-safe.
 */
public final class ClientCatalog {
    private final Map<String, CategoryDto> byCode = new LinkedHashMap<>();
    private final CategorySearch<CategoryDto> search;

    public ClientCatalog(List<CategoryDto> categories) {
        categories.forEach(c -> byCode.put(c.code(), c));
        this.search = new CategorySearch<>(categories, ClientCatalog::keys);
    }

    public int size() {
        return byCode.size();
    }

    public Optional<CategoryDto> find(String code) {
        return Optional.ofNullable(code).map(byCode::get);
    }

    public List<CategoryDto> search(String query, int limit) {
        return search.search(query, limit);
    }

    /** The given codes that still exist, in order (recently used categories may have been retired). */
    public List<CategoryDto> known(List<String> codes) {
        List<CategoryDto> found = new ArrayList<>();
        codes.forEach(code -> find(code).ifPresent(found::add));
        return found;
    }

    static SearchKeys keys(CategoryDto c) {
        List<SearchKeys.Term> terms = c.searchTerms() == null ? List.of()
                : c.searchTerms().stream().map(ClientCatalog::term).toList();
        return new SearchKeys(c.code(), c.name(), c.groupName() == null ? "" : c.groupName(), c.nameEn(),
                c.pinyin() == null ? "" : c.pinyin(), c.initials() == null ? "" : c.initials(), terms);
    }

    private static SearchKeys.Term term(SearchTermDto t) {
        return new SearchKeys.Term(t.text(), t.pinyin(), t.initials());
    }
}

package hotline.server.catalog;

import hotline.model.CategoryDto;
import hotline.model.CategoryHitDto;
import hotline.search.CategorySearch;
import hotline.server.http.ApiException;
import java.util.List;
import java.util.Map;

/** Category listing, search and suggestion for the HTTP edge and the client's cache. */
public final class CatalogService {
    public static final int MAX_LIMIT = 100;
    public static final int MAX_QUERY = 100;
    public static final int MAX_TEXT = 4000;

    private final CategorySearch<Category> search;
    private final CategorySuggester suggester;
    private final List<CategoryDto> all;

    public CatalogService(CategoryCatalog catalog) {
        this.search = new CategorySearch<>(catalog.sortedLeaves(), Category::searchKeys);
        this.suggester = new CategorySuggester(catalog, Map.of());
        this.all = catalog.sortedLeaves().stream().map(Category::toDto).toList();
    }

    public List<CategoryDto> all() {
        return all;
    }

    public List<CategoryHitDto> search(String query, int limit) {
        if (query == null || query.isBlank()) {
            throw new ApiException(400, "bad_request", "q is required");
        }
        if (query.length() > MAX_QUERY) {
            throw new ApiException(400, "bad_request", "q must be at most " + MAX_QUERY + " characters");
        }
        return search.search(query, checkLimit(limit)).stream().map(c -> c.toHit(null)).toList();
    }

    public List<CategoryHitDto> suggest(String text, int limit) {
        if (text == null || text.isBlank()) {
            throw new ApiException(400, "bad_request", "text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new ApiException(413, "too_large", "text must be at most " + MAX_TEXT + " characters");
        }
        return suggester.suggest(text, checkLimit(limit)).stream()
                .map(s -> s.category().toHit(s.score())).toList();
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(400, "bad_request", "limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }
}

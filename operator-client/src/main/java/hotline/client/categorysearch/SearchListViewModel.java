package hotline.client.categorysearch;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * As-you-type search in a popup: the query, the results, the highlighted row. Searches run on the calling (UI)
 * thread because they are local and take well under a millisecond (docs/PERFORMANCE.md). An empty query shows
 * {@code whenEmpty} (e.g. the operator's recently used categories).
 *
 * @param <T> category or sub-district
 */
public final class SearchListViewModel<T> {
    public static final int LIMIT = 30;

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<T> results = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final Function<String, List<T>> search;
    private final Supplier<List<T>> whenEmpty;

    public SearchListViewModel(Function<String, List<T>> search, Supplier<List<T>> whenEmpty) {
        this.search = search;
        this.whenEmpty = whenEmpty;
        query.addListener((obs, old, now) -> refresh());
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<T> results() {
        return results;
    }

    public IntegerProperty selected() {
        return selected;
    }

    public void refresh() {
        String text = query.get() == null ? "" : query.get().strip();
        results.setAll(text.isEmpty() ? whenEmpty.get() : search.apply(text));
        selected.set(results.isEmpty() ? -1 : 0);
    }

    public void down() {
        if (selected.get() < results.size() - 1) {
            selected.set(selected.get() + 1);
        }
    }

    public void up() {
        if (selected.get() > 0) {
            selected.set(selected.get() - 1);
        }
    }

    /** The highlighted result, or null when there is none. */
    public T current() {
        int index = selected.get();
        return index >= 0 && index < results.size() ? results.get(index) : null;
    }
}

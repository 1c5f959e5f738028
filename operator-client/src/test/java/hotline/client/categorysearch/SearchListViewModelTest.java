package hotline.client.categorysearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchListViewModelTest {
    private final SearchListViewModel<String> model = new SearchListViewModel<>(
            q -> List.of("供暖不热", "供暖漏水", "供暖费").stream().filter(s -> s.contains(q)).toList(),
            () -> List.of("最近用过"));

    @Test
    void anEmptyQueryShowsTheRecentChoicesAndTypingSearches() {
        model.refresh();
        assertThat(model.results()).containsExactly("最近用过");
        model.query().set("供暖");
        assertThat(model.results()).hasSize(3);
        assertThat(model.current()).isEqualTo("供暖不热");
    }

    @Test
    void theHighlightMovesWithinTheResults() {
        model.query().set("供暖");
        model.down();
        model.down();
        model.down();
        assertThat(model.current()).isEqualTo("供暖费");
        model.up();
        assertThat(model.current()).isEqualTo("供暖漏水");
        model.query().set("没有");
        assertThat(model.current()).isNull();
    }
}

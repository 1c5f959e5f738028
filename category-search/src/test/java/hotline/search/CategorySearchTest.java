package hotline.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The matcher on a few hand-made leaves; the server's test runs it on the whole catalog. */
class CategorySearchTest {
    private static final List<SearchKeys> LEAVES = List.of(
            new SearchKeys("URBAN.01.01", "供暖不热", "供暖", "Heating not warm", "gongnuanbure", "gnbr",
                    List.of(new SearchKeys.Term("暖气不热", "nuanqibure", "nqbr"), new SearchKeys.Term("radiator", null, null))),
            new SearchKeys("URBAN.01.02", "供暖漏水", "供暖", "Heating pipe leaking", "gongnuanloushui", "gnls", List.of()),
            new SearchKeys("LABOR.01.01", "拖欠工资", "劳动报酬", "Unpaid wages", "tuoqiangongzi", "tqgz",
                    List.of(new SearchKeys.Term("欠薪", "qianxin", "qx"))));

    private final CategorySearch<SearchKeys> search = new CategorySearch<>(LEAVES, keys -> keys);

    private List<String> codes(String query) {
        return search.search(query, 10).stream().map(SearchKeys::code).toList();
    }

    @Test
    void everyKindOfKeyFindsItsLeafAndExactBeatsPartial() {
        assertThat(codes("供暖不热")).startsWith("URBAN.01.01");
        assertThat(codes("供暖")).containsExactlyInAnyOrder("URBAN.01.01", "URBAN.01.02");
        assertThat(codes("gnbr")).containsExactly("URBAN.01.01");
        assertThat(codes("gongnuanbure")).containsExactly("URBAN.01.01");
        assertThat(codes("qianxin")).containsExactly("LABOR.01.01");
        assertThat(codes("wages")).containsExactly("LABOR.01.01");
        assertThat(codes("radiator")).containsExactly("URBAN.01.01");
        assertThat(codes("labor.01.01")).containsExactly("LABOR.01.01");
    }

    @Test
    void oneTypoIsForgivenTwoAreNot() {
        assertThat(codes("tuoqiangonzi")).containsExactly("LABOR.01.01");
        assertThat(codes("tuoqiagonzi")).isEmpty();
    }

    @Test
    void everyTokenMustMatchAndBlankFindsNothing() {
        assertThat(codes("供暖 漏水")).containsExactly("URBAN.01.02");
        assertThat(codes("供暖 工资")).isEmpty();
        assertThat(codes("  ")).isEmpty();
        assertThat(search.search("供暖", 1)).hasSize(1);
    }
}

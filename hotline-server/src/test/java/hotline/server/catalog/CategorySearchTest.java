package hotline.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.search.CategorySearch;
import hotline.server.support.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategorySearchTest {
    private final CategorySearch<Category> search =
            new CategorySearch<>(Reference.CATALOG.sortedLeaves(), Category::searchKeys);

    private List<String> names(String query) {
        return search.search(query, 10).stream().map(Category::name).toList();
    }

    @Test
    void chineseSubstringFindsTheLeafAndExactNameComesFirst() {
        assertThat(names("供暖不热").get(0)).isEqualTo("供暖不热");
        assertThat(names("暖气")).isNotEmpty();
        assertThat(names("押金")).contains("房东不退押金");
        assertThat(names("困人").get(0)).isEqualTo("电梯困人");
    }

    @Test
    void pinyinInitialsFindTheLeaf() {
        assertThat(names("gnbr").get(0)).isEqualTo("供暖不热");
        assertThat(names("tqgz")).contains("拖欠工资");
    }

    @Test
    void fullPinyinAndItsPrefixFindTheLeaf() {
        assertThat(names("gongnuanbure").get(0)).isEqualTo("供暖不热");
        assertThat(names("gongnuan")).contains("供暖不热");
        assertThat(names("diantikunren").get(0)).isEqualTo("电梯困人");
    }

    @Test
    void oneTypoInPinyinIsForgiven() {
        assertThat(names("gongnanbure")).contains("供暖不热");   // missing u
        assertThat(names("gongnuanbuer")).contains("供暖不热");  // swapped letters
        assertThat(names("diantikunrne")).contains("电梯困人");
        assertThat(names("gxqwbuzw")).isEmpty();                  // far from anything
    }

    @Test
    void englishWordsAndSynonymsFindTheLeaf() {
        assertThat(names("unpaid wages")).contains("拖欠工资");
        assertThat(names("deposit")).contains("房东不退押金");
        assertThat(names("exhaust fan")).contains("餐馆排风扇噪声扰民");
    }

    @Test
    void everyTokenMustMatchAndLimitsHold() {
        assertThat(search.search("暖气 deposit", 10)).isEmpty();
        assertThat(search.search("噪声", 3)).hasSize(3);
        assertThat(search.search("   ", 10)).isEmpty();
        assertThat(search.search("URBAN.01.01", 5)).extracting(Category::code).first().isEqualTo("URBAN.01.01");
    }
}

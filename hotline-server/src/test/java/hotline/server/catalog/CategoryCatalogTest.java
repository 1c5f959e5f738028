package hotline.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import hotline.model.UnitKind;
import hotline.server.support.Reference;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CategoryCatalogTest {
    private final CategoryCatalog catalog = Reference.CATALOG;

    @Test
    void hasAtLeastTwoThousandLeavesUnderAllTwentyDomains() {
        assertThat(catalog.leaves()).hasSizeGreaterThanOrEqualTo(2000);
        Set<Domain> domains = catalog.leaves().stream().map(Category::domain).collect(Collectors.toSet());
        assertThat(domains).containsExactlyInAnyOrder(Domain.values());
        assertThat(catalog.groupCount()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void everyLeafIsThreeLevelsDeepWithNamesInBothLanguagesAndSearchTerms() {
        for (Category leaf : catalog.leaves()) {
            assertThat(leaf.code().split("\\.")).as(leaf.code()).hasSize(3);
            assertThat(leaf.path().split(" / ")).as(leaf.code()).hasSize(3);
            assertThat(leaf.name()).as(leaf.code()).isNotBlank();
            assertThat(leaf.nameEn()).as(leaf.code()).isNotBlank();
            assertThat(leaf.keywords()).as(leaf.code()).isNotEmpty();
            assertThat(leaf.pinyin()).as(leaf.code()).matches("[a-z0-9]+");
        }
    }

    @Test
    void leafNamesAreUniqueSoOperatorsNeverSeeTwins() {
        var names = catalog.leaves().stream().map(Category::name).toList();
        assertThat(new HashSet<>(names)).hasSameSizeAs(names);
    }

    @Test
    void responsibilitiesAndClocksAreConsistent() {
        for (Category leaf : catalog.leaves()) {
            if (leaf.domain() == Domain.EMERGENCY) {
                assertThat(leaf.transferTo()).as(leaf.code()).isIn("110", "119", "120", "122");
                assertThat(leaf.clockProfile()).isEqualTo("EMERGENCY_TRANSFER");
            } else {
                assertThat(leaf.transferTo()).as(leaf.code()).isNull();
            }
            if (leaf.responsibleKind() == UnitKind.DEPARTMENT || leaf.responsibleKind() == UnitKind.ENTERPRISE) {
                assertThat(Reference.UNITS.get(leaf.responsibleUnit()).kind()).isEqualTo(leaf.responsibleKind());
            }
        }
        assertThat(catalog.find(Reference.code("供暖不热")).orElseThrow().clockProfile()).isEqualTo("UTILITY_24H");
    }

    @Test
    void pinyinResolvesPolyphonesFromContext() {
        assertThat(Pinyin.syllables("长安街")).isEqualTo("chang an jie");
        assertThat(Pinyin.syllables("银行卡")).isEqualTo("yin hang ka");
        assertThat(Pinyin.initials(Pinyin.syllables("供暖不热"))).isEqualTo("gnbr");
        assertThat(Arrays.asList(Pinyin.syllables("12345热线").split(" "))).containsExactly("12345", "re", "xian");
    }
}

package hotline.search;

import java.util.List;

/**
 * What the matcher knows of one category leaf. Pinyin is computed once, where the catalog is loaded (the
 * server, with HanLP), and travels with the catalog, so the client needs no dictionary of its own.
 *
 * @param pinyin   the name's toneless pinyin without spaces, e.g. "gongnuanbure"
 * @param initials the first letter of each syllable, e.g. "gnbr"
 * @param terms    synonyms and keywords; Chinese ones carry their pinyin, others have null pinyin
 */
public record SearchKeys(String code, String name, String groupName, String nameEn, String pinyin, String initials,
                         List<Term> terms) {

    public SearchKeys {
        terms = List.copyOf(terms);
    }

    /** A synonym or keyword; {@code pinyin} and {@code initials} are null for a term without Chinese characters. */
    public record Term(String text, String pinyin, String initials) {
        public boolean isChinese() {
            return pinyin != null;
        }
    }
}

package hotline.server.catalog;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.List;
import java.util.StringJoiner;

/** Chinese word segmentation (HanLP's standard tokenizer) for suggestion: text in, space-separated words out. */
final class Words {
    private Words() {
    }

    static String segment(String text) {
        StringJoiner words = new StringJoiner(" ");
        List<Term> terms = StandardTokenizer.segment(text);
        for (Term term : terms) {
            String word = term.word.strip();
            if (word.isEmpty() || CoreStopWordDictionary.contains(word) || word.chars().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            words.add(word);
        }
        return words.toString();
    }
}

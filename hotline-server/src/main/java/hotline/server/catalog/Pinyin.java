package hotline.server.catalog;

import com.hankcs.hanlp.HanLP;
import java.util.Locale;

/**
 * Chinese text to toneless pinyin and initials, through HanLP, which resolves polyphones from context
 * (长安街 → chang an jie, 银行 → yin hang). Non-Han characters pass through in lower case.
 * HanLP loads its dictionaries on first use (about half a second): call from start-up, not a request.
 */
public final class Pinyin {
    private Pinyin() {
    }

    /** Syllables separated by single spaces, e.g. "gong nuan bu re". */
    public static String syllables(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            if (isHan(text.charAt(i))) {
                while (i < text.length() && isHan(text.charAt(i))) {
                    i++;
                }
                for (var syllable : HanLP.convertToPinyinList(text.substring(start, i))) {
                    append(out, syllable.getPinyinWithoutTone().replace('ü', 'v'));
                }
            } else {
                while (i < text.length() && !isHan(text.charAt(i))) {
                    i++;
                }
                for (String word : text.substring(start, i).toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                    append(out, word);
                }
            }
        }
        return out.toString();
    }

    public static String initials(String syllables) {
        StringBuilder out = new StringBuilder();
        for (String syllable : syllables.split(" ")) {
            if (!syllable.isEmpty()) {
                out.append(syllable.charAt(0));
            }
        }
        return out.toString();
    }

    public static boolean containsHan(String text) {
        return text.chars().anyMatch(c -> isHan((char) c));
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static void append(StringBuilder out, String part) {
        if (part.isEmpty() || part.equals("none")) {
            return;
        }
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(part);
    }
}

package hotline.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * As-you-type search over the category leaves: Chinese substrings, full pinyin, pinyin initials, English
 * words and synonyms, with one typo forgiven in pinyin. Matches are tiered (exact name, then prefixes,
 * then substrings, then synonyms, then typo matches) because an operator expects 供暖不热 above a leaf that
 * merely mentions heating; see docs/decisions/0004-category-search.md. Every query token must match.
 * Thread-safe and allocation-light: the keys are precomputed once. The server runs it behind
 * {@code GET /api/v1/categories/search}; the operator client runs the same code over its cached catalog.
 *
 * @param <T> what the caller searches (the server's category, the client's DTO)
 */
public final class CategorySearch<T> {
    private static final int FUZZY_MIN_LENGTH = 4;

    private final List<Entry<T>> entries;

    public CategorySearch(List<T> items, Function<T, SearchKeys> keysOf) {
        this.entries = items.stream().map(item -> Entry.of(item, keysOf.apply(item))).toList();
    }

    public int size() {
        return entries.size();
    }

    public List<T> search(String query, int limit) {
        String normalized = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        if (normalized.isEmpty() || limit <= 0) {
            return List.of();
        }
        String[] tokens = normalized.split("\\s+");
        boolean[] latin = new boolean[tokens.length];
        Typo[] typos = new Typo[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            latin[i] = isLatin(tokens[i]);
            typos[i] = latin[i] && tokens[i].length() >= FUZZY_MIN_LENGTH ? new Typo(tokens[i]) : null;
        }
        List<Scored<T>> hits = new ArrayList<>();
        for (Entry<T> entry : entries) {
            int total = 0;
            for (int i = 0; i < tokens.length && total >= 0; i++) {
                int score = entry.score(tokens[i], latin[i], typos[i]);
                total = score == 0 ? -1 : total + score;
            }
            if (total > 0) {
                hits.add(new Scored<>(entry, total));
            }
        }
        hits.sort(Comparator.<Scored<T>>comparingInt(Scored::score).reversed()
                .thenComparingInt(s -> s.entry.name.length())
                .thenComparing(s -> s.entry.code));
        return hits.stream().limit(limit).map(s -> s.entry.item).toList();
    }

    /**
     * "Starts with the token, give or take one edit" (insert, delete, substitute, transpose): some prefix of the key
     * of length n-1, n or n+1 is within one edit of the n-letter token. Lucene's Levenshtein automaton is already
     * deterministic, so it is cheap to build per query and runs in a few steps per key.
     */
    private static final class Typo {
        private final CharacterRunAutomaton withinOneEdit;
        private final int length;

        Typo(String token) {
            this.withinOneEdit = new CharacterRunAutomaton(new LevenshteinAutomata(token, true).toAutomaton(1));
            this.length = token.length();
        }

        boolean prefixMatches(char[] chars) {
            for (int n = length - 1; n <= length + 1; n++) {
                if (n <= chars.length && withinOneEdit.run(chars, 0, n)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isLatin(String token) {
        return token.chars().allMatch(c -> c < 128);
    }

    private record Scored<T>(Entry<T> entry, int score) {
    }

    /** One leaf's precomputed search keys. */
    private record Entry<T>(T item, String name, String groupName, String[] hanTerms, String pinyin,
                            String initials, String[] termPinyin, String[] termInitials, String[] englishWords,
                            String code, String hanKeys, String latinKeys, char[] pinyinChars) {

        static <T> Entry<T> of(T item, SearchKeys keys) {
            List<String> han = new ArrayList<>();
            List<String> termPinyin = new ArrayList<>();
            List<String> termInitials = new ArrayList<>();
            List<String> english = new ArrayList<>(words(keys.nameEn()));
            for (SearchKeys.Term term : keys.terms()) {
                if (term.isChinese()) {
                    han.add(term.text().toLowerCase(Locale.ROOT));
                    termPinyin.add(term.pinyin());
                    termInitials.add(term.initials());
                } else {
                    english.addAll(words(term.text()));
                }
            }
            String[] words = english.stream().distinct().toArray(String[]::new);
            // Every key joined: one contains() rejects most leaves before the tiers are tried.
            List<String> hanKeys = new ArrayList<>(List.of(keys.name(), keys.groupName()));
            hanKeys.addAll(han);
            List<String> latin = new ArrayList<>(List.of(keys.pinyin(), keys.initials()));
            latin.addAll(termPinyin);
            latin.addAll(termInitials);
            latin.addAll(List.of(words));
            return new Entry<>(item, keys.name(), keys.groupName(), han.toArray(String[]::new),
                    keys.pinyin(), keys.initials(), termPinyin.toArray(String[]::new),
                    termInitials.toArray(String[]::new), words, keys.code().toLowerCase(Locale.ROOT),
                    String.join("|", hanKeys), String.join("|", latin), keys.pinyin().toCharArray());
        }

        /** The best tier this token reaches for this leaf, 0 when it does not match at all. */
        int score(String token, boolean latin, Typo typo) {
            if (token.equals(code)) {
                return 100;
            }
            if (!latin) {
                return hanKeys.contains(token) ? hanScore(token) : 0;
            }
            int best = latinKeys.contains(token) ? latinScore(token) : 0;
            return best == 0 && typo != null && typo.prefixMatches(pinyinChars) ? 35 : best;
        }

        private int hanScore(String token) {
            if (name.equals(token)) {
                return 100;
            }
            if (name.startsWith(token)) {
                return 92;
            }
            if (name.contains(token)) {
                return 85;
            }
            int best = 0;
            for (String term : hanTerms) {
                if (term.equals(token)) {
                    return 80;
                }
                if (term.contains(token)) {
                    best = Math.max(best, term.startsWith(token) ? 72 : 70);
                }
            }
            if (best == 0 && groupName.contains(token)) {
                best = 40;
            }
            return best;
        }

        private int latinScore(String token) {
            int length = token.length();
            if (pinyin.equals(token)) {
                return 95;
            }
            if (initials.equals(token)) {
                return 90;
            }
            if (length >= 2 && pinyin.startsWith(token)) {
                return 84;
            }
            if (length >= 2 && initials.startsWith(token)) {
                return 82;
            }
            int best = englishScore(token);
            if (length >= 3 && prefixOfAny(termPinyin, token)) {
                best = Math.max(best, 62);
            }
            if (length >= 2 && prefixOfAny(termInitials, token)) {
                best = Math.max(best, 60);
            }
            if (length >= 4 && pinyin.contains(token)) {
                best = Math.max(best, 55);
            }
            if (length >= 3 && initials.contains(token)) {
                best = Math.max(best, 50);
            }
            return best;
        }

        private int englishScore(String token) {
            int best = 0;
            for (String word : englishWords) {
                if (word.equals(token)) {
                    return 70;
                }
                if (token.length() >= 2 && word.startsWith(token)) {
                    best = 66;
                }
            }
            return best;
        }

        private static boolean prefixOfAny(String[] keys, String token) {
            for (String key : keys) {
                if (key.startsWith(token)) {
                    return true;
                }
            }
            return false;
        }

        private static List<String> words(String text) {
            if (text == null) {
                return List.of();
            }
            List<String> words = new ArrayList<>();
            for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (word.length() > 1) {
                    words.add(word);
                }
            }
            return words;
        }
    }
}

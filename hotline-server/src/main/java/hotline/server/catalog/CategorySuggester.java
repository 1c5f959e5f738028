package hotline.server.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Ranks categories for a caller's free-text description, Chinese or English.
 *
 * <p>Method: BM25 retrieval (Lucene) over one document per leaf, built from its name, keywords, synonyms,
 * English name, group and domain, plus any labelled example descriptions supplied. Text is analysed with
 * Lucene's CJK bigrams (Chinese needs no dictionary segmentation for this) and Porter stemming for English;
 * operators' boilerplate ("来电人反映", "caller says") is removed first. Fields are boosted so a hit on a
 * leaf's own name counts most. See docs/decisions/0005-category-suggestion.md for the evaluation.
 */
public final class CategorySuggester {
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(来电人|来电市民|市民|来电者|来电|反映|表示|称|诉求|希望|要求|请求|相关部门|尽快|处理|解决|协调|核实|"
                    + "(?i)\\b(the )?caller( says| reports| complains| states| asked)?( that)?\\b|\\bplease\\b)");
    private static final int MAX_TEXT = 1000;
    private static final Map<String, Float> BOOSTS = Map.of(
            "name", 3.0f, "terms", 2.0f, "examples", 1.0f, "context", 0.6f,
            "name_w", 3.0f, "terms_w", 2.0f, "examples_w", 1.0f, "context_w", 0.6f);

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final List<Category> byDoc;

    public CategorySuggester(CategoryCatalog catalog, Map<String, List<String>> examplesByCategory) {
        this.analyzer = analyzer();
        this.byDoc = catalog.sortedLeaves();
        this.searcher = new IndexSearcher(index(byDoc, examplesByCategory));
    }

    public record Suggestion(Category category, double score) {
    }

    public List<Suggestion> suggest(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        String cleaned = BOILERPLATE.matcher(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text).replaceAll(" ");
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        String words = Words.segment(cleaned);
        for (var field : BOOSTS.entrySet()) {
            String input = field.getKey().endsWith("_w") ? words : cleaned;
            Query perField = builder.createBooleanQuery(field.getKey(), input, BooleanClause.Occur.SHOULD);
            if (perField != null) {
                query.add(new BoostQuery(perField, field.getValue()), BooleanClause.Occur.SHOULD);
                any = true;
            }
        }
        if (!any) {
            return List.of();
        }
        try {
            List<Suggestion> result = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                result.add(new Suggestion(byDoc.get(searcher.storedFields().document(hit.doc).getField("ord")
                        .numericValue().intValue()), Math.round(hit.score * 1000) / 1000.0));
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DirectoryReader index(List<Category> leaves, Map<String, List<String>> examples) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int ord = 0; ord < leaves.size(); ord++) {
                Category leaf = leaves.get(ord);
                Document doc = new Document();
                doc.add(new StoredField("ord", ord));
                addBoth(doc, "name", leaf.name() + " " + leaf.nameEn());
                addBoth(doc, "terms", String.join(" ", join(leaf.keywords(), leaf.synonyms())));
                addBoth(doc, "context", leaf.groupName() + " " + leaf.domain().nameZh());
                addBoth(doc, "examples", String.join(" ", examples.getOrDefault(leaf.code(), List.of())));
                writer.addDocument(doc);
            }
            writer.commit();
            return DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each text twice: as CJK bigrams (field) and as HanLP words (field_w). */
    private static void addBoth(Document doc, String field, String text) {
        doc.add(new TextField(field, text, Field.Store.NO));
        doc.add(new TextField(field + "_w", Words.segment(text), Field.Store.NO));
    }

    private static Analyzer analyzer() {
        try {
            Analyzer words = CustomAnalyzer.builder()
                    .withTokenizer("whitespace")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("stop")
                    .addTokenFilter("porterStem")
                    .build();
            Map<String, Analyzer> perField = new java.util.HashMap<>();
            for (String field : BOOSTS.keySet()) {
                if (field.endsWith("_w")) {
                    perField.put(field, words);
                }
            }
            return new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(bigrams(), perField);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Analyzer bigrams() {
        try {
            return CustomAnalyzer.builder()
                    .withTokenizer("standard")
                    .addTokenFilter("cjkWidth")
                    .addTokenFilter("lowercase")
                    .addTokenFilter("cjkBigram")
                    .addTokenFilter("stop")
                    .addTokenFilter("porterStem")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Collection<String> join(List<String> a, List<String> b) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        a.forEach(s -> all.put(s, true));
        b.forEach(s -> all.put(s, true));
        return all.keySet();
    }
}

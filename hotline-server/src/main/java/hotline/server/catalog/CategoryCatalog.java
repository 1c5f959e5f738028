package hotline.server.catalog;

import hotline.model.UnitKind;
import hotline.search.SearchKeys;
import hotline.server.units.UnitDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The category tree, loaded at start from the versioned TSV files under {@code reference/catalog/}
 * (format in that folder's README). Loading fails loudly on any inconsistency: a bad catalog must not
 * route cases. Immutable afterwards.
 */
public final class CategoryCatalog {
    public static final String VERSION = "v1";
    private static final String FOLDER = "/reference/catalog/";
    private static final Set<String> TRANSFER_NUMBERS = Set.of("110", "119", "120", "122");

    private final Map<String, Category> leaves;
    private final Map<String, String> groupNames;

    private CategoryCatalog(Map<String, Category> leaves, Map<String, String> groupNames) {
        this.leaves = leaves;
        this.groupNames = groupNames;
    }

    public static CategoryCatalog load(UnitDirectory units, Set<String> clockProfiles) {
        Map<String, Category> leaves = new LinkedHashMap<>();
        Map<String, String> groups = new LinkedHashMap<>();
        for (Domain domain : Domain.values()) {
            for (CSVRecord row : rows(domain)) {
                String code = row.get("code");
                String[] parts = code.split("\\.");
                if (!parts[0].equals(domain.name()) || parts.length < 2 || parts.length > 3) {
                    throw invalid(domain, code, "code must be " + domain + ".NN or " + domain + ".NN.NN");
                }
                if (parts.length == 2) {
                    groups.put(code, row.get("name"));
                    continue;
                }
                String groupCode = parts[0] + "." + parts[1];
                if (!groups.containsKey(groupCode)) {
                    throw invalid(domain, code, "leaf before its group " + groupCode);
                }
                Category leaf = leaf(domain, row, groupCode, groups.get(groupCode), units, clockProfiles);
                if (leaves.put(code, leaf) != null) {
                    throw invalid(domain, code, "duplicate code");
                }
            }
        }
        return new CategoryCatalog(Map.copyOf(leaves), Map.copyOf(groups));
    }

    private static Category leaf(Domain domain, CSVRecord row, String groupCode, String groupName,
                                 UnitDirectory units, Set<String> clockProfiles) {
        String code = row.get("code");
        UnitKind kind;
        try {
            kind = UnitKind.valueOf(row.get("responsible_kind"));
        } catch (IllegalArgumentException e) {
            throw invalid(domain, code, "unknown responsible_kind " + row.get("responsible_kind"));
        }
        String unit = blankToNull(row.get("responsible_unit"));
        if ((kind == UnitKind.DEPARTMENT || kind == UnitKind.ENTERPRISE)
                && units.find(unit).filter(u -> u.kind() == kind).isEmpty()) {
            throw invalid(domain, code, "responsible_unit " + unit + " is not a known " + kind);
        }
        String profile = row.get("clock_profile");
        if (!clockProfiles.contains(profile)) {
            throw invalid(domain, code, "unknown clock_profile " + profile);
        }
        String transferTo = blankToNull(row.get("transfer_to"));
        if ((domain == Domain.EMERGENCY) != (transferTo != null && TRANSFER_NUMBERS.contains(transferTo))) {
            throw invalid(domain, code, "transfer_to must be 110/119/120/122 for EMERGENCY leaves and empty otherwise");
        }
        String name = row.get("name");
        List<String> keywords = list(row.get("keywords"));
        List<String> synonyms = list(row.get("synonyms"));
        return new Category(code, domain, groupCode, groupName, name, row.get("name_en"), keywords, synonyms, kind, unit,
                profile, transferTo, searchKeys(code, name, groupName, row.get("name_en"), synonyms, keywords));
    }

    private static SearchKeys searchKeys(String code, String name, String groupName, String nameEn, List<String> synonyms,
                                         List<String> keywords) {
        List<SearchKeys.Term> terms = new ArrayList<>();
        for (String term : concat(synonyms, keywords)) {
            if (Pinyin.containsHan(term)) {
                String syllables = Pinyin.syllables(term);
                terms.add(new SearchKeys.Term(term, syllables.replace(" ", ""), Pinyin.initials(syllables)));
            } else {
                terms.add(new SearchKeys.Term(term, null, null));
            }
        }
        String syllables = Pinyin.syllables(name);
        return new SearchKeys(code, name, groupName, nameEn, syllables.replace(" ", ""), Pinyin.initials(syllables), terms);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static List<CSVRecord> rows(Domain domain) {
        String resource = FOLDER + domain.name() + ".tsv";
        try (InputStream in = CategoryCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog file " + resource);
            }
            CSVFormat format = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                    .setTrim(true).setIgnoreEmptyLines(true).get();
            return new ArrayList<>(format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        return Arrays.stream(field.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static IllegalStateException invalid(Domain domain, String code, String problem) {
        return new IllegalStateException("catalog " + domain + ".tsv, " + code + ": " + problem);
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(code == null ? null : leaves.get(code));
    }

    public Collection<Category> leaves() {
        return leaves.values();
    }

    public List<Category> sortedLeaves() {
        return leaves.values().stream().sorted(java.util.Comparator.comparing(Category::code)).toList();
    }

    public int groupCount() {
        return groupNames.size();
    }
}

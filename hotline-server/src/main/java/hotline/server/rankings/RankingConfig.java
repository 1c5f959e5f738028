package hotline.server.rankings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Weights and minimum samples per unit kind, and the visit outcomes excluded from the rates, versioned by the month
 * they apply from (reference/rankings).
 */
public final class RankingConfig {
    public record Weights(double response, double resolution, double satisfaction, int minSample) {
    }

    private record Version(YearMonth from, Map<UnitKind, Weights> kinds, java.util.Set<String> excludedVisits) {
    }

    private final List<Version> versions;

    private RankingConfig(List<Version> versions) {
        this.versions = versions;
    }

    public static RankingConfig load(ObjectMapper json) {
        try (InputStream in = RankingConfig.class.getResourceAsStream("/reference/rankings/weights.json")) {
            List<Version> versions = new ArrayList<>();
            for (JsonNode version : json.readTree(in).get("versions")) {
                Map<UnitKind, Weights> kinds = new EnumMap<>(UnitKind.class);
                version.get("kinds").fields().forEachRemaining(kind -> {
                    JsonNode w = kind.getValue();
                    Weights weights = new Weights(w.get("response").asDouble(), w.get("resolution").asDouble(),
                            w.get("satisfaction").asDouble(), w.get("minSample").asInt());
                    double sum = weights.response() + weights.resolution() + weights.satisfaction();
                    if (Math.abs(sum - 1) > 1e-9) {
                        throw new IllegalStateException("weights of " + kind.getKey() + " add up to " + sum + ", not 1");
                    }
                    kinds.put(UnitKind.valueOf(kind.getKey()), weights);
                });
                java.util.Set<String> excluded = new java.util.HashSet<>();
                version.get("excludedVisits").forEach(reason ->
                        excluded.add(hotline.model.ExclusionReason.valueOf(reason.asText()).name()));
                versions.add(new Version(YearMonth.parse(version.get("effectiveFrom").asText()), kinds, excluded));
            }
            versions.sort(Comparator.comparing(Version::from));
            return new RankingConfig(versions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference/rankings/weights.json", e);
        }
    }

    /** The weights in force in {@code month} (the earliest version's before it was first set). */
    public Weights weights(YearMonth month, UnitKind kind) {
        Weights weights = inForce(month).kinds().get(kind);
        if (weights == null) {
            throw new IllegalStateException("no ranking weights for " + kind + " in " + month);
        }
        return weights;
    }

    /** Whether a visit with this exclusion reason counts in no denominator in {@code month}. */
    public boolean excludes(YearMonth month, String exclusionReason) {
        return inForce(month).excludedVisits().contains(exclusionReason);
    }

    private Version inForce(YearMonth month) {
        Version inForce = versions.get(0);
        for (Version version : versions) {
            if (!version.from().isAfter(month)) {
                inForce = version;
            }
        }
        return inForce;
    }
}

package hotline.server.clocks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.CaseType;
import hotline.model.ClockName;
import hotline.model.Urgency;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** Every version of the clock configuration ({@code reference/clocks/versions.txt}), ordered by effective date. */
public final class ClockProfiles {
    private static final String FOLDER = "/reference/clocks/";

    private final List<ProfileVersion> versions;

    public ClockProfiles(List<ProfileVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no clock profile version");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(ProfileVersion::effectiveFrom)).toList();
    }

    public static ClockProfiles load(ObjectMapper json) {
        List<ProfileVersion> versions = new ArrayList<>();
        try (InputStream index = ClockProfiles.class.getResourceAsStream(FOLDER + "versions.txt")) {
            if (index == null) {
                throw new IllegalStateException("missing " + FOLDER + "versions.txt");
            }
            var lines = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty()).toList();
            for (String file : lines) {
                try (InputStream in = ClockProfiles.class.getResourceAsStream(FOLDER + file)) {
                    if (in == null) {
                        throw new IllegalStateException("missing clock profile file " + file);
                    }
                    versions.add(parse(json.readTree(in)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ClockProfiles(versions);
    }

    static ProfileVersion parse(JsonNode root) {
        Map<String, Map<ClockName, ClockSpec>> profiles = new LinkedHashMap<>();
        root.get("profiles").fields().forEachRemaining(profile -> {
            Map<ClockName, ClockSpec> clocks = new EnumMap<>(ClockName.class);
            profile.getValue().fields().forEachRemaining(c -> clocks.put(ClockName.valueOf(c.getKey()), spec(c.getValue())));
            profiles.put(profile.getKey(), clocks);
        });
        List<ProfileVersion.Rule> rules = new ArrayList<>();
        for (JsonNode rule : root.path("rules")) {
            Map<ClockName, Duration> cap = new EnumMap<>(ClockName.class);
            rule.path("cap").fields().forEachRemaining(c -> cap.put(ClockName.valueOf(c.getKey()), Duration.parse(c.getValue().asText())));
            String use = text(rule, "use");
            if (use != null && !profiles.containsKey(use)) {
                throw new IllegalStateException("clock rule uses unknown profile " + use);
            }
            rules.add(new ProfileVersion.Rule(
                    text(rule, "type") == null ? null : CaseType.valueOf(text(rule, "type")),
                    text(rule, "domain"), text(rule, "category"),
                    text(rule, "urgency") == null ? null : Urgency.valueOf(text(rule, "urgency")),
                    use, Map.copyOf(cap)));
        }
        return new ProfileVersion(root.get("version").asText(), OffsetDateTime.parse(root.get("effectiveFrom").asText()).toInstant(),
                root.path("yellowFraction").asDouble(0.75), spec(root.get("accept")), spec(root.get("returnVisit")),
                Map.copyOf(profiles), List.copyOf(rules));
    }

    private static ClockSpec spec(JsonNode node) {
        return new ClockSpec(Duration.parse(node.get("duration").asText()), CalendarKind.valueOf(node.get("calendar").asText()));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The version in force at {@code at}: the latest whose effective date is not after it (the earliest if none). */
    public ProfileVersion inForce(Instant at) {
        ProfileVersion chosen = versions.get(0);
        for (ProfileVersion version : versions) {
            if (!version.effectiveFrom().isAfter(at)) {
                chosen = version;
            }
        }
        return chosen;
    }

    public ProfileVersion byVersion(String version) {
        return versions.stream().filter(v -> v.version().equals(version)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("clock profile version " + version));
    }

    /** Profile names any version defines; catalog leaves must name one of these. */
    public Set<String> profileNames() {
        Set<String> names = new HashSet<>();
        versions.forEach(v -> names.addAll(v.profiles().keySet()));
        return names;
    }
}

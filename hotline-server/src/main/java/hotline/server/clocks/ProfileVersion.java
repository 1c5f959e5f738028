package hotline.server.clocks;

import hotline.model.CaseType;
import hotline.model.ClockName;
import hotline.model.Urgency;
import hotline.server.catalog.Category;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One version of the statutory clock configuration, in force from {@code effectiveFrom}.
 * A case is measured against the version in force when it was created, for its whole life.
 */
public record ProfileVersion(String version, Instant effectiveFrom, double yellowFraction, ClockSpec accept,
                             ClockSpec returnVisit, Map<String, Map<ClockName, ClockSpec>> profiles, List<Rule> rules) {

    /** A refinement by type × domain/category × urgency: switch to another profile and/or cap some clocks. */
    public record Rule(CaseType type, String domain, String category, Urgency urgency, String use,
                       Map<ClockName, Duration> cap) {

        boolean matches(CaseType caseType, Urgency caseUrgency, Category leaf) {
            return (type == null || type == caseType) && (urgency == null || urgency == caseUrgency)
                    && (domain == null || domain.equals(leaf.domain().name()))
                    && (category == null || leaf.code().startsWith(category));
        }

        int specificity() {
            return (type == null ? 0 : 1) + (urgency == null ? 0 : 1) + (domain == null ? 0 : 2) + (category == null ? 0 : 4);
        }
    }

    /** The clocks a dispatched case runs: its category's profile, refined by the matching rules, least specific first. */
    public Map<ClockName, ClockSpec> dispatchClocks(CaseType type, Urgency urgency, Category category) {
        List<Rule> matching = rules.stream().filter(r -> r.matches(type, urgency, category))
                .sorted(Comparator.comparingInt(Rule::specificity)).toList();
        String profile = category.clockProfile();
        for (Rule rule : matching) {
            if (rule.use() != null) {
                profile = rule.use();
            }
        }
        Map<ClockName, ClockSpec> clocks = new EnumMap<>(ClockName.class);
        clocks.putAll(profiles.getOrDefault(profile, Map.of()));
        if (clocks.isEmpty()) {
            return clocks;
        }
        for (Rule rule : matching) {
            rule.cap().forEach((name, cap) -> clocks.merge(name, new ClockSpec(cap, CalendarKind.NATURAL),
                    (existing, capSpec) -> existing.capped(cap)));
        }
        return clocks;
    }
}

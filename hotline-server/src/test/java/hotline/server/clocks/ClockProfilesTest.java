package hotline.server.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.CaseType;
import hotline.model.ClockName;
import hotline.model.UnitKind;
import hotline.model.Urgency;
import hotline.server.catalog.Category;
import hotline.server.catalog.Domain;
import hotline.server.http.JsonMapper;
import java.time.Duration;
import java.time.Instant;
import hotline.search.SearchKeys;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClockProfilesTest {
    private final ObjectMapper json = JsonMapper.create();

    private static Category leaf(Domain domain, String profile) {
        return new Category(domain + ".01.01", domain, domain + ".01", "组", "测试", "test", List.of(), List.of(),
                UnitKind.SUB_DISTRICT, null, profile, null,
                new SearchKeys(domain + ".01.01", "测试", "组", "test", "ceshi", "cs", List.of()));
    }

    @Test
    void defaultsFollowDesign() {
        ProfileVersion version = ClockProfiles.load(json).inForce(Instant.parse("2026-11-24T00:00:00Z"));
        var standard = version.dispatchClocks(CaseType.COMPLAINT, Urgency.NORMAL, leaf(Domain.URBAN, "STANDARD"));
        assertThat(standard.get(ClockName.HANDLE)).isEqualTo(new ClockSpec(Duration.ofDays(7), CalendarKind.WORKING));
        var utility = version.dispatchClocks(CaseType.HELP, Urgency.NORMAL, leaf(Domain.UTILITIES, "UTILITY_24H"));
        assertThat(utility.get(ClockName.HANDLE)).isEqualTo(new ClockSpec(Duration.ofHours(24), CalendarKind.NATURAL));
        var complex = version.dispatchClocks(CaseType.COMPLAINT, Urgency.NORMAL, leaf(Domain.LABOR, "COMPLEX_15D"));
        assertThat(complex.get(ClockName.HANDLE).duration()).isEqualTo(Duration.ofDays(15));
        assertThat(version.accept().duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void urgencyAndDomainRulesCapTheClocksMostSpecificLast() {
        ProfileVersion version = ClockProfiles.load(json).inForce(Instant.parse("2026-11-24T00:00:00Z"));
        var emergency = version.dispatchClocks(CaseType.REPORT, Urgency.EMERGENCY, leaf(Domain.URBAN, "STANDARD"));
        assertThat(emergency.get(ClockName.FEEDBACK).duration()).isEqualTo(Duration.ofHours(2));
        assertThat(emergency.get(ClockName.SIGN).duration()).isEqualTo(Duration.ofMinutes(15));
        var urgentUtility = version.dispatchClocks(CaseType.HELP, Urgency.URGENT, leaf(Domain.UTILITIES, "UTILITY_24H"));
        assertThat(urgentUtility.get(ClockName.HANDLE).duration()).isEqualTo(Duration.ofHours(12));
        var suggestion = version.dispatchClocks(CaseType.SUGGESTION, Urgency.NORMAL, leaf(Domain.URBAN, "STANDARD"));
        assertThat(suggestion.get(ClockName.HANDLE).duration()).isEqualTo(Duration.ofDays(15));
    }

    @Test
    void aCaseKeepsTheVersionInForceWhenItWasCreated() throws Exception {
        ProfileVersion old = ClockProfiles.parse(json.readTree(getClass().getResource("/reference/clocks/profiles-2026-01-01.json")));
        String newer = json.writeValueAsString(json.readTree(getClass().getResource("/reference/clocks/profiles-2026-01-01.json")))
                .replace("\"version\":\"2026-01-01\"", "\"version\":\"2027-01-01\"")
                .replace("2026-01-01T00:00:00+08:00", "2027-01-01T00:00:00+08:00")
                .replace("\"P7D\"", "\"P5D\"");
        ClockProfiles profiles = new ClockProfiles(List.of(ClockProfiles.parse(json.readTree(newer)), old));
        assertThat(profiles.inForce(Instant.parse("2026-12-31T15:59:59Z")).version()).isEqualTo("2026-01-01");
        assertThat(profiles.inForce(Instant.parse("2026-12-31T16:00:00Z")).version()).isEqualTo("2027-01-01");
        assertThat(profiles.byVersion("2026-01-01").dispatchClocks(CaseType.COMPLAINT, Urgency.NORMAL,
                leaf(Domain.URBAN, "STANDARD")).get(ClockName.HANDLE).duration()).isEqualTo(Duration.ofDays(7));
        assertThat(profiles.byVersion("2027-01-01").dispatchClocks(CaseType.COMPLAINT, Urgency.NORMAL,
                leaf(Domain.URBAN, "STANDARD")).get(ClockName.HANDLE).duration()).isEqualTo(Duration.ofDays(5));
    }
}

package hotline.server.clocks;

import hotline.model.CaseType;
import hotline.model.ClockName;
import hotline.model.Urgency;
import hotline.server.catalog.Category;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which clocks a case runs, and when they fall due, under the profile version it was created with. */
public final class ClockService {
    private final ClockProfiles profiles;
    private final WorkCalendar calendar;

    public ClockService(ClockProfiles profiles, WorkCalendar calendar) {
        this.profiles = profiles;
        this.calendar = calendar;
    }

    public ProfileVersion inForce(Instant at) {
        return profiles.inForce(at);
    }

    public ProfileVersion version(String version) {
        return profiles.byVersion(version);
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    /** A case waiting at the centre (consultation, no jurisdiction): it must be accepted or dispatched in time. */
    public List<CaseClock> acceptClock(String caseId, ProfileVersion version, Instant at) {
        return List.of(CaseClock.start(caseId, ClockName.ACCEPT, version.accept(), at, version.yellowFraction(), calendar));
    }

    /** The clocks that start when an order reaches a unit. */
    public List<CaseClock> dispatchClocks(String caseId, ProfileVersion version, CaseType type, Urgency urgency,
                                          Category category, Instant at) {
        List<CaseClock> clocks = new ArrayList<>();
        for (Map.Entry<ClockName, ClockSpec> spec : version.dispatchClocks(type, urgency, category).entrySet()) {
            clocks.add(CaseClock.start(caseId, spec.getKey(), spec.getValue(), at, version.yellowFraction(), calendar));
        }
        return clocks;
    }

    public CaseClock returnVisitClock(String caseId, ProfileVersion version, Instant at) {
        return CaseClock.start(caseId, ClockName.RETURN_VISIT, version.returnVisit(), at, version.yellowFraction(), calendar);
    }
}

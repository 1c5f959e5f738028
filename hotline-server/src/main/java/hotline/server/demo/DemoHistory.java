package hotline.server.demo;

import hotline.server.clocks.ManualClock;
import hotline.model.CallerDto;
import hotline.model.CaseActionRequest;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.ExclusionReason;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.Role;
import hotline.model.Satisfaction;
import hotline.model.UnitKind;
import hotline.model.Urgency;
import hotline.model.VisitResolved;
import hotline.server.Services;
import hotline.server.auth.Principal;
import hotline.server.catalog.Category;
import hotline.server.catalog.Domain;
import hotline.server.clocks.WorkCalendar;
import hotline.server.http.ApiException;
import hotline.server.units.GeoPoint;
import hotline.server.units.Unit;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Replays months of a city hotline through the real services: calls arrive on the daily curve, operators answer
 * consultations, units sign, contact, return, ask for extensions and resolve at their own pace, callers are
 * visited and sometimes reopen their case, the clock scheduler marks what runs late. Steps run in time order
 * on the simulated clock; a step due after "now" never happens, which leaves recent cases in every open state.
 */
final class DemoHistory {
    static final int DEFAULT_CALLS_PER_DAY = 110;
    /** Share of the day's calls per hour (Beijing time): quiet nights, peaks mid-morning and mid-afternoon. */
    private static final double[] HOURLY = {0.6, 0.4, 0.3, 0.3, 0.3, 0.5, 1.2, 2.8, 5.5, 7.5, 8.0, 7.2, 5.5, 6.0,
            7.0, 7.2, 6.5, 5.8, 4.5, 4.2, 3.8, 3.0, 2.0, 1.2};
    private static final Map<Domain, Integer> DOMAIN_WEIGHT = new EnumMap<>(Map.ofEntries(
            Map.entry(Domain.URBAN, 12), Map.entry(Domain.HOUSING, 14), Map.entry(Domain.UTILITIES, 10),
            Map.entry(Domain.TRANSPORT, 8), Map.entry(Domain.ENVIRONMENT, 8), Map.entry(Domain.MARKET, 9),
            Map.entry(Domain.LABOR, 7), Map.entry(Domain.HEALTH, 5), Map.entry(Domain.EDUCATION, 4),
            Map.entry(Domain.PUBLIC_SAFETY, 3), Map.entry(Domain.CIVIL_AFFAIRS, 4), Map.entry(Domain.GOV_SERVICE, 6),
            Map.entry(Domain.CONSTRUCTION, 3), Map.entry(Domain.RURAL, 2), Map.entry(Domain.CULTURE_TOURISM, 2),
            Map.entry(Domain.TELECOM, 3), Map.entry(Domain.FINANCE, 2), Map.entry(Domain.POLICING, 4),
            Map.entry(Domain.EMERGENCY, 1), Map.entry(Domain.FEEDBACK, 2)));
    /** Residents (10k, 2020 census, rounded) weight where calls come from. */
    private static final Map<String, Integer> DISTRICT_WEIGHT = Map.ofEntries(Map.entry("110101", 71), Map.entry("110102", 110),
            Map.entry("110105", 345), Map.entry("110106", 202), Map.entry("110107", 57), Map.entry("110108", 313),
            Map.entry("110109", 39), Map.entry("110111", 131), Map.entry("110112", 184), Map.entry("110113", 132),
            Map.entry("110114", 227), Map.entry("110115", 199), Map.entry("110116", 44), Map.entry("110117", 46),
            Map.entry("110118", 53), Map.entry("110119", 35));

    record Summary(int calls, int cases, int repeats, int actions) {
    }

    private record Step(Instant at, long order, Runnable action) {
    }

    private final Services services;
    private final ManualClock clock;
    private final DemoWording wording;
    private final int callsPerDay;
    private final Random random;
    private final PriorityQueue<Step> queue = new PriorityQueue<>((a, b) -> a.at.equals(b.at)
            ? Long.compare(a.order, b.order) : a.at.compareTo(b.at));
    private final Principal operator = new Principal("operator", Role.OPERATOR, null);
    private final Principal lead = new Principal("lead", Role.SHIFT_LEAD, null);
    private final List<Category> weightedCategories = new ArrayList<>();
    private final List<String> weightedDistricts = new ArrayList<>();
    private long order;
    private Instant end;
    private int calls;
    private int cases;
    private int repeats;
    private int actions;

    DemoHistory(Services services, ManualClock clock, DemoWording wording, int callsPerDay, long seed) {
        this.services = services;
        this.clock = clock;
        this.wording = wording;
        this.callsPerDay = callsPerDay;
        this.random = new Random(seed);
        for (Category leaf : services.catalog.sortedLeaves()) {
            for (int i = 0; i < DOMAIN_WEIGHT.get(leaf.domain()); i++) {
                weightedCategories.add(leaf);
            }
        }
        DISTRICT_WEIGHT.forEach((code, weight) -> {
            for (int i = 0; i < weight; i++) {
                weightedDistricts.add(code);
            }
        });
        weightedDistricts.sort(String::compareTo);
    }

    Summary run(LocalDate firstDay, Instant until, PrintStream progress) {
        this.end = until;
        LocalDate lastDay = LocalDate.ofInstant(until, WorkCalendar.ZONE);
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            scheduleCallsOf(day);
            at(day.atStartOfDay(WorkCalendar.ZONE).toInstant().plus(Duration.ofHours(23)), services.scheduler::scanUntilDone);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
        YearMonth reported = null;
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            clock.set(step.at);
            step.action.run();
            YearMonth month = YearMonth.from(step.at.atZone(WorkCalendar.ZONE));
            if (!month.equals(reported)) {
                reported = month;
                progress.printf("demo: replaying %s … %d calls so far (%d days in all)%n", month, calls, days);
            }
        }
        clock.set(until);
        services.scheduler.scanUntilDone();
        return new Summary(calls, cases, repeats, actions);
    }

    private void scheduleCallsOf(LocalDate day) {
        boolean weekend = !services.clocks.calendar().isWorkingDay(day);
        int count = (int) Math.round(callsPerDay * (weekend ? 0.7 : 1.0) * (0.85 + 0.3 * random.nextDouble()));
        double total = 0;
        for (double share : HOURLY) {
            total += share;
        }
        for (int i = 0; i < count; i++) {
            double pick = random.nextDouble() * total;
            int hour = 0;
            while (pick > HOURLY[hour]) {
                pick -= HOURLY[hour];
                hour++;
            }
            Instant at = day.atStartOfDay(WorkCalendar.ZONE).toInstant()
                    .plus(Duration.ofHours(hour)).plusSeconds(random.nextInt(3600));
            at(at, this::call);
        }
    }

    private void at(Instant when, Runnable action) {
        if (!when.isAfter(end)) {
            queue.add(new Step(when, order++, action));
        }
    }

    private void call() {
        Category category = weightedCategories.get(random.nextInt(weightedCategories.size()));
        Unit district = services.units.get(weightedDistricts.get(random.nextInt(weightedDistricts.size())));
        List<Unit> subs = services.units.subDistrictsOf(district.code());
        Unit sub = subs.get(random.nextInt(subs.size()));
        GeoPoint point = near(sub, district);
        String address = wording.address(sub, district, random);
        NewCaseRequest request = new NewCaseRequest(typeFor(category), urgencyFor(category), category.code(),
                wording.description(category, address, random), new CallerDto(wording.phone(random), null, false),
                random.nextDouble() < 0.04 ? null : new LocationDto(point.lat(), point.lng(), address, null),
                random.nextDouble() < 0.85 ? Channel.PHONE : Channel.APP, null);
        file(request, category, point);
    }

    private void file(NewCaseRequest request, Category category, GeoPoint point) {
        calls++;
        CaseCreatedDto created = services.intake.create(operator, request, null);
        if (created.repeatOf() != null) {
            repeats++;
            return;
        }
        cases++;
        Instant now = clock.instant();
        switch (created.status()) {
            case RECEIVED -> {
                boolean online = request.channel() != Channel.PHONE;
                if (!online && request.type() == CaseType.CONSULTATION && random.nextDouble() < 0.9) {
                    at(now.plusSeconds(120 + random.nextInt(480)), () -> act(operator, created.id(), "answer",
                            CaseActionRequest.withText("已按政策口径当场答复来电人")));
                } else {
                    Unit target = point == null
                            ? services.units.get(weightedDistricts.get(random.nextInt(weightedDistricts.size())))
                            : services.routing.route(category, point, null).leadUnit();
                    Unit unit = target.kind() == UnitKind.CENTRE ? services.units.get("110105") : target;
                    at(now.plus(exponential(Duration.ofMinutes(online ? 70 : 120))), () -> {
                        if (act(operator, created.id(), "reassign", CaseActionRequest.toUnit(unit.code()))) {
                            handle(created.id(), unit.code(), category, 0);
                        }
                    });
                }
            }
            case DISPATCHED -> {
                handle(created.id(), created.leadUnit().code(), category, 0);
                if (request.type() == CaseType.COMPLAINT && random.nextDouble() < 0.05) {
                    at(now.plus(Duration.ofHours(6 + random.nextInt(60))), () -> file(request, category, point));
                }
            }
            default -> {
            }
        }
    }

    /** A unit works an order: sign, maybe return it, contact, maybe ask for time, resolve; then the return visit. */
    private void handle(String caseId, String unitCode, Category category, int round) {
        Instant start = clock.instant();
        UnitPerformance pace = UnitPerformance.of(unitCode, YearMonth.from(start.atZone(WorkCalendar.ZONE)));
        Principal handler = new Principal("handler@" + unitCode, Role.HANDLER, unitCode);
        at(start.plus(scaled(Duration.ofMinutes(40), pace)), () -> {
            if (!act(handler, caseId, "sign", null)) {
                return;
            }
            if (round == 0 && random.nextDouble() < 0.05 * pace.speed()) {
                returnOrder(caseId, unitCode, category, handler);
                return;
            }
            at(clock.instant().plus(scaled(Duration.ofHours(4), pace)), () -> {
                if (act(handler, caseId, "contact", CaseActionRequest.withText("已电话联系来电人，约定上门查看")) ) {
                    work(caseId, category, handler, pace, round);
                }
            });
        });
    }

    private void returnOrder(String caseId, String unitCode, Category category, Principal handler) {
        at(clock.instant().plus(Duration.ofMinutes(30)), () -> {
            if (!act(handler, caseId, "return", CaseActionRequest.returning("NOT_OUR_DUTY",
                    "经核实该事项不属于本单位职责"))) {
                return;
            }
            at(clock.instant().plus(exponential(Duration.ofHours(24))), () -> {
                Unit unit = services.units.get(unitCode);
                String district = unit.districtCode() == null ? "110105" : unit.districtCode();
                if (random.nextDouble() < 0.6 && !district.equals(unitCode)) {
                    if (act(lead, caseId, "accept-return", CaseActionRequest.toUnit(district))) {
                        handle(caseId, district, category, 1);
                    }
                } else if (act(lead, caseId, "reject-return", CaseActionRequest.withReason("属地管理，请继续办理"))) {
                    UnitPerformance pace = UnitPerformance.of(unitCode, YearMonth.from(clock.instant().atZone(WorkCalendar.ZONE)));
                    at(clock.instant().plus(scaled(Duration.ofHours(4), pace)), () -> {
                        if (act(handler, caseId, "contact", null)) {
                            work(caseId, category, handler, pace, 1);
                        }
                    });
                }
            });
        });
    }

    private void work(String caseId, Category category, Principal handler, UnitPerformance pace, int round) {
        Duration typical = switch (category.clockProfile()) {
            case "UTILITY_24H" -> Duration.ofHours(6);
            case "SAFETY_2H" -> Duration.ofHours(3);
            case "COMPLEX_15D" -> Duration.ofDays(5);
            default -> Duration.ofDays(2);
        };
        if (random.nextDouble() < 0.05) {
            at(clock.instant().plus(Duration.ofHours(20)), () -> {
                Instant until = clock.instant().plus(Duration.ofDays(10));
                if (act(handler, caseId, "request-extension", CaseActionRequest.extension(until, "需协调多个部门现场勘查"))) {
                    at(clock.instant().plus(exponential(Duration.ofHours(30))), () -> {
                        boolean approve = random.nextDouble() < 0.75;
                        if (act(lead, caseId, approve ? "approve-extension" : "deny-extension", null)) {
                            resolveLater(caseId, handler, pace, approve ? Duration.ofDays(6) : typical, round);
                        }
                    });
                }
            });
            return;
        }
        resolveLater(caseId, handler, pace, typical, round);
    }

    private void resolveLater(String caseId, Principal handler, UnitPerformance pace, Duration typical, int round) {
        at(clock.instant().plus(scaled(typical, pace)), () -> {
            if (act(handler, caseId, "resolve", CaseActionRequest.withResult("已现场处置完毕并向来电人反馈"))) {
                at(clock.instant().plus(scaled(Duration.ofHours(18), new UnitPerformance(1, 1))), () -> visit(caseId, handler, pace, round));
            }
        });
    }

    private void visit(String caseId, Principal handler, UnitPerformance pace, int round) {
        CaseActionRequest outcome;
        double r = random.nextDouble();
        if (r < 0.06) {
            outcome = CaseActionRequest.visitExcluded(false, ExclusionReason.UNREACHABLE);
        } else if (r < 0.07) {
            outcome = CaseActionRequest.visitExcluded(true, ExclusionReason.UNREASONABLE);
        } else {
            double q = random.nextDouble();
            VisitResolved resolved = q < pace.quality() ? VisitResolved.YES : q < pace.quality() + (1 - pace.quality()) / 2
                    ? VisitResolved.PARTLY : VisitResolved.NO;
            Satisfaction satisfaction = switch (resolved) {
                case YES -> random.nextDouble() < 0.85 ? Satisfaction.SATISFIED : Satisfaction.BASICALLY;
                case PARTLY -> random.nextDouble() < 0.6 ? Satisfaction.BASICALLY : Satisfaction.DISSATISFIED;
                case NO -> Satisfaction.DISSATISFIED;
            };
            outcome = CaseActionRequest.visited(resolved, satisfaction);
        }
        if (!act(operator, caseId, "visit", outcome)) {
            return;
        }
        boolean reopened = outcome.excludedReason() == null && (outcome.resolved() == VisitResolved.NO
                || outcome.satisfaction() == Satisfaction.DISSATISFIED);
        if (reopened && round == 0) {
            handle(caseId, handler.unitCode(), services.catalog.find(services.caseViews.find(lead, caseId).categoryCode()).orElseThrow(), 1);
        } else if (!reopened) {
            at(clock.instant().plus(exponential(Duration.ofHours(30))), () -> act(lead, caseId, "close", null));
        }
    }

    /** Runs one action through the real service; a refusal is counted, not hidden (it should not happen). */
    private boolean act(Principal who, String caseId, String action, CaseActionRequest body) {
        try {
            services.actions.act(who, caseId, action, body);
            actions++;
            return true;
        } catch (ApiException refusal) {
            throw new IllegalStateException("demo step " + action + " on " + caseId + " refused: " + refusal.getMessage(), refusal);
        }
    }

    private GeoPoint near(Unit sub, Unit district) {
        for (int attempt = 0; attempt < 10; attempt++) {
            GeoPoint point = new GeoPoint(sub.lat() + random.nextGaussian() * 0.006, sub.lng() + random.nextGaussian() * 0.008);
            if (services.units.districtMap().contains(district.code(), point)) {
                return point;
            }
        }
        return new GeoPoint(sub.lat(), sub.lng());
    }

    private CaseType typeFor(Category category) {
        if (category.domain() == Domain.FEEDBACK) {
            return category.name().contains("表扬") ? CaseType.PRAISE : CaseType.SUGGESTION;
        }
        double r = random.nextDouble();
        return r < 0.45 ? CaseType.CONSULTATION : r < 0.72 ? CaseType.COMPLAINT : r < 0.88 ? CaseType.HELP : CaseType.REPORT;
    }

    private Urgency urgencyFor(Category category) {
        if (category.domain() == Domain.EMERGENCY) {
            return Urgency.EMERGENCY;
        }
        return "SAFETY_2H".equals(category.clockProfile()) || random.nextDouble() < 0.05 ? Urgency.URGENT : Urgency.NORMAL;
    }

    private Duration scaled(Duration typical, UnitPerformance pace) {
        double exponential = -Math.log(1 - random.nextDouble());
        return Duration.ofSeconds(Math.max(60, (long) (typical.toSeconds() * pace.speed() * exponential)));
    }

    private Duration exponential(Duration mean) {
        return Duration.ofSeconds(Math.max(300, (long) (mean.toSeconds() * -Math.log(1 - random.nextDouble()))));
    }
}

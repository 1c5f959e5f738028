package hotline.server.cases;

import hotline.model.CaseAction;
import hotline.model.CaseActionRequest;
import hotline.model.CaseDto;
import hotline.model.CaseStatus;
import hotline.model.ClockName;
import hotline.model.EventDto;
import hotline.model.Role;
import hotline.model.Satisfaction;
import hotline.model.UnitKind;
import hotline.model.VisitResolved;
import hotline.server.auth.Principal;
import hotline.server.catalog.Category;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.clocks.CaseClock;
import hotline.server.clocks.ClockRepository;
import hotline.server.clocks.ClockService;
import hotline.server.clocks.ClockSummary;
import hotline.server.clocks.ProfileVersion;
import hotline.server.db.Database;
import hotline.server.http.ApiException;
import hotline.server.http.Validation;
import hotline.server.units.Unit;
import hotline.server.units.UnitDirectory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The lifecycle actions on a case: checks role, unit and state, then changes the case, its clocks and its events in
 * one transaction, and tells the live feed once that transaction has committed.
 */
public final class CaseActionService {
    private static final int MAX_TEXT = 2000;
    private static final Duration MAX_EXTENSION = Duration.ofDays(60);

    private final Database database;
    private final CaseRepository cases;
    private final EventRepository events;
    private final ClockRepository clockRepository;
    private final ClockService clocks;
    private final CategoryCatalog catalog;
    private final UnitDirectory units;
    private final CaseViews views;
    private final Clock clock;
    private final Changes changes;
    private final CoUnitRepository coUnits = new CoUnitRepository();
    /** A co-unit signs for its task within this time of being called in (like a unit signs for an order). */
    static final java.time.Duration CO_SIGN_WITHIN = java.time.Duration.ofHours(2);

    public CaseActionService(Database database, CaseRepository cases, EventRepository events, ClockRepository clockRepository,
                             ClockService clocks, CategoryCatalog catalog, UnitDirectory units, CaseViews views, Clock clock,
                             Changes changes) {
        this.database = database;
        this.cases = cases;
        this.events = events;
        this.clockRepository = clockRepository;
        this.clocks = clocks;
        this.catalog = catalog;
        this.units = units;
        this.views = views;
        this.clock = clock;
        this.changes = changes;
    }

    /** What an action does to a case: its new status, optional new lead unit, clock changes and event data. */
    private record Change(CaseStatus status, Unit newLead, UnaryOperator<List<CaseClock>> clockChange, Map<String, Object> data) {
    }

    public CaseDto act(Principal principal, String caseId, String actionPath, CaseActionRequest body) {
        CaseAction action;
        try {
            action = CaseAction.fromPath(actionPath);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("unknown action " + actionPath);
        }
        CaseActionRules.Rule rule = CaseActionRules.of(action);
        if (!rule.roles().contains(principal.role())) {
            throw ApiException.forbidden(principal.role() + " may not " + action.path() + " a case");
        }
        CaseActionRequest request = body == null ? CaseActionRequest.empty() : body;
        validate(action, request);
        Instant now = clock.instant();
        Changes.Change committed = database.inTransaction(connection -> {
            CaseRecord current = cases.find(connection, caseId, true)
                    .orElseThrow(() -> ApiException.notFound("no case " + caseId));
            boolean coAction = action == CaseAction.CO_SIGN || action == CaseAction.CO_DONE;
            if (coAction) {
                if (coUnits.find(connection, caseId, principal.unitCode()).filter(CoUnitRepository.CoUnit::open).isEmpty()) {
                    throw ApiException.forbidden("your unit is not called in on this case");
                }
            } else if (principal.scopedToUnit() && !current.leadUnitCode().equals(principal.unitCode())) {
                throw ApiException.forbidden("this case belongs to another unit");
            }
            if (!rule.from().contains(current.status())) {
                throw ApiException.conflict("cannot " + action.path() + " a case that is " + current.status());
            }
            if (action == CaseAction.REASSIGN && current.status() != CaseStatus.RECEIVED && principal.role() != Role.SHIFT_LEAD) {
                throw ApiException.forbidden("only a shift lead reassigns a dispatched case");
            }
            Changes.Change change = apply(connection, principal, action, current, change(connection, principal, action, current, request, now), now);
            changes.record(connection, List.of(change));
            return change;
        });
        // inTransaction returns only after the commit; a rollback throws, so nothing uncommitted is ever announced.
        changes.committed(List.of(committed));
        return views.find(principal, caseId);
    }

    private Change change(Connection connection, Principal principal, CaseAction action, CaseRecord c, CaseActionRequest r,
                          Instant now)
            throws SQLException {
        Map<String, Object> data = new LinkedHashMap<>();
        return switch (action) {
            case ANSWER -> {
                put(data, "text", r.text());
                yield new Change(CaseStatus.ANSWERED, null, stop(now, ClockName.ACCEPT), data);
            }
            case SIGN -> {
                clock(connection, c, ClockName.SIGN).ifPresent(sign -> data.put("onTime", !now.isAfter(sign.dueAt())));
                yield new Change(CaseStatus.SIGNED, null, stop(now, ClockName.SIGN), data);
            }
            case CONTACT -> {
                put(data, "text", r.text());
                respondedInTime(connection, c, now, data);
                yield new Change(CaseStatus.IN_PROGRESS, null, stop(now, ClockName.CONTACT), data);
            }
            case NOTE -> {
                data.put("text", r.text());
                yield new Change(c.status(), null, UnaryOperator.identity(), data);
            }
            case RESOLVE -> {
                data.put("result", r.result());
                coUnits.closeOpen(connection, c.id(), now);                 // the case resolves when the lead resolves
                CaseClock visit = clocks.returnVisitClock(c.id(), clocks.version(c.clockProfileVersion()), now);
                yield new Change(CaseStatus.RESOLVED, null, list -> {
                    List<CaseClock> changed = stopAll(list, now);
                    changed.add(visit);
                    return changed;
                }, data);
            }
            case RETURN -> {
                data.put("reason", r.reason());
                put(data, "detail", r.detail());
                put(data, "suggestedUnit", r.unitCode());
                put(data, "suggestedCategory", r.categoryCode());
                yield new Change(CaseStatus.RETURN_REQUESTED, null,
                        list -> list.stream().filter(CaseClock::running).map(k -> k.pause(now)).toList(), data);
            }
            case ACCEPT_RETURN -> {
                Unit target = dispatchTarget(r.unitCode(), c);
                data.put("unitCode", target.code());
                yield new Change(CaseStatus.DISPATCHED, target, list -> redispatch(c, list, now, true), data);
            }
            case REJECT_RETURN -> {
                data.put("reason", r.reason());
                yield new Change(previousStatus(connection, c, "RETURN"), null,
                        list -> list.stream().filter(k -> k.pausedSince() != null)
                                .map(k -> k.resume(now, clocks.calendar())).toList(), data);
            }
            case REQUEST_EXTENSION -> {
                data.put("until", r.until().toString());
                data.put("reason", r.reason());
                yield new Change(CaseStatus.EXTENSION_REQUESTED, null, UnaryOperator.identity(), data);
            }
            case APPROVE_EXTENSION -> {
                EventDto request = events.latest(connection, c.id(), "REQUEST_EXTENSION").orElseThrow();
                Instant until = Instant.parse((String) request.data().get("until"));
                data.put("until", until.toString());
                double fraction = clocks.version(c.clockProfileVersion()).yellowFraction();
                yield new Change(request.statusBefore(), null, list -> list.stream()
                        .filter(k -> k.name() == ClockName.HANDLE && k.stoppedAt() == null)
                        .map(k -> k.extendTo(until, now, fraction)).toList(), data);
            }
            case DENY_EXTENSION -> {
                put(data, "reason", r.reason());
                yield new Change(previousStatus(connection, c, "REQUEST_EXTENSION"), null, UnaryOperator.identity(), data);
            }
            case REASSIGN -> {
                Unit target = dispatchTarget(r.unitCode(), c);
                data.put("unitCode", target.code());
                data.put("from", c.leadUnitCode());
                boolean fresh = c.status() == CaseStatus.RECEIVED || c.status() == CaseStatus.REOPENED;
                yield new Change(CaseStatus.DISPATCHED, target, list -> fresh ? dispatchFresh(c, list, now)
                        : redispatch(c, list, now, false), data);
            }
            case SUPERVISE -> {
                data.put("message", r.message());
                yield new Change(c.status(), null, UnaryOperator.identity(), data);
            }
            case VISIT -> visit(c, r, now, data);
            case CLOSE -> new Change(CaseStatus.CLOSED, null, UnaryOperator.identity(), data);
            case CALL_IN -> callIn(connection, c, r, now, data);
            case CO_SIGN, CO_DONE -> coStep(connection, principal.unitCode(), action, c, r, now, data);
        };
    }

    /** Joint order: the lead unit calls in a co-unit with a task, to sign within two hours and finish by {@code until}. */
    private Change callIn(Connection connection, CaseRecord c, CaseActionRequest r, Instant now, Map<String, Object> data)
            throws SQLException {
        Unit co = units.find(r.unitCode()).orElse(null);
        new Validation().require(co != null, "unitCode", "is not a known unit")
                .require(co == null || !co.code().equals(c.leadUnitCode()), "unitCode", "is the lead unit itself")
                .require(r.until() == null || r.until().isAfter(now), "until", "must be in the future")
                .throwIfInvalid();
        if (coUnits.find(connection, c.id(), co.code()).filter(CoUnitRepository.CoUnit::open).isPresent()) {
            throw ApiException.conflict(co.name() + " is already called in on this case");
        }
        Instant until = r.until() != null ? r.until() : clockRepository.findByCase(connection, c.id()).stream()
                .filter(k -> k.name() == ClockName.HANDLE).map(CaseClock::dueAt).findFirst().orElse(now.plus(java.time.Duration.ofDays(3)));
        coUnits.insert(connection, new CoUnitRepository.CoUnit(c.id(), co.code(), r.text(), "CALLED", now,
                now.plus(CO_SIGN_WITHIN), until, null, null, null));
        data.put("coUnit", co.code());
        data.put("task", r.text());
        data.put("until", until.toString());
        data.put("forwardTo", co.code());
        return new Change(c.status(), null, UnaryOperator.identity(), data);
    }

    /** A co-unit signs for its task, or reports it done; the case's own status does not change. */
    private Change coStep(Connection connection, String unit, CaseAction action, CaseRecord c, CaseActionRequest r,
                          Instant now, Map<String, Object> data) throws SQLException {
        CoUnitRepository.CoUnit co = coUnits.find(connection, c.id(), unit).orElseThrow();
        if (action == CaseAction.CO_SIGN && !co.state().equals("CALLED")) {
            throw ApiException.conflict("the task is already signed for");
        }
        coUnits.step(connection, c.id(), unit, action == CaseAction.CO_SIGN ? "SIGNED" : "DONE", now, r.text());
        data.put("coUnit", unit);
        put(data, "text", r.text());
        data.put("forwardTo", c.leadUnitCode());
        return new Change(c.status(), null, UnaryOperator.identity(), data);
    }

    private Change visit(CaseRecord c, CaseActionRequest r, Instant now, Map<String, Object> data) {
        data.put("contacted", r.contacted());
        put(data, "resolved", r.resolved());
        put(data, "satisfaction", r.satisfaction());
        put(data, "excludedReason", r.excludedReason());
        boolean unhappy = r.excludedReason() == null && Boolean.TRUE.equals(r.contacted())
                && (r.resolved() == VisitResolved.NO || r.satisfaction() == Satisfaction.DISSATISFIED);
        if (!unhappy) {
            return new Change(CaseStatus.VISITED, null, stop(now, ClockName.RETURN_VISIT), data);
        }
        data.put("reopened", true);
        return new Change(CaseStatus.REOPENED, null, list -> {
            List<CaseClock> changed = new ArrayList<>(stop(now, ClockName.RETURN_VISIT).apply(list));
            changed.addAll(dispatchFresh(c, list, now));
            return changed;
        }, data);
    }

    private Changes.Change apply(Connection connection, Principal principal, CaseAction action, CaseRecord current,
                               Change change, Instant now) throws SQLException {
        List<CaseClock> existing = clockRepository.findByCase(connection, current.id());
        List<CaseClock> changed = change.clockChange().apply(existing);
        List<CaseClock> all = new ArrayList<>(existing);
        for (CaseClock clock : changed) {
            all.removeIf(k -> k.name() == clock.name());
            all.add(clock);
        }
        if (!changed.isEmpty()) {
            clockRepository.save(connection, current.id(), all);
        }
        ClockSummary summary = ClockSummary.of(all);
        CaseRecord updated = current.withStatus(change.status(), now).withClocks(summary.worst(), summary.nextDueAt());
        if (change.newLead() != null && !change.newLead().code().equals(current.leadUnitCode())) {
            updated = updated.withLeadUnit(change.newLead().code(), "MANUAL",
                    principal.username() + "改派至" + change.newLead().name() + " (" + action.path() + ")");
        }
        cases.update(connection, updated);
        String type = action.name();
        if (change.status() == CaseStatus.REOPENED) {
            type = "REOPENED";
        }
        var event = new EventRepository.NewEvent(current.id(), updated.version(), type, principal.username(),
                principal.role(), updated.leadUnitCode(), current.status(), updated.status(), change.data(), now);
        long eventId = events.append(connection, List.of(event)).get(0);
        String previousUnit = updated.leadUnitCode().equals(current.leadUnitCode()) ? null : current.leadUnitCode();
        return Changes.Change.of(eventId, event, updated, previousUnit);
    }

    private Unit dispatchTarget(String unitCode, CaseRecord c) {
        Unit target = units.find(unitCode).orElseThrow(() -> new ApiException(422, "validation_failed", "unknown unit " + unitCode));
        if (target.kind() == UnitKind.CENTRE) {
            throw new ApiException(422, "validation_failed", "an order cannot be dispatched to the centre itself");
        }
        if (target.code().equals(c.leadUnitCode()) && c.status() != CaseStatus.RECEIVED) {
            throw ApiException.conflict("the case is already with " + target.name());
        }
        return target;
    }

    private CaseStatus previousStatus(Connection connection, CaseRecord c, String requestType) throws SQLException {
        return events.latest(connection, c.id(), requestType).map(EventDto::statusBefore).orElse(CaseStatus.DISPATCHED);
    }

    /** A new unit takes over: it gets fresh sign and contact clocks; the caller's handling clocks resume. */
    private List<CaseClock> redispatch(CaseRecord c, List<CaseClock> existing, Instant now, boolean resume) {
        List<CaseClock> changed = new ArrayList<>();
        for (CaseClock fresh : freshDispatchClocks(c, now)) {
            if (fresh.name() == ClockName.SIGN || fresh.name() == ClockName.CONTACT
                    || existing.stream().noneMatch(k -> k.name() == fresh.name())) {
                changed.add(fresh);
            }
        }
        for (CaseClock old : existing) {
            boolean replaced = changed.stream().anyMatch(k -> k.name() == old.name());
            if (!replaced && resume && old.pausedSince() != null) {
                changed.add(old.resume(now, clocks.calendar()));
            }
        }
        return changed;
    }

    /** First dispatch from the centre, or a reopened case: every dispatch clock starts now. */
    private List<CaseClock> dispatchFresh(CaseRecord c, List<CaseClock> existing, Instant now) {
        List<CaseClock> changed = new ArrayList<>(freshDispatchClocks(c, now));
        existing.stream().filter(k -> k.name() == ClockName.ACCEPT && k.stoppedAt() == null)
                .forEach(k -> changed.add(k.stop(now)));
        return changed;
    }

    private List<CaseClock> freshDispatchClocks(CaseRecord c, Instant now) {
        ProfileVersion version = clocks.version(c.clockProfileVersion());
        Category category = catalog.find(c.categoryCode()).orElseThrow();
        return clocks.dispatchClocks(c.id(), version, c.type(), c.urgency(), category, now);
    }

    /**
     * For the response rate (DESIGN.md): whether this dispatch was signed and the caller contacted within their
     * clocks, and when the dispatch was (the month the rankings count it in).
     */
    private void respondedInTime(Connection connection, CaseRecord c, Instant now, Map<String, Object> data)
            throws SQLException {
        var sign = clock(connection, c, ClockName.SIGN);
        var contact = clock(connection, c, ClockName.CONTACT);
        if (sign.isEmpty() || contact.isEmpty()) {
            return;
        }
        boolean signedInTime = sign.get().stoppedAt() != null && !sign.get().stoppedAt().isAfter(sign.get().dueAt());
        data.put("responded", signedInTime && !now.isAfter(contact.get().dueAt()));
        data.put("dispatchedAt", sign.get().startedAt().toString());
    }

    private java.util.Optional<CaseClock> clock(Connection connection, CaseRecord c, ClockName name) throws SQLException {
        return clockRepository.findByCase(connection, c.id()).stream().filter(k -> k.name() == name).findFirst();
    }

    private static UnaryOperator<List<CaseClock>> stop(Instant now, ClockName name) {
        return list -> list.stream().filter(k -> k.name() == name && k.stoppedAt() == null).map(k -> k.stop(now)).toList();
    }

    private static List<CaseClock> stopAll(List<CaseClock> list, Instant now) {
        return new ArrayList<>(list.stream().filter(k -> k.stoppedAt() == null).map(k -> k.stop(now)).toList());
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value instanceof Enum<?> e ? e.name() : value);
        }
    }

    private void validate(CaseAction action, CaseActionRequest r) {
        Validation v = new Validation();
        v.maxLength(r.text(), MAX_TEXT, "text").maxLength(r.result(), MAX_TEXT, "result")
                .maxLength(r.reason(), MAX_TEXT, "reason").maxLength(r.detail(), MAX_TEXT, "detail")
                .maxLength(r.message(), MAX_TEXT, "message");
        switch (action) {
            case NOTE -> v.required(r.text(), "text");
            case RESOLVE -> v.required(r.result(), "result");
            case RETURN -> {
                v.required(r.reason(), "reason");
                v.require(r.reason() == null || isReturnReason(r.reason()), "reason",
                        "must be NOT_OUR_DUTY, WRONG_LOCATION or NEEDS_OTHER_UNIT");
                v.require(r.unitCode() == null || units.find(r.unitCode()).isPresent(), "unitCode", "is not a known unit");
                v.require(r.categoryCode() == null || catalog.find(r.categoryCode()).isPresent(), "categoryCode",
                        "is not a category of the catalog");
            }
            case ACCEPT_RETURN, REASSIGN -> v.required(r.unitCode(), "unitCode");
            case REJECT_RETURN -> v.required(r.reason(), "reason");
            case REQUEST_EXTENSION -> {
                v.required(r.until(), "until").required(r.reason(), "reason");
                Instant now = clock.instant();
                v.require(r.until() == null || r.until().isAfter(now), "until", "must be in the future");
                v.require(r.until() == null || r.until().isBefore(now.plus(MAX_EXTENSION)), "until", "must be within 60 days");
            }
            case SUPERVISE -> v.required(r.message(), "message");
            case CALL_IN -> v.required(r.unitCode(), "unitCode").required(r.text(), "text").maxLength(r.text(), 2000, "text");
            case CO_DONE -> v.required(r.text(), "text").maxLength(r.text(), 2000, "text");
            case VISIT -> {
                v.required(r.contacted(), "contacted");
                boolean counted = Boolean.TRUE.equals(r.contacted()) && r.excludedReason() == null;
                v.require(!counted || r.resolved() != null, "resolved", "is required for a completed visit");
                v.require(!counted || r.satisfaction() != null, "satisfaction", "is required for a completed visit");
                v.require(!Boolean.FALSE.equals(r.contacted()) || r.excludedReason() != null, "excludedReason",
                        "is required when the caller was not contacted (UNREACHABLE)");
            }
            default -> {
            }
        }
        v.throwIfInvalid();
    }

    private static boolean isReturnReason(String reason) {
        for (var value : hotline.model.ReturnReason.values()) {
            if (value.name().equals(reason)) {
                return true;
            }
        }
        return false;
    }
}

package hotline.server.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.model.CaseCreatedDto;
import hotline.model.CaseStatus;
import hotline.model.CaseType;
import hotline.model.Channel;
import hotline.model.ClockDto;
import hotline.model.NewCaseRequest;
import hotline.model.Role;
import hotline.model.RoutingDto;
import hotline.model.Urgency;
import hotline.server.auth.Principal;
import hotline.server.catalog.Category;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.catalog.Domain;
import hotline.server.clocks.CaseClock;
import hotline.server.clocks.ClockRepository;
import hotline.server.clocks.ClockService;
import hotline.server.clocks.ClockSummary;
import hotline.server.clocks.ProfileVersion;
import hotline.server.http.ApiException;
import hotline.server.routing.RoutingDecision;
import hotline.server.routing.RoutingService;
import hotline.server.units.GeoPoint;
import hotline.server.units.Unit;
import hotline.server.units.UnitDirectory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

/**
 * Takes in a call: validates it, routes it, starts its clocks, or attaches it to the open case it repeats;
 * answers only after the group commit (see {@link IntakeWriter}).
 */
public final class IntakeService implements AutoCloseable {
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(30);
    private final CategoryCatalog catalog;
    private final RoutingService routing;
    private final UnitDirectory units;
    private final ClockService clocks;
    private final CaseRepository cases;
    private final EventRepository events;
    private final ClockRepository clockRepository;
    private final RepeatPolicy repeats;
    private final ObjectMapper json;
    private final Clock clock;
    private final IntakeWriter writer;
    private final CaseIds ids = new CaseIds();
    private final IdempotencyKeys keys;

    public IntakeService(DataSource dataSource, CategoryCatalog catalog, RoutingService routing, UnitDirectory units,
                         ClockService clocks, CaseRepository cases, EventRepository events, ClockRepository clockRepository,
                         RepeatPolicy repeats, ObjectMapper json, Clock clock, Changes changes) {
        this.catalog = catalog;
        this.routing = routing;
        this.units = units;
        this.clocks = clocks;
        this.cases = cases;
        this.events = events;
        this.clockRepository = clockRepository;
        this.repeats = repeats;
        this.json = json;
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            this.keys = IdempotencyKeys.load(connection, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the Idempotency-Keys of the last day", e);
        }
        this.writer = new IntakeWriter(dataSource, changes, 20_000);
    }

    /**
     * Takes in a call and waits for its answer: for callers on their own thread (the demo seeder, benchmarks).
     * The HTTP edge uses {@link #submit} so that no request thread waits for the group commit.
     */
    public CaseCreatedDto create(Principal principal, NewCaseRequest request, String idempotencyKey) {
        try {
            return submit(principal, request, idempotencyKey).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ApiException refusal) {
                throw refusal;
            }
            throw new IllegalStateException("intake failed", e.getCause());
        }
    }

    /**
     * Checks, routes and queues a call for the next group commit. Bad input is refused at once (the exception is
     * thrown); the future completes after the commit, or fails with an {@link ApiException} (a business refusal,
     * a full queue, a store that did not answer within {@link #STORE_TIMEOUT}).
     */
    public CompletableFuture<CaseCreatedDto> submit(Principal principal, NewCaseRequest request, String idempotencyKey) {
        if (!principal.is(Role.OPERATOR, Role.SHIFT_LEAD)) {
            throw ApiException.forbidden("only operators and shift leads take calls");
        }
        IntakeValidation.check(request, idempotencyKey, catalog, units);
        Category category = catalog.find(request.categoryCode()).orElseThrow();
        GeoPoint point = IntakeValidation.point(request.location());
        RoutingDecision decision = routing.route(category, point,
                request.location() == null ? null : request.location().subDistrictCode());
        String requestHash = idempotencyKey == null ? null : hash(request);
        Instant now = clock.instant();
        return writer.submit((connection, batch) -> write(connection, batch, principal, request, idempotencyKey,
                        requestHash, category, point, decision, now))
                .orTimeout(STORE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionallyCompose(IntakeService::asRefusal);
    }

    /** Every failure of a queued call reaches the caller as an {@link ApiException}, never as a bare exception. */
    private static CompletableFuture<CaseCreatedDto> asRefusal(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ApiException refusal) {
            return CompletableFuture.failedFuture(refusal);
        }
        if (cause instanceof TimeoutException) {
            return CompletableFuture.failedFuture(
                    new ApiException(503, "unavailable", "the case store is slow; retry with the same Idempotency-Key"));
        }
        return CompletableFuture.failedFuture(new IllegalStateException("intake failed", cause));
    }

    private CaseCreatedDto write(Connection connection, IntakeWriter.BatchContext batch, Principal principal,
                                 NewCaseRequest request, String key, String requestHash, Category category, GeoPoint point,
                                 RoutingDecision decision, Instant now) throws SQLException {
        if (key != null) {
            Optional<IdempotencyKeys.KeyedCase> earlier = keys.find(principal.username(), key);
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw new ApiException(422, "idempotency_key_reused", "this Idempotency-Key was used for a different case");
                }
                return answerRetry(connection, earlier.get().caseId());
            }
        }
        CaseRepository.IdempotencyKey idempotency = key == null ? null : new CaseRepository.IdempotencyKey(key, requestHash);
        boolean forceNew = Boolean.TRUE.equals(request.forceNew());
        Optional<CaseRecord> repeated = forceNew || category.domain() == Domain.EMERGENCY
                ? Optional.empty() : repeats.lockOpenCase(connection, request, category, point, now);
        CaseCreatedDto created = repeated.isPresent()
                ? attachRepeat(connection, batch, principal, request, category, point, decision, repeated.get(),
                idempotency, now)
                : fileNewCase(connection, batch, principal, request, category, point, decision, idempotency, now);
        if (key != null) {
            var keyed = new IdempotencyKeys.KeyedCase(created.id(), requestHash);
            keys.remember(principal.username(), key, keyed, now);
            batch.onRollback(() -> keys.forget(principal.username(), key, keyed));
        }
        return created;
    }

    /** A retried call is answered from the case it created, as stored: the same case, never a second one. */
    private CaseCreatedDto answerRetry(Connection connection, String caseId) throws SQLException {
        CaseRecord created = cases.find(connection, caseId, false).orElseThrow();
        String clocksOf = created.repeatOf() != null ? created.repeatOf() : created.id();
        return answer(created, clockRepository.findByCase(connection, clocksOf));
    }

    /**
     * The 201 for a call: the case (or, for a repeat, the call attached to its open case), its lead unit and the clocks
     * that run on it (the open case's for a repeat), soonest first.
     */
    private CaseCreatedDto answer(CaseRecord c, List<CaseClock> clocks) {
        List<ClockDto> running = clocks.stream()
                .sorted(CaseClock.SOONEST_FIRST)
                .map(CaseClock::toDto).toList();
        return new CaseCreatedDto(c.id(), c.caseNumber(), c.status(), units.get(c.leadUnitCode()).toDto(), running,
                c.repeatOf(), new RoutingDto(c.routingRule(), c.routingReason(), c.transferTo()));
    }

    private CaseCreatedDto fileNewCase(Connection connection, IntakeWriter.BatchContext batch, Principal principal,
                                       NewCaseRequest request, Category category, GeoPoint point,
                                       RoutingDecision decision, CaseRepository.IdempotencyKey idempotency, Instant now)
            throws SQLException {
        String id = ids.next(now);
        ProfileVersion version = clocks.inForce(now);
        boolean consultation = request.type() == CaseType.CONSULTATION && category.domain() != Domain.EMERGENCY;
        CaseStatus status;
        Unit lead;
        String rule = decision.rule().name();
        String reason = decision.reason();
        List<CaseClock> caseClocks;
        if (decision.rule() == hotline.server.routing.RoutingRule.EMERGENCY_TRANSFER) {
            status = CaseStatus.TRANSFERRED;
            lead = decision.leadUnit();
            caseClocks = List.of();
        } else if (consultation || !decision.dispatches() || online(request)) {
            status = CaseStatus.RECEIVED;
            lead = units.centre();
            if (consultation) {
                rule = "CONSULTATION";
                reason = "咨询类由话务员当场解答；如需转办，派往" + decision.leadUnit().name() + " (consultation: answer on the spot)";
            } else if (decision.dispatches()) {
                rule = "ONLINE_REVIEW";
                reason = "网上诉求须在2小时内审核受理，建议派往" + decision.leadUnit().name() + " (online submission: review, then dispatch)";
            }
            caseClocks = clocks.acceptClock(id, version, now);
        } else {
            status = CaseStatus.DISPATCHED;
            lead = decision.leadUnit();
            caseClocks = clocks.dispatchClocks(id, version, request.type(), urgency(request), category, now);
        }
        ClockSummary summary = ClockSummary.of(caseClocks);
        var caller = request.caller();
        var location = request.location();
        CaseRecord record = new CaseRecord(id, batch.numbers.next(connection, now), request.type(), urgency(request), status,
                category.code(), request.description().strip(), IntakeValidation.phone(caller),
                caller == null ? null : blankToNull(caller.name()), caller != null && Boolean.TRUE.equals(caller.anonymous()),
                point == null ? null : point.lat(), point == null ? null : point.lng(),
                location == null ? null : blankToNull(location.address()), decision.subDistrictCode(), decision.districtCode(),
                request.channel() == null ? Channel.PHONE : request.channel(), lead.code(), rule, reason,
                decision.transferTo(), null, 0, 1, version.version(), summary.worst(), summary.nextDueAt(),
                principal.username(), now, now, 1);
        cases.insert(connection, record, idempotency, ClockRepository.stored(caseClocks));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("categoryCode", category.code());
        data.put("leadUnit", lead.code());
        data.put("rule", rule);
        data.put("reason", reason);
        if (decision.transferTo() != null) {
            data.put("transferTo", decision.transferTo());
        }
        caseClocks.forEach(c -> data.put("due" + c.name(), c.dueAt().toString()));
        var event = new EventRepository.NewEvent(id, 1, "CREATED", principal.username(), principal.role(), lead.code(),
                null, status, data, now);
        long eventId = events.append(connection, List.of(event)).get(0);
        batch.changes.add(Changes.Change.of(eventId, event, record, null));
        return answer(record, caseClocks);
    }

    private CaseCreatedDto attachRepeat(Connection connection, IntakeWriter.BatchContext batch, Principal principal,
                                        NewCaseRequest request, Category category, GeoPoint point,
                                        RoutingDecision decision, CaseRecord open, CaseRepository.IdempotencyKey idempotency,
                                        Instant now) throws SQLException {
        String id = ids.next(now);
        String reason = "重复来电，并入在办工单" + open.caseNumber() + " (repeat of an open case)";
        var caller = request.caller();
        var location = request.location();
        CaseRecord call = new CaseRecord(id, batch.numbers.next(connection, now), request.type(), urgency(request),
                CaseStatus.MERGED, category.code(), request.description().strip(), IntakeValidation.phone(caller),
                caller == null ? null : blankToNull(caller.name()), caller != null && Boolean.TRUE.equals(caller.anonymous()),
                point == null ? null : point.lat(), point == null ? null : point.lng(),
                location == null ? null : blankToNull(location.address()), decision.subDistrictCode(), decision.districtCode(),
                request.channel() == null ? Channel.PHONE : request.channel(), open.leadUnitCode(), "REPEAT", reason, null,
                open.id(), 0, 1, open.clockProfileVersion(), null, null, principal.username(), now, now, 1);
        cases.insert(connection, call, idempotency, ClockRepository.stored(List.of()));
        CaseRecord parent = open.withRepeat(now);
        cases.update(connection, parent);
        var repeatCall = new EventRepository.NewEvent(id, 1, "REPEAT_CALL", principal.username(), principal.role(),
                open.leadUnitCode(), null, CaseStatus.MERGED,
                Map.of("repeatOf", open.id(), "repeatOfNumber", open.caseNumber()), now);
        var attached = new EventRepository.NewEvent(parent.id(), parent.version(), "REPEAT_ATTACHED", principal.username(),
                principal.role(), parent.leadUnitCode(), parent.status(), parent.status(),
                Map.of("callId", id, "callNumber", call.caseNumber(), "heat", parent.heat()), now);
        List<Long> eventIds = events.append(connection, List.of(repeatCall, attached));
        batch.changes.add(Changes.Change.of(eventIds.get(0), repeatCall, call, null));
        batch.changes.add(Changes.Change.of(eventIds.get(1), attached, parent, null));
        return answer(call, clockRepository.findByCase(connection, open.id()));
    }

    /** Submissions that did not come through an operator are reviewed before dispatch (the 2-hour ACCEPT clock). */
    private static boolean online(NewCaseRequest request) {
        return request.channel() != null && request.channel() != Channel.PHONE;
    }

    private static Urgency urgency(NewCaseRequest request) {
        return request.urgency() == null ? Urgency.NORMAL : request.urgency();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String hash(NewCaseRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops taking calls and writes those already accepted into the queue. */
    @Override
    public void close() {
        writer.close();
    }
}

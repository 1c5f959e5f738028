package hotline.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import hotline.server.auth.AuthService;
import hotline.server.auth.PasswordHasher;
import hotline.server.auth.UserRepository;
import hotline.server.cases.CaseActionService;
import hotline.server.cases.CaseListService;
import hotline.server.cases.CaseRepository;
import hotline.server.cases.CaseViews;
import hotline.server.cases.Changes;
import hotline.server.cases.ClockScheduler;
import hotline.server.cases.EventRepository;
import hotline.server.cases.IntakeService;
import hotline.server.cases.RepeatPolicy;
import hotline.server.catalog.CatalogService;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.clocks.ClockProfiles;
import hotline.server.clocks.ClockRepository;
import hotline.server.clocks.ClockService;
import hotline.server.clocks.WorkCalendar;
import hotline.server.db.Database;
import hotline.server.forwarding.DeadLetters;
import hotline.server.forwarding.Dispatcher;
import hotline.server.forwarding.Endpoints;
import hotline.server.forwarding.Outbox;
import hotline.server.http.JsonMapper;
import hotline.server.live.LiveFeed;
import hotline.server.rankings.RankingConfig;
import hotline.server.rankings.RankingProjector;
import hotline.server.rankings.RankingService;
import hotline.server.routing.RoutingService;
import hotline.server.units.DistrictMap;
import hotline.server.units.UnitDirectory;
import hotline.server.units.UnitRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The object graph of a running server, wired by hand: reference data, repositories, services.
 * Tests build it on their own database and clock.
 */
public final class Services implements AutoCloseable {
    /** DESIGN.md: a delivery that keeps failing for a day is a dead letter (HOTLINE_DEAD_LETTER_AFTER changes it). */
    public static final Duration DEAD_LETTER_AFTER = Duration.ofDays(1);

    public final ObjectMapper json;
    public final Database database;
    public final Clock clock;
    public final UnitDirectory units;
    public final UnitRepository unitRepository;
    public final CategoryCatalog catalog;
    public final CatalogService catalogService;
    public final ClockService clocks;
    public final RoutingService routing;
    public final AuthService auth;
    public final CaseRepository cases;
    public final EventRepository events;
    public final ClockRepository clockRepository;
    public final CaseViews caseViews;
    public final IntakeService intake;
    public final CaseActionService actions;
    public final CaseListService listing;
    public final ClockScheduler scheduler;
    public final LiveFeed live;
    public final Endpoints endpoints;
    public final Dispatcher dispatcher;
    public final DeadLetters deadLetters;
    public final RankingProjector rankingProjector;
    public final RankingService rankings;

    /** @param bcryptCost 10 in production; tests pass 4 so that logging in stays fast */
    public Services(Database database, Clock clock, int bcryptCost) {
        this(database, clock, bcryptCost, DEAD_LETTER_AFTER);
    }

    /** @param deadLetterAfter how long a forwarded event is retried before it becomes a dead letter */
    public Services(Database database, Clock clock, int bcryptCost, Duration deadLetterAfter) {
        this.json = JsonMapper.create();
        this.database = database;
        // Millisecond ticks: what a response shows is exactly what the database keeps and returns later.
        this.clock = Clock.tick(clock, Duration.ofMillis(1));
        this.units = UnitDirectory.load(DistrictMap.load(json));
        this.unitRepository = new UnitRepository(database);
        unitRepository.synchronise(units);
        ClockProfiles profiles = ClockProfiles.load(json);
        this.clocks = new ClockService(profiles, WorkCalendar.load());
        this.catalog = CategoryCatalog.load(units, profiles.profileNames());
        this.catalogService = new CatalogService(catalog);
        this.routing = new RoutingService(units);
        this.auth = new AuthService(new UserRepository(database), new PasswordHasher(bcryptCost), units, this.clock, Duration.ofHours(12));
        this.cases = new CaseRepository();
        this.events = new EventRepository(json);
        this.clockRepository = new ClockRepository();
        this.live = new LiveFeed(json);
        this.endpoints = Endpoints.load(database);
        this.dispatcher = new Dispatcher(database, endpoints, this.clock);
        this.deadLetters = new DeadLetters(database, units, dispatcher, this.clock, deadLetterAfter);
        RankingConfig rankingConfig = RankingConfig.load(json);
        this.rankingProjector = new RankingProjector(database, json, rankingConfig);
        Changes changes = new Changes(new Outbox(endpoints, json, deadLetterAfter), live,
                List.of(dispatcher::wake, rankingProjector::wake));
        this.caseViews = new CaseViews(database, cases, events, clockRepository, catalog, units);
        this.intake = new IntakeService(database.dataSource(), catalog, routing, units, clocks, cases, events, clockRepository,
                RepeatPolicy.defaults(cases), json, this.clock, changes);
        this.actions = new CaseActionService(database, cases, events, clockRepository, clocks, catalog, units, caseViews,
                this.clock, changes);
        this.listing = new CaseListService(database);
        this.rankings = new RankingService(database, units, rankingConfig, listing);
        this.scheduler = new ClockScheduler(database, cases, events, clockRepository, this.clock, changes, units);
    }

    @Override
    public void close() {
        scheduler.close();
        intake.close();
        dispatcher.close();
        rankingProjector.close();
        live.close();
    }
}

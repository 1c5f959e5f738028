package hotline.server.cases;

import hotline.model.CallerDto;
import hotline.model.CaseDto;
import hotline.model.CoUnitDto;
import hotline.model.CaseLocationDto;
import hotline.model.CaseSummaryDto;
import hotline.model.EventDto;
import hotline.model.RoutingDto;
import hotline.server.auth.Principal;
import hotline.server.catalog.Category;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.clocks.CaseClock;
import hotline.server.clocks.ClockRepository;
import hotline.server.db.Database;
import hotline.server.http.ApiException;
import hotline.server.units.Unit;
import hotline.server.units.UnitDirectory;
import java.util.List;

/** Reads one case, or its history, as the caller may see it (HANDLER and CLERK: own unit only). */
public final class CaseViews {
    private final Database database;
    private final CaseRepository cases;
    private final EventRepository events;
    private final ClockRepository clocks;
    private final CategoryCatalog catalog;
    private final UnitDirectory units;
    private final CoUnitRepository coUnits = new CoUnitRepository();

    public CaseViews(Database database, CaseRepository cases, EventRepository events, ClockRepository clocks,
                     CategoryCatalog catalog, UnitDirectory units) {
        this.database = database;
        this.cases = cases;
        this.events = events;
        this.clocks = clocks;
        this.catalog = catalog;
        this.units = units;
    }

    public CaseDto find(Principal principal, String id) {
        return database.read(connection -> {
            List<CoUnitRepository.CoUnit> co = coUnits.findByCase(connection, id);
            CaseRecord c = visible(principal, cases.find(connection, id, false).orElse(null), id, co);
            return toDto(principal, c, clocks.findByCase(connection, id), co);
        });
    }

    public List<EventDto> events(Principal principal, String id) {
        return database.read(connection -> {
            visible(principal, cases.find(connection, id, false).orElse(null), id, coUnits.findByCase(connection, id));
            return events.forCase(connection, id);
        });
    }

    /** A unit sees the cases it leads and those it is called in on. */
    private static CaseRecord visible(Principal principal, CaseRecord c, String id, List<CoUnitRepository.CoUnit> co) {
        if (c == null) {
            throw ApiException.notFound("no case " + id);
        }
        if (principal.scopedToUnit() && !c.leadUnitCode().equals(principal.unitCode())
                && co.stream().noneMatch(u -> u.unitCode().equals(principal.unitCode()))) {
            throw ApiException.forbidden("this case belongs to another unit");
        }
        return c;
    }

    /** A row of the case list; the live feed sends the same row, so a client updates its queue in place. */
    static CaseSummaryDto summary(CaseRecord c) {
        return new CaseSummaryDto(c.id(), c.caseNumber(), c.type(), c.urgency(), c.status(), c.categoryCode(),
                c.description().length() > 120 ? c.description().substring(0, 120) + "…" : c.description(),
                c.callerPhone(), c.leadUnitCode(), c.districtCode(), c.subDistrictCode(), c.worstClock(), c.nextDueAt(),
                c.heat(), c.createdAt(), c.lat(), c.lng(), c.createdBy());
    }

    CaseDto toDto(Principal principal, CaseRecord c, List<CaseClock> caseClocks, List<CoUnitRepository.CoUnit> co) {
        String coState = co.stream().filter(u -> u.unitCode().equals(principal.unitCode())).map(CoUnitRepository.CoUnit::state)
                .findFirst().orElse(null);
        Unit lead = units.get(c.leadUnitCode());
        String categoryName = catalog.find(c.categoryCode()).map(Category::name).orElse(c.categoryCode());
        return new CaseDto(c.id(), c.caseNumber(), c.type(), c.urgency(), c.status(), c.categoryCode(), categoryName,
                c.description(), new CallerDto(c.callerPhone(), c.callerName(), c.callerAnonymous()),
                new CaseLocationDto(c.lat(), c.lng(), c.address(), c.subDistrictCode(),
                        units.find(c.subDistrictCode()).map(Unit::name).orElse(null), c.districtCode(),
                        units.find(c.districtCode()).map(u -> u.name().replace("人民政府", "")).orElse(null)),
                c.channel(), lead.toDto(),
                new RoutingDto(c.routingRule(), c.routingReason(), c.transferTo()),
                caseClocks.stream().map(CaseClock::toDto).toList(), c.repeatOf(), c.repeatCount(), c.heat(),
                c.clockProfileVersion(), c.createdAt(), c.updatedAt(), c.version(),
                CaseActionRules.allowed(principal, c, coState),
                co.stream().map(u -> new CoUnitDto(u.unitCode(), units.find(u.unitCode()).map(Unit::name).orElse(u.unitCode()),
                        u.task(), u.state(), u.calledAt(), u.signDueAt(), u.dueAt(), u.signedAt(), u.doneAt(), u.result()))
                        .toList());
    }
}

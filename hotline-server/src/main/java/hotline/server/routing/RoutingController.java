package hotline.server.routing;

import hotline.model.RoutingPreviewDto;
import hotline.model.UnitDto;
import hotline.model.UnitKind;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.http.ApiException;
import hotline.server.http.Requests;
import hotline.server.http.Validation;
import hotline.server.units.GeoPoint;
import hotline.server.units.Unit;
import hotline.server.units.UnitDirectory;
import io.javalin.http.Context;

/**
 * {@code GET /api/v1/routing/preview?categoryCode=&lat=&lng=&subDistrictCode=}: where a case would go, with the
 * district and sub-district its location resolves to, so the operator sees it before submitting. The same
 * {@link RoutingService} decides at intake, so the preview cannot disagree with the real dispatch.
 */
public final class RoutingController {
    private final RoutingService routing;
    private final CategoryCatalog catalog;
    private final UnitDirectory units;

    public RoutingController(RoutingService routing, CategoryCatalog catalog, UnitDirectory units) {
        this.routing = routing;
        this.catalog = catalog;
        this.units = units;
    }

    public void preview(Context ctx) {
        String categoryCode = Requests.param(ctx, "categoryCode");
        String subDistrictCode = Requests.param(ctx, "subDistrictCode");
        Double lat = number(ctx, "lat");
        Double lng = number(ctx, "lng");
        new Validation().required(categoryCode, "categoryCode")
                .require(categoryCode == null || catalog.find(categoryCode).isPresent(), "categoryCode", "is not a category leaf")
                .require((lat == null) == (lng == null), "lat", "lat and lng go together")
                .require(lat == null || (lat >= -90 && lat <= 90), "lat", "must be between -90 and 90")
                .require(lng == null || (lng >= -180 && lng <= 180), "lng", "must be between -180 and 180")
                .require(subDistrictCode == null || units.find(subDistrictCode).filter(u -> u.kind() == UnitKind.SUB_DISTRICT)
                        .isPresent(), "subDistrictCode", "is not a sub-district code")
                .throwIfInvalid();
        RoutingDecision decision = routing.route(catalog.find(categoryCode).orElseThrow(),
                lat == null ? null : new GeoPoint(lat, lng), subDistrictCode);
        ctx.json(new RoutingPreviewDto(decision.leadUnit().toDto(), decision.toDto(), dto(decision.districtCode()),
                dto(decision.subDistrictCode())));
    }

    private UnitDto dto(String code) {
        return code == null ? null : units.find(code).map(Unit::toDto).orElse(null);
    }

    private static Double number(Context ctx, String name) {
        String value = Requests.param(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number");
        }
    }
}

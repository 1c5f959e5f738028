package hotline.server.cases;

import hotline.model.CallerDto;
import hotline.model.LocationDto;
import hotline.model.NewCaseRequest;
import hotline.model.UnitKind;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.http.Validation;
import hotline.server.units.GeoPoint;
import hotline.server.units.UnitDirectory;
import java.util.regex.Pattern;

/** Checks a new case at the edge and names every bad field at once. */
final class IntakeValidation {
    static final int MAX_DESCRIPTION = 4000;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{3,20}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    private IntakeValidation() {
    }

    static void check(NewCaseRequest request, String idempotencyKey, CategoryCatalog catalog, UnitDirectory units) {
        Validation v = new Validation();
        if (request == null) {
            v.require(false, "body", "a case is required").throwIfInvalid();
        }
        v.required(request.type(), "type")
                .required(request.categoryCode(), "categoryCode")
                .required(request.description(), "description")
                .maxLength(request.description(), MAX_DESCRIPTION, "description");
        if (request.categoryCode() != null && !request.categoryCode().isBlank()) {
            v.require(catalog.find(request.categoryCode()).isPresent(), "categoryCode", "is not a category leaf");
        }
        CallerDto caller = request.caller();
        boolean anonymous = caller != null && Boolean.TRUE.equals(caller.anonymous());
        if (caller == null) {
            v.require(false, "caller", "is required");
        } else {
            String phone = normalisePhone(caller.phone());
            v.require(anonymous || phone != null, "caller.phone", "is required unless the caller is anonymous");
            v.require(phone == null || PHONE.matcher(phone).matches(), "caller.phone", "must be 3 to 20 digits");
            v.maxLength(caller.name(), 50, "caller.name");
        }
        LocationDto location = request.location();
        if (location != null) {
            v.require((location.lat() == null) == (location.lng() == null), "location", "lat and lng go together");
            v.require(location.lat() == null || (location.lat() >= -90 && location.lat() <= 90), "location.lat", "must be between -90 and 90");
            v.require(location.lng() == null || (location.lng() >= -180 && location.lng() <= 180), "location.lng", "must be between -180 and 180");
            v.maxLength(location.address(), 300, "location.address");
            v.require(location.subDistrictCode() == null || units.find(location.subDistrictCode())
                    .filter(u -> u.kind() == UnitKind.SUB_DISTRICT).isPresent(), "location.subDistrictCode", "is not a sub-district code");
        }
        v.require(idempotencyKey == null || KEY.matcher(idempotencyKey).matches(), "Idempotency-Key",
                "must be 1 to 100 letters, digits or _.:-");
        v.throwIfInvalid();
    }

    static GeoPoint point(LocationDto location) {
        return location == null || location.lat() == null ? null : new GeoPoint(location.lat(), location.lng());
    }

    static String phone(CallerDto caller) {
        return caller == null ? null : normalisePhone(caller.phone());
    }

    /** Operators type numbers with spaces and dashes; store digits (and a leading +) only. */
    static String normalisePhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        return phone.replaceAll("[\\s\\-()]", "");
    }
}

package hotline.server.support;

import hotline.server.catalog.CategoryCatalog;
import hotline.server.clocks.ClockProfiles;
import hotline.server.http.JsonMapper;
import hotline.server.units.DistrictMap;
import hotline.server.units.UnitDirectory;

/** The reference data, loaded once per test JVM (it is immutable). */
public final class Reference {
    public static final UnitDirectory UNITS = UnitDirectory.load(DistrictMap.load(JsonMapper.create()));
    public static final CategoryCatalog CATALOG =
            CategoryCatalog.load(UNITS, ClockProfiles.load(JsonMapper.create()).profileNames());

    private Reference() {
    }

    /** The code of the leaf with exactly this Chinese name. */
    public static String code(String name) {
        return CATALOG.leaves().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no leaf named " + name)).code();
    }
}

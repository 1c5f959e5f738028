package hotline.server.units;

import hotline.model.UnitDto;
import hotline.model.UnitKind;

/** A unit that can be made to act; sub-districts carry their derived representative point. */
public record Unit(String code, UnitKind kind, String name, String nameEn, String districtCode,
                   Double lat, Double lng, boolean countsTowardRanking) {

    public UnitDto toDto() {
        return new UnitDto(code, name, kind, districtCode);
    }
}

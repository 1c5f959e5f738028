package hotline.client.casemap;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * One named area of the base map, projected once into world units (see {@link WebMercator}).
 *
 * @param parts the area's polygons, largest first; later parts are exclaves
 * @param labelX where its name goes, in world units, well inside the largest part
 */
record MapArea(String code, String name, Kind kind, List<Part> parts, Rectangle2D bounds,
               double labelX, double labelY) {

    enum Kind {
        /** Other provinces: pale land so that only the sea shows the background colour. */
        PROVINCE,
        /** Hebei cities and Tianjin districts around Beijing: grey context. */
        NEIGHBOUR,
        /** Beijing's 16 districts: what operators work in. */
        DISTRICT
    }

    /** One polygon (outer ring and any holes); the path must never be modified after construction. */
    record Part(Path2D.Double path, Rectangle2D bounds) {
    }

    MapArea {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("area " + code + " has no polygon");
        }
    }

    Part mainPart() {
        return parts.get(0);
    }
}

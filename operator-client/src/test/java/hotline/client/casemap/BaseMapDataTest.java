package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.PathIterator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BaseMapDataTest {
    private static BaseMapData data;

    @BeforeAll
    static void load() {
        data = BaseMapData.loadBundled();
    }

    @Test
    void allSixteenDistrictsAndTheirNeighboursAreThere() {
        assertThat(data.areas(MapArea.Kind.DISTRICT)).extracting(MapArea::name)
                .hasSize(16).contains("东城区", "西城区", "朝阳区", "海淀区", "延庆区");
        assertThat(data.areas(MapArea.Kind.NEIGHBOUR)).extracting(MapArea::name)
                .contains("廊坊市", "张家口市", "承德市", "保定市", "滨海新区", "武清区", "蓟州区")
                .hasSize(11 + 16);
        assertThat(data.areas(MapArea.Kind.PROVINCE)).extracting(MapArea::name).contains("山西", "内蒙古", "辽宁");
    }

    @Test
    void everyDistrictHasItsOwnColour() {
        Set<Integer> colours = data.areas(MapArea.Kind.DISTRICT).stream()
                .map(area -> MapStyle.districtFill(area.code()).getRGB()).collect(Collectors.toSet());

        assertThat(colours).hasSize(16).doesNotContain(MapStyle.UNKNOWN_DISTRICT_FILL.getRGB());
    }

    @Test
    void everyNameSitsInsideItsOwnArea() {
        for (MapArea area : data.areas()) {
            assertThat(area.mainPart().path().contains(area.labelX(), area.labelY()))
                    .as("label of %s", area.name()).isTrue();
        }
    }

    @Test
    void tiananmenLiesInDongcheng() {
        double x = WebMercator.x(116.3975);
        double y = WebMercator.y(39.9087);

        List<String> containing = data.areas(MapArea.Kind.DISTRICT).stream()
                .filter(area -> area.parts().stream().anyMatch(part -> part.path().contains(x, y)))
                .map(MapArea::name).toList();

        assertThat(containing).containsExactly("东城区");
    }

    /**
     * The neighbours come in GCJ-02 and are moved to WGS84 here; Beijing came already moved. Both were cut from
     * the same source grid, so shared border points must land on each other again; left in the other datum
     * they would be some 500 m apart and the border would gape.
     */
    @Test
    void neighboursMeetBeijingOnTheSameBorderPoints() {
        double cell = 2e-7; // world units, about 6 m here
        Set<Long> beijing = new HashSet<>();
        for (MapArea district : data.areas(MapArea.Kind.DISTRICT)) {
            vertices(district, (x, y) -> beijing.add(cellKey(Math.round(x / cell), Math.round(y / cell))));
        }
        int[] shared = {0};
        for (MapArea neighbour : data.areas(MapArea.Kind.NEIGHBOUR)) {
            vertices(neighbour, (x, y) -> {
                long column = Math.round(x / cell);
                long row = Math.round(y / cell);
                boolean near = false;
                for (int dx = -1; dx <= 1; dx++) {
                    for (int dy = -1; dy <= 1; dy++) {
                        near |= beijing.contains(cellKey(column + dx, row + dy));
                    }
                }
                shared[0] += near ? 1 : 0;
            });
        }

        assertThat(shared[0]).isGreaterThan(300);
    }

    private static long cellKey(long column, long row) {
        return column * 100_000_000L + row;
    }

    private interface PointSink {
        void accept(double x, double y);
    }

    private static void vertices(MapArea area, PointSink sink) {
        double[] coordinates = new double[6];
        for (MapArea.Part part : area.parts()) {
            for (PathIterator it = part.path().getPathIterator(null); !it.isDone(); it.next()) {
                if (it.currentSegment(coordinates) != PathIterator.SEG_CLOSE) {
                    sink.accept(coordinates[0], coordinates[1]);
                }
            }
        }
    }
}

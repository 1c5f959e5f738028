package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarkerClusteringTest {
    private static final MapCase WANGFUJING = new MapCase("a", "2026112400001", 39.9140, 116.4100, CaseColour.GREEN);
    /** About 110 m north of the first: one cell when zoomed out, apart at street level. */
    private static final MapCase NEARBY_OVERDUE = new MapCase("b", "2026112400002", 39.9150, 116.4100, CaseColour.RED);
    private static final MapCase TONGZHOU = new MapCase("c", "2026112400003", 39.9020, 116.6560, CaseColour.YELLOW);

    @Test
    void nearbyCasesShareABubbleWhenZoomedOut() {
        List<MarkerClustering.Cluster> clusters =
                MarkerClustering.cluster(List.of(WANGFUJING, NEARBY_OVERDUE, TONGZHOU), 10);

        assertThat(clusters).hasSize(2);
        MarkerClustering.Cluster centre = clusters.stream().filter(c -> c.size() == 2).findFirst().orElseThrow();
        assertThat(centre.cases()).containsExactlyInAnyOrder(WANGFUJING, NEARBY_OVERDUE);
        assertThat(centre.position().lat()).isCloseTo(39.9145, within(1e-4));
        assertThat(centre.position().lng()).isCloseTo(116.41, within(1e-9));
    }

    @Test
    void aBubbleTakesTheColourOfItsMostUrgentCase() {
        MapCase closed = new MapCase("d", "4", 39.9141, 116.4101, CaseColour.CLOSED);
        MapCase none = new MapCase("e", "5", 39.9142, 116.4102, CaseColour.NONE);

        assertThat(MarkerClustering.cluster(List.of(WANGFUJING, NEARBY_OVERDUE, closed), 9).get(0).colour())
                .isEqualTo(CaseColour.RED);
        assertThat(MarkerClustering.cluster(List.of(closed, none, WANGFUJING), 9).get(0).colour())
                .isEqualTo(CaseColour.GREEN);
        assertThat(MarkerClustering.cluster(List.of(closed, none), 9).get(0).colour()).isEqualTo(CaseColour.NONE);
    }

    @Test
    void streetLevelShowsEveryCaseOnItsOwn() {
        MapCase samePlace = new MapCase("f", "6", WANGFUJING.lat(), WANGFUJING.lng(), CaseColour.GREEN);

        List<MarkerClustering.Cluster> clusters = MarkerClustering.cluster(List.of(WANGFUJING, NEARBY_OVERDUE, samePlace),
                MarkerClustering.LAST_CLUSTERING_ZOOM);

        assertThat(clusters).hasSize(3).allMatch(MarkerClustering.Cluster::single);
    }

    @Test
    void noCaseIsLostOrCountedTwiceAtAnyZoom() {
        Random random = new Random(7);
        List<MapCase> cases = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            cases.add(new MapCase("case-" + i, String.valueOf(i), 39.6 + random.nextDouble() * 0.8,
                    115.9 + random.nextDouble() * 1.1, CaseColour.values()[i % CaseColour.values().length]));
        }
        for (double zoom = 7; zoom <= 16; zoom += 0.5) {
            List<MarkerClustering.Cluster> clusters = MarkerClustering.cluster(cases, zoom);

            assertThat(clusters.stream().flatMap(c -> c.cases().stream())).containsExactlyInAnyOrderElementsOf(cases);
        }
        assertThat(MarkerClustering.cluster(cases, 8).size()).isLessThan(MarkerClustering.cluster(cases, 11).size());
    }

    @Test
    void clustersOfDistantCasesKeepApartOnScreen() {
        List<MapCase> grid = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            grid.add(new MapCase("g" + i, "g" + i, 39.8 + (i / 8) * 0.05, 116.2 + (i % 8) * 0.05, CaseColour.GREEN));
        }
        double zoom = 9;
        double worldSize = WebMercator.worldSize(zoom);
        List<MarkerClustering.Cluster> clusters = MarkerClustering.cluster(grid, zoom);

        for (MarkerClustering.Cluster cluster : clusters) {
            long column = cell(cluster.worldX(), worldSize);
            long row = cell(cluster.worldY(), worldSize);
            assertThat(cluster.cases()).allSatisfy(c -> {
                assertThat(cell(WebMercator.x(c.lng()), worldSize)).isEqualTo(column);
                assertThat(cell(WebMercator.y(c.lat()), worldSize)).isEqualTo(row);
            });
        }
    }

    @Test
    void clustersComeInReadingOrder() {
        MapCase north = new MapCase("n", "n", 40.3, 116.4, CaseColour.GREEN);
        MapCase southWest = new MapCase("sw", "sw", 39.7, 116.1, CaseColour.GREEN);
        MapCase southEast = new MapCase("se", "se", 39.7, 116.7, CaseColour.GREEN);

        assertThat(MarkerClustering.cluster(List.of(southEast, north, southWest), 12))
                .extracting(c -> c.cases().get(0).id()).containsExactly("n", "sw", "se");
    }

    private static long cell(double world, double worldSize) {
        return (long) Math.floor(world * worldSize / MarkerClustering.CELL_PIXELS);
    }
}

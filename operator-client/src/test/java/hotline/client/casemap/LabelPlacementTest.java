package hotline.client.casemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Path2D;
import org.junit.jupiter.api.Test;

class LabelPlacementTest {

    @Test
    void aLabelGoesIntoTheThickPartOfAConcaveShape() {
        // A "U": two 2-wide arms and a 10 × 2 base; the centre of its box (5, 5) is outside the shape.
        double[] u = {0, 0, 10, 0, 10, 10, 8, 10, 8, 2, 2, 2, 2, 10, 0, 10};

        double[] label = LabelPlacement.inside(u);

        assertThat(polygon(u).contains(label[0], label[1])).isTrue();
        assertThat(LabelPlacement.distanceToRing(u, label[0], label[1])).isGreaterThan(0.8);
    }

    @Test
    void aSquareIsLabelledNearItsMiddle() {
        double[] square = {0, 0, 4, 0, 4, 4, 0, 4};

        double[] label = LabelPlacement.inside(square);

        assertThat(label[0]).isBetween(1.9, 2.1);
        assertThat(label[1]).isBetween(1.9, 2.1);
    }

    private static Path2D polygon(double[] ring) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(ring[0], ring[1]);
        for (int i = 2; i < ring.length; i += 2) {
            path.lineTo(ring[i], ring[i + 1]);
        }
        path.closePath();
        return path;
    }
}

package hotline.server.demo;

import java.time.YearMonth;
import java.util.Random;

/**
 * How a unit works in a given month in the demo: how fast it moves ({@code speed}, 1 = typical, higher = slower)
 * and how often callers end up satisfied ({@code quality}). Deterministic per unit and month, so rankings differ
 * between months for the reasons they differ in life: a unit that slows down misses its clocks.
 */
record UnitPerformance(double speed, double quality) {

    static UnitPerformance of(String unitCode, YearMonth month) {
        Random random = new Random(unitCode.hashCode() * 31L + month.getYear() * 12L + month.getMonthValue());
        double r = random.nextDouble();
        double speed = r < 0.06 ? 4.0 : r < 0.22 ? 2.0 : r < 0.65 ? 1.0 : 0.6;
        double quality = 0.62 + 0.36 * Math.sqrt(random.nextDouble());
        return new UnitPerformance(speed, quality);
    }
}

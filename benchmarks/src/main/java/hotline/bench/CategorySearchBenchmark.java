package hotline.bench;

import hotline.search.CategorySearch;
import hotline.server.catalog.Category;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.clocks.ClockProfiles;
import hotline.server.http.JsonMapper;
import hotline.server.units.DistrictMap;
import hotline.server.units.UnitDirectory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one category search over the full catalog, in process, per kind of query an operator types.
 * Sample-time mode, so JMH prints the percentiles (p0.99 is the figure the issue asks for).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar CategorySearchBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CategorySearchBenchmark {
    @Param({"供暖", "供暖不热", "gnbr", "gongnuanbure", "gongnanbure", "unpaid wages", "暖气 漏水", "zaoyin"})
    public String query;

    private CategorySearch<Category> search;

    @Setup
    public void load() {
        var json = JsonMapper.create();
        UnitDirectory units = UnitDirectory.load(DistrictMap.load(json));
        search = new CategorySearch<>(CategoryCatalog.load(units, ClockProfiles.load(json).profileNames()).sortedLeaves(),
                Category::searchKeys);
    }

    @Benchmark
    public Object search() {
        return search.search(query, 20);
    }
}

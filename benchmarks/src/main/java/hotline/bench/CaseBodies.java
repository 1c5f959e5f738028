package hotline.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Realistic intake bodies: a category, a caller, a point in Beijing's built-up area, an operator's wording. */
final class CaseBodies {
    private static final String[] PLACES = {"朝阳区建外街道", "海淀区中关村街道", "西城区金融街街道", "东城区东华门街道",
            "丰台区方庄地区", "通州区北苑街道", "昌平区回龙观地区", "大兴区旧宫镇"};
    private static final double[][] POINTS = {{39.9075, 116.4500}, {39.9830, 116.3150}, {39.9150, 116.3580},
            {39.9160, 116.4030}, {39.8650, 116.4300}, {39.9060, 116.6560}, {40.0700, 116.3300}, {39.8100, 116.4500}};

    private CaseBodies() {
    }

    static Map<String, Object> random(Random random, List<String> categories, String key) {
        int place = random.nextInt(PLACES.length);
        double lat = POINTS[place][0] + random.nextGaussian() * 0.01;
        double lng = POINTS[place][1] + random.nextGaussian() * 0.012;
        Map<String, Object> body = new HashMap<>();
        body.put("type", random.nextDouble() < 0.45 ? "CONSULTATION" : "COMPLAINT");
        body.put("urgency", "NORMAL");
        body.put("categoryCode", categories.get(random.nextInt(categories.size())));
        body.put("description", "来电人反映" + PLACES[place] + "某小区" + (1 + random.nextInt(30)) + "号楼附近问题，已持续数日，希望尽快处理。编号" + key);
        body.put("caller", Map.of("phone", "1" + (30 + random.nextInt(70)) + String.format("%08d", random.nextInt(100_000_000))));
        body.put("location", Map.of("lat", lat, "lng", lng, "address", PLACES[place] + "某小区"));
        body.put("channel", "PHONE");
        return body;
    }
}

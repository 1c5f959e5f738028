package hotline.server.support;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for tests, as an operator's client would send them. */
public final class Cases {
    /** Jianwai sub-district (110105001) area, Chaoyang: inside the district boundary. */
    public static final double LAT = 39.9075;
    public static final double LNG = 116.4500;

    private Cases() {
    }

    public static Map<String, Object> complaint(String categoryName, String phone) {
        return complaint(categoryName, phone, LAT, LNG, null);
    }

    public static Map<String, Object> complaint(String categoryName, String phone, double lat, double lng, String subDistrict) {
        Map<String, Object> location = new HashMap<>();
        location.put("lat", lat);
        location.put("lng", lng);
        location.put("address", "朝阳区建外街道某小区3号楼");
        if (subDistrict != null) {
            location.put("subDistrictCode", subDistrict);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("type", "COMPLAINT");
        body.put("urgency", "NORMAL");
        body.put("categoryCode", Reference.code(categoryName));
        body.put("description", "来电人反映" + categoryName + "，已持续三天，希望尽快处理。");
        body.put("caller", Map.of("phone", phone, "name", "王先生"));
        body.put("location", location);
        body.put("channel", "PHONE");
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}

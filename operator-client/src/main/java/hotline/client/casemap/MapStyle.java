package hotline.client.casemap;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the base map looks: soft district fills that keep markers and the heat layer readable on top, grey
 * context, and which names show at which zoom.
 */
final class MapStyle {
    static final Color WATER = new Color(0xAAD3DF);
    static final Color PROVINCE_FILL = new Color(0xEFEEEA);
    static final Color PROVINCE_BORDER = new Color(0xC9C6BF);
    static final Color NEIGHBOUR_FILL = new Color(0xD6D6D3);
    static final Color NEIGHBOUR_BORDER = new Color(0xF7F7F5);
    static final Color NEIGHBOUR_LABEL = new Color(0x74746F);
    static final Color DISTRICT_BORDER = new Color(0x6F7C8C);
    static final Color DISTRICT_LABEL = new Color(0x2B2F36);
    static final Color LABEL_HALO = new Color(255, 255, 255, 210);
    static final Color UNKNOWN_DISTRICT_FILL = new Color(0xE4E4E4);

    /** Neighbouring districts never share a hue family (checked by eye against the adjacency of the 16). */
    private static final Map<String, Color> DISTRICT_FILLS = Map.ofEntries(
            Map.entry("110101", new Color(0xF4C2BD)),  // 东城 rose
            Map.entry("110102", new Color(0xBDD7EE)),  // 西城 blue
            Map.entry("110105", new Color(0xF7E2A8)),  // 朝阳 yellow
            Map.entry("110106", new Color(0xC8E6B9)),  // 丰台 green
            Map.entry("110107", new Color(0xF6D2B0)),  // 石景山 orange
            Map.entry("110108", new Color(0xD9CDEE)),  // 海淀 purple
            Map.entry("110109", new Color(0xBEE3DA)),  // 门头沟 teal
            Map.entry("110111", new Color(0xF2C9DD)),  // 房山 pink
            Map.entry("110112", new Color(0xE3CDEB)),  // 通州 lilac
            Map.entry("110113", new Color(0xD3EBC0)),  // 顺义 green
            Map.entry("110114", new Color(0xF3D3B5)),  // 昌平 peach
            Map.entry("110115", new Color(0xBFE0EC)),  // 大兴 sky
            Map.entry("110116", new Color(0xC6D6F0)),  // 怀柔 blue
            Map.entry("110117", new Color(0xEFE3B4)),  // 平谷 yellow
            Map.entry("110118", new Color(0xF2CCC4)),  // 密云 rose
            Map.entry("110119", new Color(0xE9D3E8))); // 延庆 mauve

    /** Physical CJK families tried in order; the first installed one that shows Chinese wins. */
    private static final List<String> CJK_FAMILIES = List.of("Noto Sans CJK SC", "Source Han Sans SC",
            "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "SimHei", "Droid Sans Fallback");
    private static final String CHINESE_SAMPLE = "东城区延庆区廊坊市";

    private final String labelFamily;

    private MapStyle(String labelFamily) {
        this.labelFamily = labelFamily;
    }

    static MapStyle withInstalledFonts() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .stream().map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String family : CJK_FAMILIES) {
            if (installed.contains(family.toLowerCase(Locale.ROOT))
                    && new Font(family, Font.PLAIN, 12).canDisplayUpTo(CHINESE_SAMPLE) == -1) {
                return new MapStyle(family);
            }
        }
        // The logical font maps to whatever fontconfig offers; without any CJK font names show as boxes.
        return new MapStyle(Font.SANS_SERIF);
    }

    String labelFamily() {
        return labelFamily;
    }

    static Color districtFill(String code) {
        return DISTRICT_FILLS.getOrDefault(code, UNKNOWN_DISTRICT_FILL);
    }

    static float districtBorderWidth(int zoom) {
        return zoom < 9 ? 0.8f : zoom < 12 ? 1.2f : 1.8f;
    }

    static float contextBorderWidth(int zoom) {
        return zoom < 9 ? 0.6f : 1.0f;
    }

    /** The font of an area's name at a zoom, or null where that kind of area is not named. */
    Font labelFont(MapArea.Kind kind, int zoom) {
        return switch (kind) {
            case DISTRICT -> zoom >= 8 && zoom <= 13 ? new Font(labelFamily, Font.BOLD, 10 + Math.min(zoom - 7, 6)) : null;
            case NEIGHBOUR -> zoom >= 7 && zoom <= 11 ? new Font(labelFamily, Font.PLAIN, 11 + Math.min(zoom - 7, 2)) : null;
            case PROVINCE -> zoom >= 5 && zoom <= 8 ? new Font(labelFamily, Font.PLAIN, 12) : null;
        };
    }

    static Color labelColour(MapArea.Kind kind) {
        return kind == MapArea.Kind.DISTRICT ? DISTRICT_LABEL : NEIGHBOUR_LABEL;
    }
}

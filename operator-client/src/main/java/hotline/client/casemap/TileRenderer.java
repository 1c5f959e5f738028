package hotline.client.casemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Draws one 256 × 256 slippy-map tile of the base map with Java2D; safe to call from several threads.
 *
 * <p>Names are laid out once per zoom for the whole map, then each tile draws every name whose box touches it,
 * so a name that straddles a tile edge is drawn in two halves that meet exactly.
 */
final class TileRenderer {
    private static final int SIZE = WebMercator.TILE_SIZE;
    /** Shapes reaching this far outside the tile still matter: their strokes and label halos bleed in. */
    private static final double MARGIN_PIXELS = 4;
    private static final double LABEL_PADDING_PIXELS = 6;
    private static final FontRenderContext FONT_CONTEXT = new FontRenderContext(null, true, true);

    private final BaseMapData data;
    private final MapStyle style;
    private final Map<Integer, List<PlacedLabel>> labelsByZoom = new ConcurrentHashMap<>();

    /** A name at one zoom: its outline is relative to (x, y), the label's centre in world pixels. */
    private record PlacedLabel(Shape outline, double x, double y, Rectangle2D box, Color colour) {
    }

    TileRenderer(BaseMapData data, MapStyle style) {
        this.data = data;
        this.style = style;
    }

    BufferedImage render(TileKey key) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(MapStyle.WATER);
            g.fillRect(0, 0, SIZE, SIZE);
            double scale = WebMercator.worldSize(key.zoom());
            AffineTransform toTile = new AffineTransform(scale, 0, 0, scale, -key.x() * SIZE, -key.y() * SIZE);
            double margin = MARGIN_PIXELS / scale;
            Rectangle2D visible = new Rectangle2D.Double(key.minX() - margin, key.minY() - margin,
                    key.span() + 2 * margin, key.span() + 2 * margin);
            drawContext(g, toTile, visible, MapArea.Kind.PROVINCE, MapStyle.PROVINCE_FILL, MapStyle.PROVINCE_BORDER,
                    key.zoom());
            drawContext(g, toTile, visible, MapArea.Kind.NEIGHBOUR, MapStyle.NEIGHBOUR_FILL, MapStyle.NEIGHBOUR_BORDER,
                    key.zoom());
            drawDistricts(g, toTile, visible, key.zoom());
            drawLabels(g, key);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void drawContext(Graphics2D g, AffineTransform toTile, Rectangle2D visible, MapArea.Kind kind,
                             Color fill, Color border, int zoom) {
        List<Shape> shapes = visibleShapes(toTile, visible, kind);
        g.setColor(fill);
        shapes.forEach(g::fill);
        g.setColor(border);
        g.setStroke(new BasicStroke(MapStyle.contextBorderWidth(zoom), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        shapes.forEach(g::draw);
    }

    private void drawDistricts(Graphics2D g, AffineTransform toTile, Rectangle2D visible, int zoom) {
        // Main polygons first, then exclaves (the airport enclaves of 朝阳 and 顺义), so no exclave is painted over.
        for (boolean exclaves : new boolean[] {false, true}) {
            for (MapArea area : data.areas(MapArea.Kind.DISTRICT)) {
                List<MapArea.Part> parts = exclaves
                        ? area.parts().subList(1, area.parts().size())
                        : area.parts().subList(0, 1);
                g.setColor(MapStyle.districtFill(area.code()));
                for (MapArea.Part part : parts) {
                    if (part.bounds().intersects(visible)) {
                        g.fill(toTile.createTransformedShape(part.path()));
                    }
                }
            }
        }
        g.setColor(MapStyle.DISTRICT_BORDER);
        g.setStroke(new BasicStroke(MapStyle.districtBorderWidth(zoom), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        visibleShapes(toTile, visible, MapArea.Kind.DISTRICT).forEach(g::draw);
    }

    private List<Shape> visibleShapes(AffineTransform toTile, Rectangle2D visible, MapArea.Kind kind) {
        List<Shape> shapes = new ArrayList<>();
        for (MapArea area : data.areas(kind)) {
            if (!area.bounds().intersects(visible)) {
                continue;
            }
            for (MapArea.Part part : area.parts()) {
                if (part.bounds().intersects(visible)) {
                    shapes.add(toTile.createTransformedShape(part.path()));
                }
            }
        }
        return shapes;
    }

    private void drawLabels(Graphics2D g, TileKey key) {
        List<PlacedLabel> labels = labelsByZoom.computeIfAbsent(key.zoom(), this::layOutLabels);
        if (labels.isEmpty()) {
            return;
        }
        Rectangle2D tile = new Rectangle2D.Double(key.x() * SIZE, key.y() * SIZE, SIZE, SIZE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        BasicStroke halo = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (PlacedLabel label : labels) {
            if (!label.box().intersects(tile)) {
                continue;
            }
            Shape outline = AffineTransform.getTranslateInstance(label.x() - tile.getX(), label.y() - tile.getY())
                    .createTransformedShape(label.outline());
            g.setColor(MapStyle.LABEL_HALO);
            g.setStroke(halo);
            g.draw(outline);
            g.setColor(label.colour());
            g.fill(outline);
        }
    }

    /**
     * Names that fit inside their own area at this zoom, most important kind first; a name that would touch
     * an already placed one is left out, so names never overlap.
     */
    private List<PlacedLabel> layOutLabels(int zoom) {
        double scale = WebMercator.worldSize(zoom);
        List<PlacedLabel> placed = new ArrayList<>();
        for (MapArea.Kind kind : new MapArea.Kind[] {MapArea.Kind.DISTRICT, MapArea.Kind.NEIGHBOUR, MapArea.Kind.PROVINCE}) {
            Font font = style.labelFont(kind, zoom);
            if (font == null) {
                continue;
            }
            for (MapArea area : data.areas(kind)) {
                TextLayout layout = new TextLayout(area.name(), font, FONT_CONTEXT);
                Rectangle2D textBounds = layout.getBounds();
                Rectangle2D areaBounds = area.mainPart().bounds();
                if (textBounds.getWidth() > 0.8 * areaBounds.getWidth() * scale
                        || textBounds.getHeight() > 0.8 * areaBounds.getHeight() * scale) {
                    continue;
                }
                Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(
                        -textBounds.getCenterX(), -textBounds.getCenterY()));
                double x = area.labelX() * scale;
                double y = area.labelY() * scale;
                double boxWidth = textBounds.getWidth() + 2 * LABEL_PADDING_PIXELS;
                double boxHeight = textBounds.getHeight() + 2 * LABEL_PADDING_PIXELS;
                Rectangle2D box = new Rectangle2D.Double(x - boxWidth / 2, y - boxHeight / 2, boxWidth, boxHeight);
                if (placed.stream().noneMatch(other -> other.box().intersects(box))) {
                    placed.add(new PlacedLabel(outline, x, y, box, MapStyle.labelColour(kind)));
                }
            }
        }
        return List.copyOf(placed);
    }
}

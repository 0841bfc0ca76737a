package org.vivarium.publish.print;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Reads Code 128 barcodes back from a PDF page: collects the filled rectangles, groups those of bar height on one line
 * into symbols, turns their widths and gaps into modules and decodes them with its own copy of the symbol table (so
 * a wrong table in {@link Code128} does not decode as right).
 */
final class BarcodeReader extends PDFGraphicsStreamEngine {

    /** Published Code 128 widths (bar, space, ...) of the values 0-106, independent of the production table. */
    private static final String TABLE = "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 "
            + "221312 231212 112232 122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 "
            + "311222 321122 321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 "
            + "132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 "
            + "213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 111422 121124 "
            + "121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 "
            + "111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 "
            + "131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112";

    private record Bar(double x, double y, double w, double h) {
    }

    private final List<Bar> pending = new ArrayList<>();
    private final List<Bar> filled = new ArrayList<>();

    BarcodeReader(PDPage page) {
        super(page);
    }

    /** The texts of the barcodes on a page, left to right, top to bottom. */
    static List<String> read(PDPage page, double barHeight) throws IOException {
        BarcodeReader reader = new BarcodeReader(page);
        reader.processPage(page);
        Map<Long, List<Bar>> lines = new HashMap<>();
        for (Bar b : reader.filled) {
            if (Math.abs(b.h - barHeight) < 0.01) {
                lines.computeIfAbsent(Math.round(b.y * 10), k -> new ArrayList<>()).add(b);
            }
        }
        List<String> texts = new ArrayList<>();
        lines.entrySet().stream().sorted(Map.Entry.<Long, List<Bar>>comparingByKey().reversed()).forEach(e -> {
            List<Bar> bars = new ArrayList<>(e.getValue());
            bars.sort(Comparator.comparingDouble(Bar::x));
            List<Bar> symbol = new ArrayList<>();
            for (Bar b : bars) {
                if (!symbol.isEmpty() && b.x - end(symbol) > 6) {
                    texts.add(decode(symbol));
                    symbol.clear();
                }
                symbol.add(b);
            }
            texts.add(decode(symbol));
        });
        return texts;
    }

    private static double end(List<Bar> bars) {
        Bar last = bars.get(bars.size() - 1);
        return last.x + last.w;
    }

    private static String decode(List<Bar> bars) {
        double module = bars.get(0).w / 2; // the start symbols begin with a bar of 2 modules
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            widths.add((int) Math.round(bars.get(i).w / module));
            if (i + 1 < bars.size()) {
                widths.add((int) Math.round((bars.get(i + 1).x - bars.get(i).x - bars.get(i).w) / module));
            }
        }
        return decode(widths.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Decodes module widths (bar first) of a set-B symbol, checking start, check symbol and stop. */
    static String decode(int[] modules) {
        String[] table = TABLE.split(" ");
        if ((modules.length - 7) % 6 != 0) {
            throw new AssertionError("not a Code 128 symbol: " + modules.length + " bars and spaces");
        }
        int n = (modules.length - 7) / 6;
        int[] values = new int[n];
        for (int s = 0; s < n; s++) {
            StringBuilder p = new StringBuilder();
            for (int k = 0; k < 6; k++) {
                p.append(modules[s * 6 + k]);
            }
            values[s] = List.of(table).indexOf(p.toString());
            if (values[s] < 0) {
                throw new AssertionError("no Code 128 symbol has the widths " + p);
            }
        }
        StringBuilder stop = new StringBuilder();
        for (int k = n * 6; k < modules.length; k++) {
            stop.append(modules[k]);
        }
        if (values[0] != 104 || !stop.toString().equals(table[106])) {
            throw new AssertionError("no start B or no stop: " + values[0] + ", " + stop);
        }
        long sum = 104;
        StringBuilder text = new StringBuilder();
        for (int i = 1; i < n - 1; i++) {
            sum += (long) values[i] * i;
            text.append((char) (values[i] + 32));
        }
        if (sum % 103 != values[n - 1]) {
            throw new AssertionError("wrong check symbol " + values[n - 1] + " for " + text);
        }
        return text.toString();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        double x = Math.min(p0.getX(), p2.getX());
        double y = Math.min(p0.getY(), p2.getY());
        pending.add(new Bar(x, y, Math.abs(p2.getX() - p0.getX()), Math.abs(p2.getY() - p0.getY())));
    }

    @Override
    public void fillPath(int windingRule) {
        filled.addAll(pending);
        pending.clear();
    }

    @Override
    public void strokePath() {
        pending.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        fillPath(windingRule);
    }

    @Override
    public void endPath() {
        pending.clear();
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }
}

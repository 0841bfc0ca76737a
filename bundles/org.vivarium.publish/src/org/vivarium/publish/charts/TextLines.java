package org.vivarium.publish.charts;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a label into lines for a given width: as few lines as fit, as even in length as possible, and never between
 * a number and its unit ("10 mg/kg" stays on one line). A line can still be too long when a single word is.
 */
final class TextLines {

    private TextLines() {
    }

    static List<String> wrap(Graphics2D g2, FontMetrics fm, String text, double width) {
        List<String> words = words(text);
        List<String> fewest = greedy(g2, fm, words, width);
        double low = 0;
        double high = width;
        for (int i = 0; i < 20; i++) {
            double mid = (low + high) / 2;
            if (greedy(g2, fm, words, mid).size() <= fewest.size()) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return greedy(g2, fm, words, high);
    }

    static double width(Graphics2D g2, FontMetrics fm, String s) {
        return fm.getStringBounds(s, g2).getWidth();
    }

    /** The words, a number joined to the word after it. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String[] parts = text.strip().split("\\s+");
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            while (w.matches("[0-9]+([.,][0-9]+)?") && i + 1 < parts.length) {
                w = w + " " + parts[++i];
            }
            words.add(w);
        }
        return words;
    }

    private static List<String> greedy(Graphics2D g2, FontMetrics fm, List<String> words, double width) {
        List<String> out = new ArrayList<>();
        String line = "";
        for (String word : words) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(g2, fm, candidate) > width) {
                out.add(line);
                line = word;
            } else {
                line = candidate;
            }
        }
        out.add(line);
        return out;
    }
}

package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.SheetRow;

/**
 * The header block of EthoVision XT raw data, found by its shape, never by its words (they are localised) or row
 * numbers (they differ by version): the first row is a key and a whole number N (the number of header lines); rows
 * up to N - 2 are keys and values (trial, arena, subject, user-defined independent variables); row N - 1 names the
 * columns and row N gives their units; samples follow.
 */
final class EthoVisionHeader {

    private static final Pattern ZONE = Pattern.compile("(?i)^\\s*in\\s*zone\\s*\\((.*)\\)\\s*$");

    final List<String> keys = new ArrayList<>();
    final List<String> values = new ArrayList<>();
    final List<Integer> keyRows = new ArrayList<>();
    final List<String> columns = new ArrayList<>();
    final List<String> units = new ArrayList<>();
    final int lines;

    EthoVisionHeader(int lines) {
        this.lines = lines;
    }

    /** The number of header lines when the row has the shape of the block's first row (a key and a number), else -1. */
    static int lines(SheetRow first) {
        CellValue key = first.get(0);
        if (key == null || key.kind() != CellValue.Kind.TEXT || key.text().isBlank() || first.width() > 3) {
            return -1;
        }
        int n = Num.whole(first.get(1));
        return n >= 4 && n <= 1000 ? n : -1;
    }

    /** Takes a header row (0-based index below {@link #lines}). */
    void row(SheetRow r) {
        int i = r.index();
        if (i == lines - 2) {
            for (int c = 0; c < r.width(); c++) {
                columns.add(text(r.get(c)));
            }
        } else if (i == lines - 1) {
            for (int c = 0; c < r.width(); c++) {
                units.add(text(r.get(c)));
            }
        } else if (i > 0 && r.get(0) != null) {
            String key = text(r.get(0)).strip();
            if (!key.isEmpty()) {
                keys.add(key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key);
                values.add(text(r.get(1)).strip());
                keyRows.add(i);
            }
        }
    }

    private static String text(CellValue v) {
        return v == null ? "" : v.kind() == CellValue.Kind.NUMBER ? Num.text(v.number()) : v.asText();
    }

    /** The value of the first key (ignoring case and punctuation) among the given spellings, or null. */
    String value(String... spellings) {
        for (String s : spellings) {
            for (int i = 0; i < keys.size(); i++) {
                if (Names.key(keys.get(i)).equals(Names.key(s)) && !values.get(i).isBlank()) {
                    return values.get(i).replaceAll("\\s+", " ");
                }
            }
        }
        return null;
    }

    /** The column whose name has this key (case, spacing and punctuation ignored), or -1. */
    int column(String key) {
        for (int c = 0; c < columns.size(); c++) {
            if (Names.key(columns.get(c)).equals(key)) {
                return c;
            }
        }
        return -1;
    }

    /** The column "Mobility state(Immobile)" in any case or spacing, or -1. */
    int immobile() {
        for (int c = 0; c < columns.size(); c++) {
            String k = Names.key(columns.get(c));
            if (k.startsWith("mobilitystate") && k.contains("immobile")) {
                return c;
            }
        }
        return -1;
    }

    /** The "Distance moved" column, or -1. */
    int distance() {
        for (int c = 0; c < columns.size(); c++) {
            if (Names.key(columns.get(c)).startsWith("distancemoved")) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The "In zone(zone / body point)" column of a zone whose name contains one of the words; the centre point's if
     * the zone is tracked for several body points; -1 if none.
     */
    int zone(String... words) {
        int found = -1;
        for (int c = 0; c < columns.size(); c++) {
            Matcher m = ZONE.matcher(columns.get(c));
            if (!m.matches()) {
                continue;
            }
            String inside = m.group(1);
            int slash = inside.lastIndexOf('/');
            String zone = Names.key(slash >= 0 ? inside.substring(0, slash) : inside);
            String point = slash >= 0 ? Names.key(inside.substring(slash + 1)) : "";
            for (String w : words) {
                if (zone.contains(w)) {
                    if (found < 0 || point.equals("centerpoint")) {
                        found = c;
                    }
                }
            }
        }
        return found;
    }

    String unit(int column) {
        return column >= 0 && column < units.size() ? units.get(column).strip().toLowerCase(Locale.ROOT) : "";
    }

    String name(int column) {
        return column >= 0 && column < columns.size() ? columns.get(column) : "";
    }
}

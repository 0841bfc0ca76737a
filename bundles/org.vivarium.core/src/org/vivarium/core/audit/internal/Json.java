package org.vivarium.core.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small JSON dialect of audit entries: written canonically (fixed key order, no spaces, numbers as Java prints
 * them) so that an entry's bytes - and so its hash - are reproducible, and read back into maps, lists, strings,
 * numbers (Double), booleans and null.
 */
public final class Json {

    private Json() {
    }

    /** Appends a JSON string (or null). */
    public static StringBuilder string(StringBuilder b, String s) {
        return s == null ? b.append("null") : string(b, s, 0);
    }

    /** Appends the end of a text, from {@code from} on, as a JSON string. */
    public static StringBuilder string(StringBuilder b, String s, int from) {
        b.append('"');
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"');
    }

    /** Appends a number: whole numbers without a fraction, others as Java's shortest round-trip text. */
    public static StringBuilder number(StringBuilder b, double v) {
        if (!Double.isFinite(v)) {
            return string(b, Double.toString(v));
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return b.append((long) v);
        }
        double a = Math.abs(v);
        if (a >= 1e-3 && a < 1e7) { // where Java writes plain decimals: the few-decimal values of a lab, fast
            long scale = 10;
            for (int decimals = 1; decimals <= 3; decimals++, scale *= 10) {
                long n = Math.round(a * scale);
                if ((double) n / scale == a) { // this decimal reads back as the value: the shortest that does
                    return fixed(v < 0 ? b.append('-') : b, n, scale, decimals);
                }
            }
        }
        return b.append(v);
    }

    private static StringBuilder fixed(StringBuilder b, long n, long scale, int decimals) {
        b.append(n / scale).append('.');
        long fraction = n % scale;
        for (long digit = scale / 10; digit > fraction && digit > 1; digit /= 10) {
            b.append('0');
        }
        return b.append(fraction);
    }

    /** Parses one JSON value; throws {@link IllegalArgumentException} saying where the text is not JSON. */
    public static Object parse(String text) {
        Reader r = new Reader(text, 0);
        Object v = r.value();
        r.space();
        if (r.pos != text.length()) {
            throw r.error("text after the value");
        }
        return v;
    }

    private static final class Reader {
        private final String s;
        private int pos;

        Reader(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        Object value() {
            space();
            if (pos >= s.length()) {
                throw error("the text ends too early");
            }
            char c = s.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            space();
            if (peek() == '}') {
                pos++;
                return map;
            }
            while (true) {
                space();
                if (peek() != '"') {
                    throw error("a key expected");
                }
                String key = string();
                space();
                expect(':');
                map.put(key, value());
                space();
                char c = next();
                if (c == '}') {
                    return map;
                }
                if (c != ',') {
                    throw error("',' or '}' expected");
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            space();
            if (peek() == ']') {
                pos++;
                return list;
            }
            while (true) {
                list.add(value());
                space();
                char c = next();
                if (c == ']') {
                    return list;
                }
                if (c != ',') {
                    throw error("',' or ']' expected");
                }
            }
        }

        private String string() {
            pos++;
            StringBuilder b = null;
            int start = pos;
            while (true) {
                if (pos >= s.length()) {
                    throw error("a string is not closed");
                }
                char c = s.charAt(pos++);
                if (c == '"') {
                    return b == null ? s.substring(start, pos - 1) : b.toString();
                }
                if (c == '\\') {
                    if (b == null) {
                        b = new StringBuilder(s.substring(start, pos - 1));
                    }
                    char e = next();
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 'r' -> b.append('\r');
                        case 't' -> b.append('\t');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            if (pos + 4 > s.length()) {
                                throw error("a \\u escape is cut off");
                            }
                            b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                            pos += 4;
                        }
                        default -> b.append(e);
                    }
                } else if (b != null) {
                    b.append(c);
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error("unexpected text");
            }
            pos += word.length();
            return value;
        }

        private Double number() {
            int start = pos;
            while (pos < s.length() && "+-0123456789.eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw error("unexpected character '" + s.charAt(pos) + "'");
            }
            try {
                return Double.valueOf(s.substring(start, pos));
            } catch (NumberFormatException e) {
                throw error("not a number");
            }
        }

        void space() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= s.length()) {
                throw error("the text ends too early");
            }
            return s.charAt(pos);
        }

        private char next() {
            char c = peek();
            pos++;
            return c;
        }

        private void expect(char c) {
            if (next() != c) {
                throw error("'" + c + "' expected");
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + (pos + 1));
        }
    }
}

package org.vivarium.io.excel;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.vivarium.io.excel.ImportMapping.ColumnSpec;
import org.vivarium.io.excel.ImportMapping.NewMeasure;
import org.vivarium.io.excel.internal.write.AtomicOutput;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * Reads and writes import mapping files (JSON, {@code "format": "vivarium-import-mapping"}, version 1). The command
 * line reads them with {@code --mapping}; the import wizard writes them. Every error names its place in the file,
 * e.g. {@code M.json: columns[2].role: unknown role 'animl' (one of animal, cage, ...)}.
 */
public final class MappingFiles {

    public static final String FORMAT = "vivarium-import-mapping";
    public static final int VERSION = 1;

    private MappingFiles() {
    }

    public static ImportMapping read(Path file) throws ImportException {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportException(new ImportProblem(name, null, -1, -1, "no such file"));
        }
        JsonElement root;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(r);
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(name, null, -1, -1, "cannot be read (" + e.getMessage() + ")"));
        } catch (JsonParseException e) {
            String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw new ImportException(new ImportProblem(name, null, -1, -1, "is not valid JSON (" + m + ")"));
        }
        Parse p = new Parse(name);
        ImportMapping mapping = p.mapping(root);
        if (!p.problems.isEmpty()) {
            throw new ImportException(p.problems);
        }
        return mapping;
    }

    /** Writes a mapping file atomically (a failed write leaves the old file). */
    public static void write(Path file, ImportMapping mapping) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", VERSION);
        if (mapping.sheet() != null) {
            o.addProperty("sheet", mapping.sheet());
        }
        if (mapping.headerRow() != null) {
            o.addProperty("headerRow", mapping.headerRow());
        }
        if (!mapping.autoDetect()) {
            o.addProperty("autoDetect", false);
        }
        if (!mapping.defaults().isEmpty()) {
            JsonObject d = new JsonObject();
            mapping.defaults().forEach((k, v) -> d.addProperty(k.id(), v));
            o.add("defaults", d);
        }
        JsonArray cols = new JsonArray();
        for (ColumnSpec c : mapping.columns()) {
            cols.add(column(c));
        }
        o.add("columns", cols);
        if (!mapping.where().isEmpty()) {
            JsonObject w = new JsonObject();
            mapping.where().forEach((k, v) -> {
                JsonArray a = new JsonArray();
                v.forEach(a::add);
                w.add(k, a);
            });
            o.add("where", w);
        }
        if (!mapping.missing().isEmpty()) {
            JsonArray a = new JsonArray();
            mapping.missing().forEach(a::add);
            o.add("missing", a);
        }
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o) + "\n";
        AtomicOutput.write(file, out -> {
            try (Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                w.write(json);
            }
        });
    }

    private static JsonObject column(ColumnSpec c) {
        JsonObject o = new JsonObject();
        put(o, "header", c.header());
        put(o, "column", c.column());
        o.addProperty("role", c.role().id());
        put(o, "measure", c.measure());
        put(o, "unit", c.unit());
        put(o, "timepoint", c.timepoint());
        put(o, "session", c.session());
        if (c.create() != null) {
            NewMeasure m = c.create();
            JsonObject n = new JsonObject();
            put(n, "label", m.label());
            put(n, "unit", m.unit());
            if (m.minimum() != null) {
                n.addProperty("minimum", m.minimum());
            }
            if (m.maximum() != null) {
                n.addProperty("maximum", m.maximum());
            }
            if (m.censoringCutoff() != null) {
                n.addProperty("censoringCutoff", m.censoringCutoff());
            }
            o.add("create", n);
        }
        if (!c.values().isEmpty()) {
            JsonObject v = new JsonObject();
            c.values().forEach(v::addProperty);
            o.add("values", v);
        }
        return o;
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) {
            o.addProperty(key, value);
        }
    }

    /** Reading with a problem per bad field. */
    private static final class Parse {
        private final String file;
        final List<ImportProblem> problems = new ArrayList<>();

        Parse(String file) {
            this.file = file;
        }

        private void problem(String path, String message) {
            problems.add(new ImportProblem(file, null, -1, -1, path + ": " + message));
        }

        ImportMapping mapping(JsonElement root) {
            if (!root.isJsonObject()) {
                problem("(top level)", "must be a JSON object");
                return ImportMapping.AUTOMATIC;
            }
            JsonObject o = root.getAsJsonObject();
            known(o, "", "format", "version", "sheet", "headerRow", "autoDetect", "defaults", "columns", "where",
                    "missing", "comment");
            String format = string(o, "format", "format");
            if (format != null && !format.equals(FORMAT)) {
                problem("format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
            }
            Double version = number(o, "version", "version");
            if (version != null && version.intValue() > VERSION) {
                problem("version", "version " + version.intValue() + " is newer than this Vivarium reads (" + VERSION
                        + "); update Vivarium");
            }
            String sheet = string(o, "sheet", "sheet");
            Double header = number(o, "headerRow", "headerRow");
            if (header != null && (header < 1 || header != Math.rint(header))) {
                problem("headerRow", "must be a row number (1 or more)");
                header = null;
            }
            boolean auto = !o.has("autoDetect") || bool(o.get("autoDetect"), "autoDetect");
            return new ImportMapping(sheet, header == null ? null : header.intValue(), auto, defaults(o), columns(o),
                    where(o), missing(o));
        }

        private Map<ColumnRole, String> defaults(JsonObject o) {
            Map<ColumnRole, String> d = new EnumMap<>(ColumnRole.class);
            JsonObject defaults = object(o, "defaults", "defaults");
            if (defaults == null) {
                return d;
            }
            for (String key : defaults.keySet()) {
                ColumnRole role = ColumnRole.of(key);
                if (role == null || !ImportMapping.DEFAULTABLE.contains(role)) {
                    problem("defaults." + key, "unknown default (known: assay, session, timepoint, date, cohort, arm, "
                            + "sex, strain)");
                } else {
                    String v = string(defaults, key, "defaults." + key);
                    if (v != null) {
                        d.put(role, v);
                    }
                }
            }
            return d;
        }

        private List<ColumnSpec> columns(JsonObject o) {
            List<ColumnSpec> list = new ArrayList<>();
            JsonArray a = array(o, "columns", "must be a list of column settings");
            for (int i = 0; a != null && i < a.size(); i++) {
                ColumnSpec c = column(a.get(i), "columns[" + i + "]");
                if (c != null) {
                    list.add(c);
                }
            }
            return list;
        }

        private ColumnSpec column(JsonElement e, String path) {
            if (!e.isJsonObject()) {
                problem(path, "must be an object such as {\"header\": \"Mouse\", \"role\": \"animal\"}");
                return null;
            }
            JsonObject c = e.getAsJsonObject();
            known(c, path + ".", "header", "column", "role", "measure", "unit", "timepoint", "session", "create",
                    "values", "comment");
            String header = string(c, "header", path + ".header");
            String column = string(c, "column", path + ".column");
            if (header == null && column == null) {
                problem(path, "names no column: give \"header\" (the header text) or \"column\" (a letter such as E)");
            }
            if (column != null && !org.vivarium.io.excel.internal.read.CellRefs.isColumn(column)) {
                problem(path + ".column", "must be a column letter such as E or AB, not '" + column + "'");
            }
            String roleName = string(c, "role", path + ".role");
            String measure = string(c, "measure", path + ".measure");
            ColumnRole role = roleName == null ? measure != null ? ColumnRole.MEASURE : null : ColumnRole.of(roleName);
            if (role == null) {
                problem(path + ".role", roleName == null ? "missing (one of " + ColumnRole.ids() + ")"
                        : "unknown role '" + roleName + "' (one of " + ColumnRole.ids() + ")");
                return null;
            }
            if (role == ColumnRole.MEASURE && measure == null) {
                problem(path + ".measure", "missing: a measure column names its measure, e.g. \"FST.immobility\"");
            }
            String timepoint = string(c, "timepoint", path + ".timepoint");
            if (timepoint != null && org.vivarium.io.excel.internal.map.Timepoints.parse(timepoint) == null) {
                problem(path + ".timepoint", "'" + timepoint + "' is not a time since dose such as \"24 h\" or "
                        + "\"1 wk\"");
            }
            return new ColumnSpec(header, column, role, measure, string(c, "unit", path + ".unit"), timepoint,
                    string(c, "session", path + ".session"), create(c, path + ".create"), values(c, path + ".values"));
        }

        private NewMeasure create(JsonObject c, String path) {
            JsonObject n = object(c, "create", path);
            if (n == null) {
                return null;
            }
            known(n, path + ".", "label", "unit", "minimum", "maximum", "censoringCutoff");
            return new NewMeasure(string(n, "label", path + ".label"), string(n, "unit", path + ".unit"),
                    number(n, "minimum", path + ".minimum"), number(n, "maximum", path + ".maximum"),
                    number(n, "censoringCutoff", path + ".censoringCutoff"));
        }

        private Map<String, String> values(JsonObject c, String path) {
            Map<String, String> map = new LinkedHashMap<>();
            JsonObject v = object(c, "values", path);
            if (v != null) {
                for (String key : v.keySet()) {
                    String s = string(v, key, path + "." + key);
                    if (s != null) {
                        map.put(key, s);
                    }
                }
            }
            return map;
        }

        private Map<String, List<String>> where(JsonObject o) {
            Map<String, List<String>> map = new LinkedHashMap<>();
            JsonObject w = object(o, "where", "where");
            if (w == null) {
                return map;
            }
            for (String key : w.keySet()) {
                JsonElement e = w.get(key);
                List<String> values = new ArrayList<>();
                if (e.isJsonArray()) {
                    for (JsonElement x : e.getAsJsonArray()) {
                        if (x.isJsonPrimitive()) {
                            values.add(x.getAsString());
                        } else {
                            problem("where." + key, "must list texts");
                        }
                    }
                } else if (e.isJsonPrimitive()) {
                    values.add(e.getAsString());
                } else {
                    problem("where." + key, "must be a text or a list of texts");
                }
                map.put(key, values);
            }
            return map;
        }

        private Set<String> missing(JsonObject o) {
            Set<String> set = new LinkedHashSet<>();
            JsonArray a = array(o, "missing", "must be a list of texts, e.g. [\"n.d.\", \"lost\"]");
            for (JsonElement x : a == null ? new JsonArray() : a) {
                if (x.isJsonPrimitive()) {
                    set.add(x.getAsString());
                } else {
                    problem("missing", "must list texts");
                }
            }
            return set;
        }

        /** Reports keys that are not settings (typos would otherwise be ignored silently). */
        private void known(JsonObject o, String prefix, String... keys) {
            List<String> names = List.of(keys);
            for (String key : o.keySet()) {
                if (!names.contains(key)) {
                    problem(prefix + key, "unknown setting (known: " + String.join(", ", names) + ")");
                }
            }
        }

        /** The list under a key, or null when there is none (or it is not a list: reported). */
        private JsonArray array(JsonObject o, String key, String message) {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (!e.isJsonArray()) {
                problem(key, message);
                return null;
            }
            return e.getAsJsonArray();
        }

        private String string(JsonObject o, String key, String path) {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (e.isJsonPrimitive()) {
                String why = org.vivarium.io.excel.internal.read.ControlCharacters.find(e.getAsString());
                if (why != null) {
                    problem(path, why);
                    return null;
                }
                return e.getAsString();
            }
            problem(path, "must be a text");
            return null;
        }

        private Double number(JsonObject o, String key, String path) {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (e.isJsonPrimitive() && ((JsonPrimitive) e).isNumber()) {
                return e.getAsDouble();
            }
            problem(path, "must be a number");
            return null;
        }

        private boolean bool(JsonElement e, String path) {
            if (e.isJsonPrimitive() && ((JsonPrimitive) e).isBoolean()) {
                return e.getAsBoolean();
            }
            problem(path, "must be true or false");
            return true;
        }

        private JsonObject object(JsonObject o, String key, String path) {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) {
                return null;
            }
            if (e.isJsonObject()) {
                return e.getAsJsonObject();
            }
            problem(path, "must be an object");
            return null;
        }
    }
}

package org.vivarium.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.vivarium.core.audit.AuditChange;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditObject;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.model.Study;

import com.google.gson.stream.JsonWriter;

/**
 * Audit entries as one JSON object: {@code {"study": {...}, "entries": [...], "check": {...}}}, each entry with its
 * full content (changes with old and new values and ids, added and removed objects with their values) and hash.
 * Written as a stream: an import of many values makes a long entry.
 */
final class AuditJson {

    private AuditJson() {
    }

    static void print(Path file, Study study, List<AuditEntry> entries, TrailCheck check, PrintStream out)
            throws IOException {
        OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        JsonWriter json = new JsonWriter(w);
        json.setIndent(" ");
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("study").beginObject();
        json.name("file").value(file.toString());
        json.name("id").value(study.getId());
        json.name("title").value(study.getTitle());
        json.endObject();
        json.name("entries").beginArray();
        for (AuditEntry e : entries) {
            entry(e, json);
        }
        json.endArray();
        check(check, json);
        json.endObject();
        json.flush();
        w.write(System.lineSeparator());
        w.flush();
    }

    private static void entry(AuditEntry e, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("seq").value(e.seq());
        json.name("time").value(e.time().toString());
        json.name("user").value(e.user());
        json.name("authenticated").value(e.authenticated());
        json.name("action").value(e.action());
        json.name("reason").value(e.reason());
        if (!e.acknowledges().isEmpty()) {
            json.name("acknowledges").beginArray();
            for (String a : e.acknowledges()) {
                json.value(a);
            }
            json.endArray();
        }
        json.name("changes").beginArray();
        for (AuditChange c : e.changes()) {
            change(c, json);
        }
        json.endArray();
        json.name("hash").value(e.hash());
        json.endObject();
    }

    private static void change(AuditChange c, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("op").value(c.op().name().toLowerCase(java.util.Locale.ROOT));
        json.name("id").value(c.id());
        json.name("type").value(c.type());
        json.name("label").value(c.label());
        json.name("feature").value(c.feature());
        json.name("description").value(AuditText.describe(c));
        switch (c.op()) {
            case SET, MOVE -> {
                json.name("old").value(c.oldValue());
                json.name("new").value(c.newValue());
                if (c.oldId() != null || c.newId() != null) {
                    json.name("oldId").value(c.oldId());
                    json.name("newId").value(c.newId());
                }
            }
            default -> {
                json.name("objects").beginArray();
                for (AuditObject o : c.objects()) {
                    object(o, json);
                }
                json.endArray();
            }
        }
        json.endObject();
    }

    private static void object(AuditObject o, JsonWriter json) throws IOException {
        json.beginObject();
        json.name("id").value(o.id());
        json.name("type").value(o.type());
        json.name("label").value(o.label());
        if (!o.values().isEmpty()) {
            json.name("values").beginObject();
            for (Map.Entry<String, String> v : o.values().entrySet()) {
                json.name(v.getKey()).value(v.getValue());
            }
            json.endObject();
        }
        if (!o.refs().isEmpty()) {
            json.name("refs").beginArray();
            for (String r : o.refs()) {
                json.value(r);
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void check(TrailCheck check, JsonWriter json) throws IOException {
        json.name("check").beginObject();
        json.name("entries").value(check.entries());
        json.name("lastHash").value(check.lastHash());
        json.name("intact").value(check.intact());
        json.name("usable").value(check.usable());
        json.name("summary").value(check.summary());
        json.name("problems").beginArray();
        for (TrailCheck.Problem p : check.problems()) {
            json.beginObject();
            json.name("entry").value(p.entry());
            json.name("text").value(p.text());
            json.name("acknowledgedBy").value(p.acknowledgedBy());
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
}

package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.publish.document.Block;
import org.vivarium.publish.document.BulletList;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Heading;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Table;

/** A document as lines of plain text, for assertions (and for reading a report before the writers exist). */
final class DocumentText {

    private DocumentText() {
    }

    static List<String> lines(Document d) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + d.title());
        lines.add(d.subtitle());
        for (Block b : d.blocks()) {
            switch (b) {
                case Heading h -> lines.add("#".repeat(h.level() + 1) + " " + h.text());
                case Paragraph p -> lines.add((p.style() == Paragraph.Style.TO_COMPLETE ? "[TO COMPLETE] "
                        : p.style() == Paragraph.Style.SMALL ? "[small] " : "") + p.text());
                case BulletList l -> l.items().forEach(p -> lines.add("  * " + p.text()));
                case Table t -> {
                    lines.add("[table] " + t.caption());
                    lines.add("  | " + String.join(" | ", t.headers()));
                    t.rows().forEach(r -> lines.add("  | " + String.join(" | ", r)));
                }
                default -> lines.add("[" + b.getClass().getSimpleName() + "]");
            }
        }
        return lines;
    }

    static String text(Document d) {
        return String.join("\n", lines(d));
    }

    static List<Heading> headings(Document d, int level) {
        return d.blocks().stream().filter(b -> b instanceof Heading h && h.level() == level).map(b -> (Heading) b)
                .toList();
    }

    static List<Table> tables(Document d, String captionStart) {
        return d.blocks().stream().filter(b -> b instanceof Table t && t.caption().startsWith(captionStart)).map(
                b -> (Table) b).toList();
    }

    static List<Paragraph> toComplete(Document d) {
        return d.blocks().stream().filter(b -> b instanceof Paragraph p && p.style() == Paragraph.Style.TO_COMPLETE)
                .map(b -> (Paragraph) b).toList();
    }
}

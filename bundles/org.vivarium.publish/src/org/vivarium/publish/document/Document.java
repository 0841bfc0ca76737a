package org.vivarium.publish.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as a flow of blocks, independent of its file format: {@code org.vivarium.publish} lays it out as PDF, and
 * as Word (.docx) through {@code org.vivarium.io.excel}, the bundle that owns Apache POI.
 *
 * @param title the document's title (first line, and the file's title property)
 * @param subtitle a line under the title ("" for none), e.g. the study and the date it was made
 * @param footer the text at the foot of every page, before "page N of M" ("" for none), e.g. the study's id
 * @param blocks the content
 */
public record Document(String title, String subtitle, String footer, List<Block> blocks) {

    public Document {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(footer, "footer");
        blocks = List.copyOf(blocks);
    }

    /** A document without footer text (pages are still numbered). */
    public Document(String title, String subtitle, List<Block> blocks) {
        this(title, subtitle, "", blocks);
    }

    /** Starts a document. */
    public static Builder builder(String title, String subtitle) {
        return new Builder(title, subtitle);
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final String title;
        private final String subtitle;
        private String footer = "";
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String subtitle) {
            this.title = title;
            this.subtitle = subtitle;
        }

        /** The text at the foot of every page, before "page N of M". */
        public Builder footer(String text) {
            footer = Objects.requireNonNull(text, "footer");
            return this;
        }

        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(Paragraph.of(text));
        }

        public Builder toComplete(String text) {
            return add(Paragraph.toComplete(text));
        }

        public Document build() {
            return new Document(title, subtitle, footer, blocks);
        }
    }
}

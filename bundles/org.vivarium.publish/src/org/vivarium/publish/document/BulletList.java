package org.vivarium.publish.document;

import java.util.List;

/** A bulleted list; each item is a paragraph. */
public record BulletList(List<Paragraph> items) implements Block {

    public BulletList {
        items = List.copyOf(items);
    }
}

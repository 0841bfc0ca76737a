package org.vivarium.publish.document;

/** Starts a new page. */
public record PageBreak() implements Block {
}

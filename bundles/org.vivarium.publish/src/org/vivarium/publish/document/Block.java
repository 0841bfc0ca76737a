package org.vivarium.publish.document;

/**
 * One element of a {@link Document}'s flow. The same blocks are laid out as PDF (PDFBox) and as Word (.docx, through
 * {@code org.vivarium.io.excel}), so a block says what it is, never how it looks.
 */
public sealed interface Block permits Heading, Paragraph, BulletList, Table, Figure, PageBreak {
}

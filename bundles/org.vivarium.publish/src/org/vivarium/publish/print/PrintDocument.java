package org.vivarium.publish.print;

/** What can be printed, by the names the command line takes. */
public enum PrintDocument {
    CAGE_CARDS("cage-cards", "cage cards"), DOSING_SHEETS("dosing-sheets", "dosing sheets"),
    ENTRY_SHEETS("entry-sheets", "entry sheets");

    private final String cliName;
    private final String title;

    PrintDocument(String cliName, String title) {
        this.cliName = cliName;
        this.title = title;
    }

    /** e.g. "cage-cards". */
    public String cliName() {
        return cliName;
    }

    /** e.g. "cage cards". */
    public String title() {
        return title;
    }

    /** The document of a command-line name, or null. */
    public static PrintDocument of(String name) {
        for (PrintDocument d : values()) {
            if (d.cliName.equals(name)) {
                return d;
            }
        }
        return null;
    }
}

package org.vivarium.ui.review.publish;

import java.util.List;
import java.util.Locale;

/** The documents and files File &gt; Publish makes from the open study, and what each one asks for. */
public enum Publication {

    /** The ARRIVE 2.0 checklist, filled from the study's records (.docx to paste into a manuscript, or PDF). */
    ARRIVE("ARRIVE Report", "arrive", List.of("docx", "pdf"),
            List.of("Word document (*.docx)", "PDF document (*.pdf)"), true, false, false),
    /** The PI's summary for a lab meeting (PDF). */
    STUDY_REPORT("Study Report", "report", List.of("pdf"), List.of("PDF document (*.pdf)"), true, false, false),
    /** GraphPad Prism tables of the study's measurements. */
    PRISM("Prism File", "prism", List.of("pzfx"), List.of("GraphPad Prism file (*.pzfx)"), false, false, true),
    /** Cage cards with a barcode of the cage id, as a label sheet (PDF). */
    CAGE_CARDS("Cage Cards", "cage-cards", List.of("pdf"), List.of("PDF document (*.pdf)"), true, true, false),
    /** Dosing sheets per round: animal, weight, volume, time and initials columns (PDF). */
    DOSING_SHEETS("Dosing Sheets", "dosing-sheets", List.of("pdf"), List.of("PDF document (*.pdf)"), true, true,
            false),
    /** Entry sheets per assay session to fill in by hand (PDF). */
    ENTRY_SHEETS("Entry Sheets", "entry-sheets", List.of("pdf"), List.of("PDF document (*.pdf)"), true, true, false);

    private final String title;
    private final String fileStem;
    private final List<String> extensions;
    private final List<String> filterNames;
    private final boolean paper;
    private final boolean cohort;
    private final boolean assay;

    Publication(String title, String fileStem, List<String> extensions, List<String> filterNames, boolean paper,
            boolean cohort, boolean assay) {
        this.title = title;
        this.fileStem = fileStem;
        this.extensions = extensions;
        this.filterNames = filterNames;
        this.paper = paper;
        this.cohort = cohort;
        this.assay = assay;
    }

    /** The title of its dialog, e.g. "ARRIVE Report". */
    public String title() {
        return title;
    }

    /** File extensions it writes, without the dot; the first is the default. */
    public List<String> extensions() {
        return extensions;
    }

    List<String> filterNames() {
        return filterNames;
    }

    /** Whether it is printed on a paper size (A4 or US Letter). */
    public boolean hasPaper() {
        return paper;
    }

    /** Whether it can be limited to one cohort. */
    public boolean hasCohort() {
        return cohort;
    }

    /** Whether it can be limited to one assay and measure. */
    public boolean hasAssay() {
        return assay;
    }

    /** The file name offered for a study: "KET-BCI-DEMO-arrive.docx". */
    public String suggestedName(String studyId) {
        String id = studyId == null || studyId.isBlank() ? "study" : studyId.replaceAll("[^A-Za-z0-9+._-]+", "-");
        return id + "-" + fileStem + "." + extensions.get(0);
    }

    /** Whether a file name has one of its extensions. */
    public boolean accepts(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    /** The publication a command parameter names (the enum constant's name), or null. */
    public static Publication named(String name) {
        for (Publication p : values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }
}

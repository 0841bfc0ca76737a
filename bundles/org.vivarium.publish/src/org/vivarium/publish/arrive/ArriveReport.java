package org.vivarium.publish.arrive;

import java.time.LocalDate;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.TrailRecord;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;

/**
 * The ARRIVE 2.0 report of a study: the Essential 10 and the Recommended Set (Percie du Sert et al., PLoS Biol 2020),
 * item by item, filled from the study's records - design, allocation and blinding records, exclusions with their
 * reasons, animals, dosing, and the results of the analyses this report runs through the installed analyses. What
 * cannot be derived is a "To complete" paragraph naming where to enter it (a field of the study, or the manuscript).
 * While the study's treatments are coded and the code is not broken, arms and compounds appear only by their codes
 * and no comparison between arms is reported. A checklist summary follows, and the record the report was made from
 * (the audit trail's state and last hash) ends it.
 */
public final class ArriveReport {

    private ArriveReport() {
    }

    /**
     * The report of a study (its analyses are run as needed; the monitor reports progress and cancellation).
     *
     * @throws PublishException when the study has neither arms nor animals: there is nothing to report yet
     * @throws OperationCanceledException when the monitor is cancelled
     */
    public static Document build(Study study, IProgressMonitor monitor) throws PublishException {
        String id = study.getId() == null || study.getId().isBlank() ? "(no id)" : study.getId();
        if (study.getArms().isEmpty() && study.getCohorts().stream().allMatch(c -> c.getAnimals().isEmpty())) {
            throw new PublishException("study " + id + " has no arms and no animals yet: there is nothing to report");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "ARRIVE 2.0 report of study " + id, 10);
        Naming naming = new Naming(study);
        Outcomes outcomes = Outcomes.run(study, naming, progress.split(8));
        Document.Builder document = Document.builder("ARRIVE 2.0 checklist: " + id, subtitle(study));
        Checklist out = new Checklist(document);
        introduction(study, naming, document);
        out.section("The ARRIVE Essential 10");
        new ArriveDesign(study, naming, out).write(outcomes.factors());
        new ArriveExclusions(study, naming, out).write(outcomes);
        new ArriveAllocation(study, naming, out).write();
        new ArriveMeasures(study, naming, out).write(outcomes);
        new ArriveAnimals(study, out).write();
        new ArriveProcedures(study, naming, out).write();
        new ArriveResults(study, naming, out).write(outcomes);
        progress.split(1);
        out.section("The Recommended Set");
        new ArriveRecommended(study, out).write();
        out.summary();
        TrailRecord.section(study, TrailRecord.HEADING, document);
        progress.split(1);
        return document.build();
    }

    private static String subtitle(Study study) {
        String title = Formats.given(study.getTitle());
        return (title == null ? "" : title + " \u2014 ") + "made from the study's records by "
                + ArriveMeasures.software() + " on " + LocalDate.now();
    }

    private static void introduction(Study study, Naming naming, Document.Builder d) {
        d.paragraph("This report follows the ARRIVE 2.0 guidelines (Percie du Sert et al., PLoS Biology 2020; "
                + "arriveguidelines.org) item by item. Each statement is taken from the records of study " + study
                        .getId() + " - its design, allocation and blinding records, exclusions, animals, doses given "
                + "and measurements - and the statistics are computed from its data. Paragraphs marked \"To "
                + "complete\" name what the study does not record and where to enter it: a field in Vivarium (then "
                + "make the report again) or the manuscript.");
        if (naming.blinded()) {
            d.paragraph("The treatments of this study are coded and the code has not been broken: arms and compounds "
                    + "appear only by their codes, doses in mg/kg are withheld, and no comparison between arms is "
                    + "reported.");
        }
        String notes = Formats.given(study.getDescription());
        if (notes != null) {
            d.add(Paragraph.small("Notes recorded with the study: " + notes));
        }
    }
}

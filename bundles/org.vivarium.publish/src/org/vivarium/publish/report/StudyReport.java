package org.vivarium.publish.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.TrailRecord;
import org.vivarium.publish.document.BulletList;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.report.Outcomes.Outcome;

/**
 * The study report: the PI's one-page-per-topic summary for a lab meeting - design, allocation, dosing, attrition with
 * reasons, each outcome's effect over time with its statistics, the durability of the effect, and the record it was
 * made from (the audit trail's state and last hash) - built from the study's records and the built-in durability
 * analysis. Written as PDF (or .docx) by {@link org.vivarium.publish.document.Documents}.
 */
public final class StudyReport {

    private StudyReport() {
    }

    /** The report of a study (the analyses are run here; the monitor reports progress and cancellation). */
    public static Document build(Study study, IProgressMonitor monitor) throws PublishException {
        if (study.getArms().isEmpty() && study.getCohorts().isEmpty()) {
            throw new PublishException("study " + id(study) + " has no arms and no cohorts yet: there is nothing to"
                    + " report");
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Study report of " + id(study), 10);
        List<Outcome> outcomes = Outcomes.run(study, sub.split(9));
        TreatmentArm controlArm = Studies.controlArm(study);
        String control = controlArm == null ? "control" : controlArm.getCode();
        Document.Builder d = Document.builder(study.getTitle() == null || study.getTitle().isBlank() ? "Study report"
                : study.getTitle(), subtitle(study)).footer(id(study) + "  \u00b7  study report");
        Captions captions = new Captions();
        summary(study, outcomes, control, d);
        DesignSection.add(study, d, captions);
        AllocationSection.allocation(study, d, captions);
        AllocationSection.dosing(study, d, captions);
        AttritionSection.add(study, d, captions);
        OutcomeSection.add(outcomes, control, d, captions);
        DurabilitySection.add(outcomes, control, d, captions);
        TrailRecord.section(study, "7 " + TrailRecord.HEADING, d);
        sub.done();
        return d.build();
    }

    private static void summary(Study study, List<Outcome> outcomes, String control, Document.Builder d) {
        d.heading(1, "Summary");
        List<Paragraph> items = new ArrayList<>();
        int animals = Studies.animals(study).size();
        long active = Studies.animals(study).stream().filter(Studies::isActive).count();
        items.add(Paragraph.of(Numbers.count(animals) + " animals in " + study.getCohorts().size() + " cohorts and "
                + study.getArms().size() + " arms; " + Numbers.count(active) + " active, " + Numbers.count(animals
                        - active) + " no longer active (section 4)."));
        List<AssaySession> sessions = Studies.sessions(study);
        long done = sessions.stream().filter(s -> s.getCompletedAt() != null).count();
        long values = sessions.stream().mapToLong(s -> s.getMeasurements().size()).sum();
        long excluded = sessions.stream().flatMap(s -> s.getMeasurements().stream()).filter(Measurement::isExcluded)
                .count();
        items.add(Paragraph.of(done + " of " + sessions.size() + " test sessions done; " + Numbers.count(values)
                + " measurements, " + Numbers.count(excluded) + " excluded."));
        items.add(Paragraph.of(study.getAllocations().isEmpty() ? "No allocation recorded in Vivarium."
                : study.getAllocations().size() + " allocation record" + (study.getAllocations().size() == 1 ? ""
                        : "s") + " (section 2)."));
        for (String line : DurabilitySection.headlines(outcomes, control)) {
            items.add(Paragraph.of(line));
        }
        d.add(new BulletList(items));
    }

    private static String subtitle(Study study) {
        List<String> parts = new ArrayList<>();
        parts.add(id(study));
        if (study.getPrincipalInvestigator() != null && !study.getPrincipalInvestigator().isBlank()) {
            parts.add("PI " + study.getPrincipalInvestigator().strip());
        }
        if (study.getProtocolNumber() != null && !study.getProtocolNumber().isBlank()) {
            parts.add("protocol " + study.getProtocolNumber().strip());
        }
        parts.add("report of " + DateTexts.format(LocalDateTime.now().withSecond(0).withNano(0)));
        return String.join("  \u00b7  ", parts);
    }

    private static String id(Study study) {
        return study.getId() == null || study.getId().isBlank() ? "(no id)" : study.getId();
    }
}

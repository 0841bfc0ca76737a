package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.allocation.ArriveText;
import org.vivarium.core.schedule.DoseTask;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.study.DateTexts;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Run;
import org.vivarium.publish.document.Table;

/**
 * Sections 2 and 3: how the animals were allocated (from the allocation records: method, seed, date, who), and the
 * doses planned and given per cohort and arm.
 */
final class AllocationSection {

    private AllocationSection() {
    }

    static void allocation(Study study, Document.Builder d, Captions captions) {
        d.heading(1, "2 Allocation");
        List<AllocationRecord> records = study.getAllocations();
        if (records.isEmpty()) {
            d.paragraph("No cohort was randomised in Vivarium: the arms were assigned outside it"
                    + (DesignSection.present(study.getRandomisationMethod()) ? ". Recorded method: "
                            + sentence(study.getRandomisationMethod()) : ", and no method is recorded."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (AllocationRecord r : records) {
                rows.add(List.of(r.getCohort() == null ? "?" : r.getCohort().getName(),
                        ArriveText.method(r.getStrata(), r.getBlockSizes()) + (r.isByCage() ? ", whole cages" : "")
                                + "; " + r.getAlgorithm() + " v" + r.getAlgorithmVersion(),
                        Long.toString(r.getSeed()), Numbers.count(r.getEntries().size()),
                        String.join(":", r.getRatio().stream().map(String::valueOf).toList()),
                        r.getGeneratedAt() == null ? "\u2013" : DateTexts.format(r.getGeneratedAt()),
                        DesignSection.text(r.getGeneratedBy()), DesignSection.text(r.getReason())));
            }
            d.add(new Table(captions.table("Allocation records (oldest first; the newest of a cohort is in force)"),
                    List.of("Cohort", "Method", "Seed", "n", "Ratio", "Date", "By", "Reason"), rows,
                    List.of(0.8, 2.8, 1.1, 0.5, 0.7, 1.2, 1.1, 1.6)));
            String text = ArriveText.randomisation(study);
            if (!text.isBlank()) {
                d.add(Paragraph.small(text));
            }
        }
        if (DesignSection.present(study.getBlindingMethod())) {
            d.add(Paragraph.of(Run.bold("Blinding. "), Run.plain(study.getBlindingMethod().strip())));
        }
    }

    /** The text as a sentence ending in a full stop. */
    static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }

    static void dosing(Study study, Document.Builder d, Captions captions) {
        d.heading(1, "3 Dosing");
        List<String> headers = new ArrayList<>(List.of("Cohort"));
        study.getArms().forEach(a -> headers.add(a.getCode()));
        headers.add("All arms");
        List<List<String>> rows = new ArrayList<>();
        long[] armGiven = new long[study.getArms().size()];
        long[] armPlanned = new long[study.getArms().size()];
        for (Cohort c : study.getCohorts()) {
            List<String> row = new ArrayList<>(List.of(c.getName()));
            long given = 0;
            long planned = 0;
            for (int i = 0; i < study.getArms().size(); i++) {
                TreatmentArm arm = study.getArms().get(i);
                long[] gp = doses(c, arm);
                row.add(gp[1] == 0 ? "\u2013" : gp[0] + " / " + gp[1]);
                given += gp[0];
                planned += gp[1];
                armGiven[i] += gp[0];
                armPlanned[i] += gp[1];
            }
            row.add(planned == 0 ? "\u2013" : Numbers.count(given) + " / " + Numbers.count(planned));
            rows.add(row);
        }
        long given = 0;
        long planned = 0;
        List<String> total = new ArrayList<>(List.of("All cohorts"));
        for (int i = 0; i < armGiven.length; i++) {
            total.add(Numbers.count(armGiven[i]) + " / " + Numbers.count(armPlanned[i]));
            given += armGiven[i];
            planned += armPlanned[i];
        }
        total.add(Numbers.count(given) + " / " + Numbers.count(planned));
        rows.add(total);
        if (planned == 0) {
            d.paragraph("No dose is scheduled or recorded yet.");
            return;
        }
        d.paragraph(Numbers.count(given) + " of " + Numbers.count(planned) + " planned doses have been given ("
                + Math.round(100.0 * given / planned) + " %). Doses not given are still to come, or belong to animals"
                + " that left the study (section 4).");
        d.add(new Table(captions.table("Doses given / planned, per cohort and arm"), headers, rows));
    }

    /**
     * Doses given and planned of the cohort's animals in the arm: every dosing event, and each dose of the schedule
     * that has none yet (a repeating regimen's doses to come, or missed).
     */
    private static long[] doses(Cohort c, TreatmentArm arm) {
        long given = 0;
        long planned = 0;
        for (Animal a : c.getAnimals()) {
            if (a.getArm() == arm) {
                for (DosingEvent e : a.getDosingEvents()) {
                    planned++;
                    given += e.getActualTime() != null ? 1 : 0;
                }
            }
        }
        for (DoseTask t : Schedule.doseTasks(c)) {
            planned += t.animal().getArm() == arm && t.event() == null ? 1 : 0;
        }
        return new long[] { given, planned };
    }
}

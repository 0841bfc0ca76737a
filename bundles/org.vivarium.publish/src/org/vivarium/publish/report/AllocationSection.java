package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.allocation.ArriveText;
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
                    + (DesignSection.present(study.getRandomisationMethod()) ? " (recorded method: "
                            + study.getRandomisationMethod().strip() + ")." : ", and no method is recorded."));
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

    static void dosing(Study study, Document.Builder d, Captions captions) {
        d.heading(1, "3 Dosing");
        List<List<String>> rows = new ArrayList<>();
        long plannedTotal = 0;
        long givenTotal = 0;
        for (Cohort c : study.getCohorts()) {
            for (TreatmentArm arm : study.getArms()) {
                long animals = 0;
                long planned = 0;
                long given = 0;
                for (Animal a : c.getAnimals()) {
                    if (a.getArm() != arm) {
                        continue;
                    }
                    animals++;
                    for (DosingEvent e : a.getDosingEvents()) {
                        planned++;
                        given += e.getActualTime() != null ? 1 : 0;
                    }
                }
                if (animals > 0) {
                    rows.add(List.of(c.getName(), arm.getCode(), Numbers.count(animals), Numbers.count(planned),
                            Numbers.count(given), Numbers.count(planned - given)));
                    plannedTotal += planned;
                    givenTotal += given;
                }
            }
        }
        if (plannedTotal == 0) {
            d.paragraph("No dose is scheduled or recorded yet.");
            return;
        }
        d.paragraph(Numbers.count(givenTotal) + " of " + Numbers.count(plannedTotal) + " planned doses have been given ("
                + Math.round(100.0 * givenTotal / plannedTotal) + " %). Doses not given are still to come, or belong to"
                + " animals that left the study (section 4).");
        rows.add(List.of("Total", "", "", Numbers.count(plannedTotal), Numbers.count(givenTotal),
                Numbers.count(plannedTotal - givenTotal)));
        d.add(new Table(captions.table("Doses per cohort and arm"), List.of("Cohort", "Arm", "Animals", "Planned", "Given",
                "Not given"), rows, List.of(1.2, 1.2, 1.0, 1.0, 1.0, 1.0)));
    }
}

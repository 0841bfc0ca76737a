package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Table;

/** Section 4: every animal that left the study or was excluded, and every excluded measurement, with the reasons. */
final class AttritionSection {

    private AttritionSection() {
    }

    static void add(Study study, Document.Builder d, Captions captions) {
        d.heading(1, "4 Attrition and exclusions");
        List<List<String>> animals = new ArrayList<>();
        for (Animal a : Studies.animals(study)) {
            if (a.getStatus() != null && a.getStatus() != AnimalStatus.ACTIVE) {
                animals.add(List.of(a.getId(), Studies.cohortOf(a) == null ? "" : Studies.cohortOf(a).getName(),
                        a.getArm() == null ? "\u2013" : a.getArm().getCode(), status(a.getStatus()),
                        a.getStatusDate() == null ? "\u2013" : DateTexts.format(a.getStatusDate()),
                        reason(a.getStatusReason())));
            }
        }
        List<List<String>> values = new ArrayList<>();
        for (AssaySession s : Studies.sessions(study)) {
            for (Measurement m : s.getMeasurements()) {
                if (m.isExcluded()) {
                    values.add(List.of(m.getAnimal() != null ? m.getAnimal().getId()
                            : m.getCage() != null ? m.getCage().getLabel() : "\u2013", s.getName(),
                            m.getMeasure() == null ? "?" : m.getMeasure().getLabel(), Labels.number(m.getValue()),
                            reason(m.getExclusionReason())));
                }
            }
        }
        int total = Studies.animals(study).size();
        if (animals.isEmpty() && values.isEmpty()) {
            d.paragraph("All " + Numbers.count(total) + " animals are active and no measurement is excluded.");
            return;
        }
        d.paragraph(Numbers.count(animals.size()) + " of " + Numbers.count(total) + " animals "
                + (animals.size() == 1 ? "is" : "are") + " no longer active, and " + Numbers.count(values.size())
                + " measurement" + (values.size() == 1 ? " is" : "s are") + " excluded from the analyses.");
        if (!animals.isEmpty()) {
            d.add(new Table(captions.table("Animals no longer active"), List.of("Animal", "Cohort", "Arm", "Status", "Date",
                    "Reason"), animals, List.of(0.9, 0.8, 0.9, 1.1, 1.0, 3.6)));
        }
        if (!values.isEmpty()) {
            d.add(new Table(captions.table("Excluded measurements"), List.of("Animal", "Session", "Measure", "Value",
                    "Reason"), values, List.of(0.9, 1.3, 1.3, 0.7, 3.6)));
        }
    }

    static String status(AnimalStatus s) {
        return switch (s) {
            case FOUND_DEAD -> "found dead";
            case HUMANE_ENDPOINT -> "humane endpoint";
            case EXCLUDED -> "excluded";
            case ACTIVE -> "active";
        };
    }

    private static String reason(String r) {
        return r == null || r.isBlank() ? "(no reason recorded)" : r.strip();
    }
}

package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.List;

import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;

/** The ARRIVE Recommended Set, items 11-21: what the study records, and what the manuscript must say. */
final class ArriveRecommended {

    private static final String MANUSCRIPT = "in the manuscript";

    private final Study study;
    private final Checklist out;

    ArriveRecommended(Study study, Checklist out) {
        this.study = study;
        this.out = out;
    }

    void write() {
        out.item(11, "Abstract");
        out.toComplete("11", "an abstract with the objectives, the species, strain and sex, the key methods, the "
                + "principal findings and the conclusions", MANUSCRIPT + " (items 1, 8 and 10 above give the design, "
                        + "the animals and the results)");
        out.item(12, "Background");
        out.toComplete("12a", "the scientific background, the rationale and the experimental approach", MANUSCRIPT);
        out.toComplete("12b", "how the species and model address the objectives and, where appropriate, their "
                + "relevance to human biology", MANUSCRIPT);
        out.item(13, "Objectives");
        String hypothesis = Formats.given(study.getHypothesis());
        if (hypothesis != null) {
            out.reported("13", "Hypothesis (as recorded with the study): " + Formats.sentence(hypothesis));
        } else {
            out.toComplete("13", "the research question, the objectives and the hypotheses tested", "enter the "
                    + "hypothesis in " + ArriveDesign.WHERE_STUDY + " > Hypothesis");
        }
        ethics();
        out.item(15, "Housing and husbandry");
        housing();
        out.item(16, "Animal care and monitoring");
        care();
        out.item(17, "Interpretation/scientific implications");
        out.toComplete("17a", "the interpretation of the results in the light of the objectives, the hypotheses, "
                + "current theory and other studies", MANUSCRIPT);
        out.toComplete("17b", "the limitations of the study: potential sources of bias, limitations of the animal "
                + "model and the imprecision of the results", MANUSCRIPT);
        out.item(18, "Generalisability/translation");
        out.toComplete("18", "whether and how the findings are likely to generalise to other species or experimental "
                + "conditions, including their relevance to human biology", MANUSCRIPT);
        out.item(19, "Protocol registration");
        out.toComplete("19", "whether a protocol (research question, key design features, analysis plan) was written "
                + "before the study, and if and where it was registered (e.g. preclinicaltrials.eu, OSF)", MANUSCRIPT);
        out.item(20, "Data access");
        out.reported("20", "Every measurement is held in the study file" + (Formats.given(study.getId()) == null ? ""
                : " " + study.getId().strip()) + " with its "
                + "source (manual entry or the file, sheet and cell it was imported from), the exclusions with their "
                + "reasons and the allocation records; vivarium export writes them as one tidy table for a "
                + "repository.");
        out.toComplete("20", "whether and where the data are available (repository and accession number or DOI)",
                MANUSCRIPT);
        out.item(21, "Declaration of interests");
        out.toComplete("21a", "any potential conflicts of interest, financial and non-financial, or that there are "
                + "none", MANUSCRIPT);
        out.toComplete("21b", "all funding sources (with grant identifiers) and the role of the funders in the design, "
                + "analysis and reporting of the study", MANUSCRIPT);
    }

    private void ethics() {
        out.item(14, "Ethical statement");
        String protocol = Formats.given(study.getProtocolNumber());
        if (protocol != null) {
            out.reported("14", "The experiments were carried out under the approved animal protocol " + protocol
                    + (Formats.given(study.getPrincipalInvestigator()) == null ? "" : " (principal investigator: "
                            + study.getPrincipalInvestigator().strip() + ")") + ".");
            out.toComplete("14", "the name of the ethical review body that approved protocol " + protocol + " and the "
                    + "regulations followed", MANUSCRIPT);
        } else {
            out.toComplete("14", "the ethical review body and the protocol or licence number that approved the use of "
                    + "the animals (or why approval was not needed)", "enter the number in " + ArriveDesign.WHERE_STUDY
                            + " > Protocol (ethics) number; name the body " + MANUSCRIPT);
        }
    }

    private void housing() {
        List<Cage> cages = Studies.cages(study).stream().filter(c -> !c.getAnimals().isEmpty()).toList();
        if (!cages.isEmpty()) {
            IntSummaryStatistics perCage = cages.stream().mapToInt(c -> c.getAnimals().size()).summaryStatistics();
            long oneSex = cages.stream().filter(c -> c.getAnimals().stream().map(Animal::getSex).distinct().count()
                    == 1 && c.getAnimals().get(0).getSex() != Sex.UNKNOWN).count();
            List<String> facts = new ArrayList<>();
            facts.add("Animals were group-housed, " + Formats.range(perCage.getMin(), perCage.getMax(), 0)
                    + " per cage (" + cages.size() + " cages)");
            if (oneSex == cages.size()) {
                facts.add("one sex per cage");
            }
            long single = Studies.animals(study).stream().filter(a -> a.getCage() != null && a.getCage().getAnimals()
                    .size() == 1).count();
            out.reported("15", String.join(", ", facts) + "." + (single > 0 ? " " + Formats.count(single, "animal")
                    + " were housed singly." : ""));
        }
        out.toComplete("15", "the housing and husbandry conditions: cage type and bedding, environmental enrichment, "
                + "light/dark cycle, temperature and humidity, food and water, and how often cages were changed",
                MANUSCRIPT);
    }

    private void care() {
        out.toComplete("16a", "the steps taken to reduce pain, suffering and distress (e.g. handling habituation, "
                + "analgesia, drying and warming after the forced swim test)", MANUSCRIPT);
        List<String> events = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            for (Animal a : c.getAnimals()) {
                if (a.getStatus() == AnimalStatus.FOUND_DEAD || a.getStatus() == AnimalStatus.HUMANE_ENDPOINT) {
                    events.add(a.getId() + " (cohort " + c.getName() + ", " + ArriveExclusions.status(a.getStatus())
                            + (a.getStatusDate() == null ? "" : " on " + a.getStatusDate()) + "): " + (a
                                    .getStatusReason() == null ? "no reason recorded" : a.getStatusReason().strip()));
                }
            }
        }
        if (events.isEmpty()) {
            out.reported("16b", "No animal was found dead or reached a humane endpoint.");
        } else {
            out.reported("16b", "Adverse events recorded for " + Formats.count(events.size(), "animal") + ":");
            out.bullets(events);
        }
        out.toComplete("16b", "other adverse events, expected or not, and whether the events above were expected",
                MANUSCRIPT);
        out.toComplete("16c", "the humane endpoints set for the study, the signs monitored and how often they were "
                + "monitored, or that there were none", MANUSCRIPT);
    }
}

package org.vivarium.publish.arrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.allocation.AllocationSettings;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Heading;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Table;
import org.vivarium.testing.TestStudies;

/** The ARRIVE 2.0 report of the demo study, of a randomised copy and of a copy with coded treatments. */
class ArriveReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Study demo() {
        return DemoStudy.generate(42, TODAY);
    }

    private static Document report(Study study) throws PublishException {
        return ArriveReport.build(study, new NullProgressMonitor());
    }

    /** Applies a change as the workbench and the command line do: one command on an editing domain. */
    private static void apply(Function<EditingDomain, Command> change) {
        EditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack());
        Command command = change.apply(domain);
        assertThat(command.canExecute()).isTrue();
        domain.getCommandStack().execute(command);
    }

    @Test
    void theEssentialTenAndTheRecommendedSetAreThereInOrder() throws Exception {
        Document d = report(demo());
        List<String> items = DocumentText.headings(d, 2).stream().map(Heading::text).toList();
        assertThat(items).containsExactly("1. Study design", "2. Sample size", "3. Inclusion and exclusion criteria",
                "4. Randomisation", "5. Blinding", "6. Outcome measures", "7. Statistical methods",
                "8. Experimental animals", "9. Experimental procedures", "10. Results", "11. Abstract",
                "12. Background", "13. Objectives", "14. Ethical statement", "15. Housing and husbandry",
                "16. Animal care and monitoring", "17. Interpretation/scientific implications",
                "18. Generalisability/translation", "19. Protocol registration", "20. Data access",
                "21. Declaration of interests");
        assertThat(DocumentText.headings(d, 1)).extracting(Heading::text).containsExactly("The ARRIVE Essential 10",
                "The Recommended Set", "Checklist summary", "Record");
        assertThat(d.title()).isEqualTo("ARRIVE 2.0 checklist: KET-BCI-DEMO");
    }

    @Test
    void everyExcludedAnimalAndValueIsNamedWithItsReasonAndDate() throws Exception {
        Study study = demo();
        Table excluded = DocumentText.tables(report(study), "Animals and values not included").get(0);
        int expected = 0;
        for (Animal a : Studies.animals(study)) {
            if (a.getStatus() != AnimalStatus.ACTIVE) {
                expected++;
                assertThat(excluded.rows()).as(a.getId()).anySatisfy(r -> assertThat(r).startsWith(a.getId())
                        .contains(a.getStatusDate().toString(), a.getStatusReason()));
            }
        }
        for (AssaySession s : Studies.sessions(study)) {
            for (Measurement m : s.getMeasurements()) {
                if (m.isExcluded()) {
                    expected++;
                    assertThat(excluded.rows()).anySatisfy(r -> assertThat(r).startsWith(m.getAnimal().getId())
                            .contains(m.getExclusionReason(), s.getDate().toLocalDate().toString()).anyMatch(
                                    c -> c.contains(s.getName())));
                }
            }
        }
        assertThat(expected).as("the demo has animals found dead, at a humane endpoint, excluded and a value")
                .isEqualTo(4);
        assertThat(excluded.rows()).hasSize(expected);
        assertThat(excluded.rows()).extracting(r -> r.get(3)).contains("found dead (all values)",
                "humane endpoint (all values)");
    }

    @Test
    void theNumbersPerArmAreTheStudysAndTheAnalysedNsLeaveOutTheExclusions() throws Exception {
        Study study = demo();
        Document d = report(study);
        Table table = DocumentText.tables(d, "Animals allocated per arm and cohort").get(0);
        List<String> total = table.rows().get(table.rows().size() - 1);
        for (TreatmentArm arm : study.getArms()) {
            long n = Studies.animals(study).stream().filter(a -> a.getArm() == arm).count();
            assertThat(n).isEqualTo(120);
            assertThat(total.get(table.headers().indexOf(arm.getCode()))).isEqualTo(n + " (60/60)");
            for (Cohort c : study.getCohorts()) {
                List<String> row = table.rows().stream().filter(r -> r.get(0).equals(c.getName())).findFirst()
                        .orElseThrow();
                assertThat(row.get(table.headers().indexOf(arm.getCode()))).startsWith(c.getAnimals().stream()
                        .filter(a -> a.getArm() == arm).count() + " (");
            }
        }
        assertThat(total.get(total.size() - 1)).isEqualTo("480 (240/240)");
        assertThat(paragraph(d, "2a ")).contains("VEH+VEH 120, KET+VEH 120, VEH+BCI 120, KET+BCI 120", "480 animals");
        Table analysed = DocumentText.tables(d, "n analysed").get(0);
        // 2W-13 (VEH+BCI) was found dead: 19 of 20 FST values at 2 wk
        List<String> fst2wk = analysed.rows().stream().filter(r -> r.get(0).startsWith("FST immobility") && r.get(1)
                .equals("2 wk")).findFirst().orElseThrow();
        assertThat(fst2wk.subList(2, 6)).containsExactly("20", "20", "19", "20");
    }

    @Test
    void doseAndRoutePerArmAreListed() throws Exception {
        Study study = demo();
        Table regimens = DocumentText.tables(report(study), "Dose regimens per arm").get(0);
        assertThat(regimens.headers()).containsExactly("Arm", "Compound", "Dose", "Route", "Volume", "Time");
        int n = 0;
        for (TreatmentArm arm : study.getArms()) {
            for (DoseRegimen r : arm.getRegimens()) {
                List<String> row = regimens.rows().get(n++);
                String dose = r.getCompound().isPlacebo() ? "vehicle" : "10 mg/kg";
                assertThat(row).containsExactly(arm.getCode(), r.getCompound().getName(), dose,
                        "i.p. (intraperitoneal)", "10 mL/kg", r.getOffsetHours() == 0 ? "0 h" : "+30 min");
            }
        }
        assertThat(regimens.rows()).hasSize(n).contains(List.of("KET+BCI", "BCI", "10 mg/kg",
                "i.p. (intraperitoneal)", "10 mL/kg", "+30 min"));
    }

    @Test
    void aRepeatedRegimenIsReportedWithItsScheduleNotAsASingleDose() throws Exception {
        Study study = demo();
        DoseRegimen bci = study.getArms().stream().filter(a -> a.getCode().equals("KET+BCI")).findFirst()
                .orElseThrow().getRegimens().stream().filter(r -> r.getCompound().getName().equals("BCI"))
                .findFirst().orElseThrow();
        bci.setEveryHours(24);
        bci.setDoses(14);
        Document d = report(study);
        Table regimens = DocumentText.tables(d, "Dose regimens per arm").get(0);
        assertThat(regimens.rows()).contains(List.of("KET+BCI", "BCI", "10 mg/kg", "i.p. (intraperitoneal)",
                "10 mL/kg", "daily from 30 min, 14 doses"));
        List<String> texts = d.blocks().stream().filter(b -> b instanceof Paragraph).map(b -> ((Paragraph) b).text())
                .toList();
        assertThat(texts).anySatisfy(t -> assertThat(t).contains("Each arm received the following, as scheduled "
                + "below (single doses, repeated doses and listed days), dosed by body weight"));
        assertThat(texts).noneSatisfy(t -> assertThat(t).contains("once per regimen"));
    }

    @Test
    void whatTheDemoDoesNotRecordIsToCompleteWithWhereToEnterIt() throws Exception {
        Document d = report(demo());
        List<String> open = DocumentText.toComplete(d).stream().map(Paragraph::text).toList();
        assertThat(open).allSatisfy(t -> assertThat(t).matches("\\d+[a-d]? To complete: .+ \u2014 .+\\."));
        assertThat(open).anyMatch(t -> t.startsWith("15 To complete: the housing and husbandry conditions"))
                .anyMatch(t -> t.startsWith("3a To complete: the inclusion and exclusion criteria"))
                .anyMatch(t -> t.startsWith("14 To complete: the name of the ethical review body that approved "
                        + "protocol IACUC-DEMO-0001"))
                .anyMatch(t -> t.startsWith("21b To complete: all funding sources"))
                .anyMatch(t -> t.startsWith("7b To complete: how the assumptions of the comparisons with the control"));
        assertThat(paragraph(d, "7b ")).startsWith("7b The analyses checked their assumptions");
        assertThat(DocumentText.text(d)).contains("FST Immobility (s), two-way ANOVA at each timepoint: normality of "
                + "residuals, Shapiro-Wilk: no evidence against at every timepoint; equal variances, Levene");
        assertThat(open).as("the demo records species, hypothesis and protocol number").noneMatch(t -> t.contains(
                "> Species") || t.contains("> Hypothesis") || t.contains("> Protocol (ethics) number"));
        Study bare = demo();
        bare.setSpecies(null);
        bare.setHypothesis(" ");
        bare.setProtocolNumber(null);
        bare.setSampleSizeRationale(null);
        List<String> more = DocumentText.toComplete(report(bare)).stream().map(Paragraph::text).toList();
        assertThat(more).anyMatch(t -> t.startsWith("8a To complete: the species \u2014 enter it in Study design "
                + "editor > Study > Species")).anyMatch(t -> t.startsWith("13 To complete:") && t.contains(
                        "Study design editor > Study > Hypothesis")).anyMatch(t -> t.startsWith("2b To complete: how "
                                + "the sample size was decided") && t.endsWith("Sample size rationale."))
                .anyMatch(t -> t.startsWith("14 To complete:") && t.contains("Protocol (ethics) number"));
    }

    @Test
    void resultsGiveNMeanSdAndEffectsWithCiAndJournalStylePValues() throws Exception {
        Study study = demo();
        Document d = report(study);
        Table fst = DocumentText.tables(d, "FST Immobility (s): descriptive statistics").get(0);
        assertThat(fst.headers()).containsExactly("Arm", "Time", "n", "Mean (s)", "SD (s)", "SEM (s)");
        assertThat(fst.rows()).anySatisfy(r -> assertThat(r.subList(0, 3)).containsExactly("VEH+BCI", "2 wk", "19"));
        double mean = Studies.sessions(study).stream().filter(s -> s.getName().equals("FST 24 h")).flatMap(s -> s
                .getMeasurements().stream()).filter(m -> m.getMeasure().getName().equals("immobility") && m.getAnimal()
                        .getArm().getCode().equals("KET+BCI")).mapToDouble(Measurement::getValue).average()
                .orElseThrow();
        assertThat(fst.rows()).anySatisfy(r -> assertThat(r.subList(0, 4)).containsExactly("KET+BCI", "24 h", "20",
                String.format(java.util.Locale.ROOT, "%.1f", mean)));
        Table effects = DocumentText.tables(d, "FST Immobility (s): difference from VEH+VEH").get(0);
        assertThat(effects.rows()).hasSize(15);
        assertThat(effects.rows()).allSatisfy(r -> {
            assertThat(r.get(3)).matches("-?\\d+\\.\\d \\(-?\\d+\\.\\d to -?\\d+\\.\\d\\)");
            assertThat(r.get(5)).matches("< 0\\.001|> 0\\.99|0\\.\\d{1,4}");
        });
        assertThat(DocumentText.tables(d, "FST Immobility (s): two-way ANOVA (Ketamine \u00d7 BCI)")).hasSize(1);
        assertThat(DocumentText.tables(d, "NSF Latency to feed (s): each arm vs VEH+VEH (log-rank")).hasSize(1);
        assertThat(DocumentText.text(d)).contains("Differences from VEH+VEH with Sidak-adjusted p < 0.05: KET+VEH at "
                + "24 h and 1 wk (not at 2 wk, 4 wk and 8 wk)");
    }

    @Test
    void aRandomisedCohortIsReportedWithItsSeedFromTheAllocationRecord() throws Exception {
        Study study = demo();
        Cohort first = study.getCohorts().get(0);
        AllocationSettings settings = AllocationSettings.defaults(study, first).withStrata(List.of("sex", "weight:2"))
                .withSeed(20261206L).withUser("jdoe@lab-pc").withReason("the demo's arms are replaced by a recorded "
                        + "allocation");
        var plan = Randomiser.plan(study, settings);
        apply(plan::toCommand);
        Document d = report(study);
        String randomisation = paragraph(d, "4a ");
        assertThat(randomisation).contains("cohort " + first.getName() + " (n = 80)", "permuted-blocks v1, seed "
                + "20261206", "by jdoe@lab-pc", "strata: sex, body weight in 2 bands");
        List<String> open = DocumentText.toComplete(d).stream().map(Paragraph::text).toList();
        assertThat(open).anyMatch(t -> t.startsWith("4a To complete: how the animals of cohorts 24 h, 1 wk, 2 wk, 4 wk "
                + "and 8 wk were allocated"));
        assertThat(paragraph(d, "4b ")).contains("Cohort " + first.getName() + " was allocated by stratified "
                + "permuted-block randomisation (strata: sex, body weight in 2 bands; block size 4).");
        assertThat(paragraph(d, "5 ")).contains("were generated by Vivarium for cohort " + first.getName());
    }

    @Test
    void codedTreatmentsShowOnlyCodesAndNoComparison() throws Exception {
        Study study = demo();
        apply(TreatmentCodes.assign(study, 11, "coding for the test", "jdoe@lab-pc", LocalDateTime.of(2026, 12, 6, 8,
                0))::toCommand);
        Document d = report(study);
        List<String> lines = DocumentText.lines(d);
        String text = String.join("\n", lines.subList(2, lines.size())); // without the title and the study's title
        for (TreatmentArm arm : study.getArms()) {
            assertThat(text).doesNotContain(arm.getCode()).doesNotContain(arm.getLabel());
        }
        Table regimens = DocumentText.tables(d, "Dose regimens per arm").get(0);
        assertThat(regimens.rows()).extracting(r -> r.get(0)).containsOnly("A", "B", "C", "D");
        assertThat(regimens.rows()).extracting(r -> r.get(1)).allMatch(c -> c.startsWith("Solution "));
        assertThat(regimens.rows()).extracting(r -> r.get(2)).containsOnly("coded");
        Table allocated = DocumentText.tables(d, "Animals allocated per arm and cohort").get(0);
        assertThat(allocated.headers()).containsExactly("Cohort", "A", "B", "C", "D", "Total");
        Table fst = DocumentText.tables(d, "FST Immobility (s): descriptive statistics").get(0);
        assertThat(fst.rows()).extracting(r -> r.get(0)).containsOnly("A", "B", "C", "D");
        assertThat(DocumentText.tables(d, "FST Immobility (s): difference")).isEmpty();
        assertThat(DocumentText.tables(d, "FST Immobility (s): two-way ANOVA")).isEmpty();
        assertThat(text).contains("The treatments of this study are coded and the code has not been broken");
        assertThat(paragraph(d, "5 ")).contains("Treatments were coded (arms A-D, Solution A-D)");
    }

    @Test
    void aRandomisedCodedStudyGivesTheSeedButNotTheArmsInAllocationOrder() throws Exception {
        Study study = demo();
        Cohort first = study.getCohorts().get(0);
        var plan = Randomiser.plan(study, AllocationSettings.defaults(study, first).withSeed(99L).withReason("test"));
        apply(plan::toCommand);
        apply(TreatmentCodes.assign(study, 5, "coding", "jdoe@lab-pc", LocalDateTime.of(2026, 12, 6, 9, 0))::toCommand);
        String randomisation = paragraph(report(study), "4a ");
        assertThat(randomisation).contains("to 4 coded arms (equal numbers)", "seed 99");
        for (TreatmentArm arm : study.getArms()) {
            assertThat(randomisation).doesNotContain(arm.getCode());
        }
    }

    @Test
    void aSmallStudyWithoutMostRecordsStillGivesEveryItem() throws Exception {
        Study study = TestStudies.small();
        Document d = report(study);
        assertThat(DocumentText.headings(d, 2)).hasSize(21);
        assertThat(DocumentText.tables(d, "FST Immobility (s): descriptive statistics").get(0).rows()).containsExactly(
                List.of("VEH", "24 h", "2", "155.0", "7.1", "5.0"), List.of("KET", "24 h", "2", "95.0", "7.1", "5.0"));
        assertThat(paragraph(d, "3b ")).isEqualTo("3b No animals, experimental units or data points were excluded.");
        List<String> open = DocumentText.toComplete(d).stream().map(Paragraph::text).toList();
        assertThat(open).anyMatch(t -> t.startsWith("4a To complete: whether randomisation was used"))
                .anyMatch(t -> t.startsWith("8a To complete: the age of the animals"));
        assertThat(paragraph(d, "8a ")).startsWith("8a Species: Mus musculus, strain C57BL/6J. Sex: 2 female, 2 male.");
        study.getArms().forEach(a -> a.setControl(false));
        study.getCohorts().get(0).setName(null);
        Document noControl = report(study);
        assertThat(DocumentText.toComplete(noControl)).extracting(Paragraph::text).anyMatch(t -> t.startsWith(
                "1a To complete: the control group")).anyMatch(t -> t.startsWith("10b To complete: the effect sizes"));
        assertThat(DocumentText.tables(noControl, "FST Immobility (s): difference")).isEmpty();
    }

    @Test
    void aStudyWithNothingToReportIsRefusedAndCancellingStops() {
        Study empty = Studies.newStudy("EMPTY.vivarium", "Nothing yet");
        assertThatThrownBy(() -> report(empty)).isInstanceOf(PublishException.class).hasMessage(
                "study EMPTY has no arms and no animals yet: there is nothing to report");
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThatThrownBy(() -> ArriveReport.build(demo(), cancelled)).isInstanceOf(
                OperationCanceledException.class);
    }

    @Test
    void pValuesAreFormattedAsJournalsDo() {
        assertThat(Formats.pValue(0.0004)).isEqualTo("< 0.001");
        assertThat(Formats.pValue(0.001)).isEqualTo("0.0010");
        assertThat(Formats.pValue(0.0342)).isEqualTo("0.034");
        assertThat(Formats.pValue(0.0496)).isEqualTo("0.0496");
        assertThat(Formats.pValue(0.12345)).isEqualTo("0.12");
        assertThat(Formats.pValue(0.996)).isEqualTo("> 0.99");
        assertThat(Formats.p(0.0002)).isEqualTo("p < 0.001");
        assertThat(Formats.p(0.21)).isEqualTo("p = 0.21");
    }

    private static String paragraph(Document d, String start) {
        return d.blocks().stream().filter(b -> b instanceof Paragraph p && p.style() == Paragraph.Style.NORMAL && p
                .text().startsWith(start)).map(b -> ((Paragraph) b).text()).findFirst().orElseThrow(
                        () -> new AssertionError("no paragraph starting with '" + start + "'"));
    }
}

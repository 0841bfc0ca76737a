package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.entry.EntryRow;
import org.vivarium.core.entry.EntrySheet;
import org.vivarium.core.schedule.Schedule;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * While the demo's treatments are coded, whoever doses and enters data sees codes only: the entry sheet's arms, the
 * dosing round's compounds and doses (mL/kg, volumes unchanged), the agenda's dosing titles and the study summary;
 * after an unblinding (of the study, or of one cohort for that cohort) the real arms and compounds again.
 */
class CodedTreatmentsViewsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDateTime NINE = TODAY.atTime(9, 0);
    private static final LocalDateTime AT = TODAY.atTime(7, 30);
    private final Study demo = DemoStudy.generate(42, TODAY);
    private final Cohort oneHour = demo.getCohorts().get(0);
    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            stack);

    private void code() {
        TreatmentCodes.Plan plan = TreatmentCodes.assign(demo, 11, "test", "tech", AT);
        assertThat(plan.problems()).isEmpty();
        stack.execute(plan.toCommand(domain));
    }

    private void unblind(Cohort cohortOrNull) {
        stack.execute(Unblinding.command(domain, demo, cohortOrNull, "analysis", "pi", AT.plusHours(1)));
    }

    /** Every real arm code and label and compound name of the demo. */
    private List<String> realNames() {
        List<String> names = new ArrayList<>();
        for (TreatmentArm a : demo.getArms()) {
            names.add(a.getCode());
            names.add(a.getLabel());
        }
        demo.getCompounds().forEach(c -> names.add(c.getName()));
        return names;
    }

    @Test
    void entrySheetShowsArmCodesWhileCodedAlsoInSessionsThatAreNotBlinded() {
        AssaySession fst = EntrySheetTest.session(demo, "FST 1 wk");
        fst.setBlinded(false);
        AssaySession spt = EntrySheetTest.session(demo, "SPT 1 wk"); // one row per cage
        code();
        EntrySheet animals = EntrySheet.of(fst);
        EntrySheet cages = EntrySheet.of(spt);
        assertThat(animals.revealed()).isFalse();
        for (EntryRow r : animals.rows()) {
            Animal a = (Animal) r.unit();
            assertThat(r.arm()).isEqualTo(a.getArm().getBlindedCode()).isIn("A", "B", "C", "D");
            assertThat(r.name()).isEqualTo(a.getId());
        }
        for (EntryRow r : cages.rows()) {
            assertThat(r.arm()).isEqualTo(((Cage) r.unit()).getAnimals().get(0).getArm().getBlindedCode());
        }
        assertThat(animals.rows()).extracting(EntryRow::arm).doesNotContainAnyElementsOf(realNames());

        assertThat(animals.refreshCoding()).as("nothing changed").isFalse();
        unblind(fst.getCohort());
        assertThat(animals.refreshCoding()).isTrue();
        assertThat(cages.refreshCoding()).isTrue();
        assertThat(animals.rows()).allMatch(r -> r.arm().equals(((Animal) r.unit()).getArm().getCode()));
        assertThat(cages.rows()).allMatch(r -> r.arm().equals(((Cage) r.unit()).getAnimals().get(0).getArm()
                .getCode()));
        EntrySheet otherCohort = EntrySheet.of(EntrySheetTest.session(demo, "SPT 2 wk"));
        assertThat(otherCohort.rows()).as("unblinding one cohort leaves the others coded")
                .allMatch(r -> r.arm().length() == 1);
        stack.undo();
        assertThat(animals.refreshCoding()).isTrue();
        assertThat(animals.row(0).arm()).hasSize(1);
    }

    @Test
    void blindedSessionsStayWithoutArmsWhenCoded() {
        code();
        EntrySheet sheet = EntrySheet.of(EntrySheetTest.session(demo, "FST 1 h"));
        assertThat(sheet.rows()).allMatch(r -> r.arm().isEmpty() && r.cage().isEmpty());
        unblind(null);
        sheet.refreshCoding();
        assertThat(sheet.rows()).as("a blinded session shows no arms, unblinded or not")
                .allMatch(r -> r.arm().isEmpty());
    }

    @Test
    void doseRoundNamesCompoundsByCodeAndDosesInMlPerKgWithTheSameVolumes() {
        List<Double> volumes = DoseRound.of(oneHour, NINE).lines().stream().map(l -> l.volume().volumeMl()).toList();
        code();
        Compound ketamine = compound("Ketamine");
        Compound saline = compound("Saline");
        DoseRound round = DoseRound.of(oneHour, NINE);
        assertThat(round.revealed()).isFalse();
        assertThat(round.compounds()).isEqualTo(String.join(", ", List.of(ketamine.getBlindedCode(),
                saline.getBlindedCode()).stream().sorted().toList()));
        Set<String> doses = new HashSet<>();
        for (DoseLine l : round.lines()) {
            doses.add(l.dose());
            assertThat(l.dose()).isEqualTo(l.regimen().getCompound().getBlindedCode() + " 10 mL/kg i.p. at 0 h");
        }
        assertThat(doses).hasSize(2);
        assertThat(String.join(" ", doses) + round.compounds()).doesNotContain("mg/kg")
                .doesNotContain(realNames().toArray(String[]::new));
        assertThat(round.lines().stream().map(l -> l.volume().volumeMl()).toList()).isEqualTo(volumes);

        Compound bci = compound("BCI");
        bci.setStockConcentrationMgPerMl(0); // a problem names the compound too: by its code
        DoseLine noStock = DoseRound.of(oneHour, NINE.plusMinutes(30)).lines().stream()
                .filter(l -> l.regimen().getCompound() == bci).findFirst().orElseThrow();
        assertThat(noStock.warning()).isEqualTo("no stock concentration for " + bci.getBlindedCode() + " (mg/mL)");
        assertThat(noStock.dose()).isEqualTo(bci.getBlindedCode() + " ? mL/kg i.p. at +30 min");
        bci.setStockConcentrationMgPerMl(1);

        unblind(null);
        round = DoseRound.of(oneHour, NINE);
        assertThat(round.revealed()).isTrue();
        assertThat(round.compounds()).isEqualTo("Ketamine, Saline");
        assertThat(round.lines()).allMatch(l -> l.dose().equals(Labels.regimen(l.regimen())));
        assertThat(round.lines()).anyMatch(l -> l.dose().equals("Ketamine 10 mg/kg i.p. at 0 h"));
    }

    @Test
    void agendaNamesTheCompoundsOfADosingRoundByCode() {
        code();
        List<String> titles = Schedule.items(demo).stream().filter(i -> i.kind() == ScheduledItem.Kind.DOSING)
                .map(ScheduledItem::title).toList();
        String ket = compound("Ketamine").getBlindedCode();
        String saline = compound("Saline").getBlindedCode();
        String first = ket.compareTo(saline) < 0 ? ket + ", " + saline : saline + ", " + ket;
        assertThat(titles).contains("Dosing cohort 1 h at 0 h: 80 animals (" + first + ")");
        assertThat(String.join("\n", titles)).doesNotContain(realNames().toArray(String[]::new));

        unblind(oneHour);
        assertThat(Schedule.items(demo)).extracting(ScheduledItem::title)
                .contains("Dosing cohort 1 h at 0 h: 80 animals (Ketamine, Saline)")
                .contains("Dosing cohort 24 h at 0 h: 80 animals (" + first + ")");
    }

    @Test
    void studySummaryCountsAnimalsByArmCodeInCodeOrderUntilTheStudyIsUnblinded() {
        assertThat(StudySummary.of(demo).armsCoded()).isFalse();
        code();
        StudySummary coded = StudySummary.of(demo);
        assertThat(coded.armsCoded()).isTrue();
        assertThat(coded.animalsByArm()).containsExactly(java.util.Map.entry("A", 120), java.util.Map.entry("B", 120),
                java.util.Map.entry("C", 120), java.util.Map.entry("D", 120));
        unblind(oneHour);
        assertThat(StudySummary.of(demo).armsCoded()).as("one cohort unblinded: the study is still coded").isTrue();
        unblind(null);
        assertThat(StudySummary.of(demo).animalsByArm().keySet()).containsExactly("VEH+VEH", "KET+VEH", "VEH+BCI",
                "KET+BCI");
    }

    @Test
    void demoBlindCodesAreWhatVivariumGenerates() {
        List<String> codes = Studies.animals(demo).stream().map(Animal::getBlindCode).toList();
        assertThat(codes).hasSize(480).doesNotHaveDuplicates().allMatch(BlindCodes::isCode)
                .allMatch(c -> c.length() == BlindCodes.MIN_LENGTH);
        assertThat(Studies.animals(DemoStudy.generate(42, TODAY)).stream().map(Animal::getBlindCode).toList())
                .isEqualTo(codes);
        assertThat(Studies.animals(DemoStudy.generate(7, TODAY)).stream().map(Animal::getBlindCode).toList())
                .isNotEqualTo(codes);
    }

    private Compound compound(String name) {
        return demo.getCompounds().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow();
    }
}

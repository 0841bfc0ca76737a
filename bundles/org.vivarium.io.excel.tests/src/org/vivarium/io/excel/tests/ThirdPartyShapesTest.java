package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.study.StandardAssays;
import org.vivarium.core.study.StandardRoutes;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/**
 * Files in the shapes of published lab data (the third-party files in the shared test data: ovx2016 forced swim and
 * open field, behaviopy forced swim bins, sucrose preference and timetable), made here so that the tests do not depend
 * on them; imported into a study made like {@code vivarium new}, with a mapping and the create option.
 */
class ThirdPartyShapesTest {

    @TempDir
    Path dir;

    private static final ImportOptions CREATE = ImportOptions.DEFAULT.withCreate(true);

    /** A study as {@code vivarium new} makes it: standard routes and assays, nothing else. */
    static Study fresh() {
        Study s = VivariumFactory.eINSTANCE.createStudy();
        s.setId("NEW-1");
        s.setTitle("New");
        StandardRoutes.addTo(s);
        StandardAssays.addTo(s);
        return s;
    }

    private ImportMapping mapping(String json) throws Exception {
        return MappingFiles.read(Workbooks.csv(dir.resolve("m.json"), json));
    }

    static final String OVX_MAPPING = """
            {"format": "vivarium-import-mapping", "version": 1,
             "defaults": {"assay": "FST", "sex": "female"},
             "columns": [
               {"header": "BATCH", "role": "ignore"},
               {"header": "PctImb", "measure": "FST.immobilityPct",
                "create": {"label": "Immobility", "unit": "%", "minimum": 0, "maximum": 100}}]}
            """;

    @Test
    void ovxForcedSwimResultsCreateStrainCohortsArmsSessionsAndAMeasure() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("FST.csv"), "BATCH,ANIMAL.ID,STRAIN,TREATMENT,PctImb\n"
                + "2,24,C57BL/6J,OVX,32.6359828\n2,26,CBA/J,OVX,1.170894733\n10.2,27,CBA/J,SHAM,13.19018369\n"
                + "10.3,23,C57BL/6J,SHAM,40.48549126\n");
        Study study = fresh();
        ImportPlan plan = Imports.apply(csv, study, mapping(OVX_MAPPING), CREATE);
        assertThat(plan.summary()).isEqualTo("0 already present, 4 added; created 2 arms, 2 cohorts, 4 animals, "
                + "2 sessions, 1 measure; the new animals have no cage yet (assign cages in the study design before dosing)");
        assertThat(study.getCohorts()).extracting(Cohort::getName, Cohort::getStrain, Cohort::getSex).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C57BL/6J", "C57BL/6J", Sex.FEMALE),
                org.assertj.core.groups.Tuple.tuple("CBA/J", "CBA/J", Sex.FEMALE));
        assertThat(study.getArms()).extracting(TreatmentArm::getCode, TreatmentArm::isControl).containsExactly(
                org.assertj.core.groups.Tuple.tuple("OVX", false), org.assertj.core.groups.Tuple.tuple("SHAM", true));
        assertThat(Imports.value(study, "FST C57BL/6J", "23", "immobilityPct").getValue()).isEqualTo(40.48549126);
        assertThat(Studies.findAnimal(study, "27").getArm().getCode()).isEqualTo("SHAM");
        assertThat(Imports.plan(csv, study, mapping(OVX_MAPPING), CREATE).summary())
                .isEqualTo("4 already present, 0 added");
    }

    @Test
    void ovxBatchesAsCohortsMixStrainsAndSaySo() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("FST.csv"), "BATCH,ANIMAL.ID,STRAIN,TREATMENT,PctImb\n"
                + "2,24,C57BL/6J,OVX,32.6\n2,26,CBA/J,OVX,1.1\n");
        ImportPlan plan = Imports.plan(csv, fresh(), mapping(OVX_MAPPING.replace("\"role\": \"ignore\"",
                "\"role\": \"cohort\"")), CREATE);
        assertThat(plan.problems()).extracting(Object::toString).containsExactly(csv + ":FST!C3: strain 'CBA/J' "
                + "differs from strain C57BL/6J of cohort 2; a cohort has one strain (leave the cohort column unmapped "
                + "to get a cohort per strain)");
    }

    @Test
    void ovxOpenFieldWithOneStandardAndOneNewMeasure() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("OF.csv"), "BATCH,ANIMAL.ID,STRAIN,TREATMENT,TotDist,MovTime,VMovNo,"
                + "MrgDist,CtrDist,PctCenter\n2,23,C57BL/6J,SHAM,1886,192.4,52,1359,528,10.2167\n"
                + "2,25,CBA/J,SHAM,736,97.6,0,670,67,9.5\n");
        Study study = fresh();
        ImportPlan plan = Imports.apply(csv, study, mapping("""
                {"defaults": {"assay": "OFT", "sex": "female"}, "autoDetect": true,
                 "columns": [{"header": "BATCH", "role": "ignore"},
                   {"header": "TotDist", "measure": "OFT.distance", "unit": "cm"},
                   {"header": "PctCenter", "measure": "OFT.centrePct",
                    "create": {"label": "Centre time", "unit": "%", "minimum": 0, "maximum": 100}}]}
                """), CREATE);
        assertThat(plan.summary()).isEqualTo("0 already present, 4 added; created 1 arm, 2 cohorts, 2 animals, "
                + "2 sessions, 1 measure; the new animals have no cage yet (assign cages in the study design before dosing)");
        assertThat(Imports.value(study, "OFT CBA/J", "25", "distance").getValue()).isEqualTo(736);
    }

    @Test
    void behaviopyForcedSwimBinsWithAnIndexColumnAndAFilter() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("forcedswim_bins.csv"), ",Identifier,Immobility Ratio,"
                + "Interval [minutes],Treatment\n77,77,0.644160033895,2 to 6,Control\n32,32,0.79046622316,2 to 4,"
                + "Control\n50,50,0.350173474316,2 to 6,Fluoxetine\n32,32,0.804541422161,2 to 6,Control\n");
        Study study = fresh();
        ImportPlan plan = Imports.apply(csv, study, mapping("""
                {"defaults": {"assay": "FST"},
                 "columns": [{"header": "Immobility Ratio", "measure": "FST.immobilityPct", "unit": "fraction",
                    "create": {"label": "Immobility", "unit": "%", "minimum": 0, "maximum": 100}}],
                 "where": {"Interval [minutes]": ["2 to 6"]}}
                """), CREATE);
        assertThat(plan.summary()).isEqualTo("0 already present, 3 added; created 2 arms, 1 cohort, 3 animals, "
                + "1 session, 1 measure; the new animals have no cage yet (assign cages in the study design before dosing)");
        assertThat(plan.sheets().get(0).filteredRows()).isEqualTo(1);
        assertThat(Imports.value(study, "FST forcedswim_bins", "32", "immobilityPct").getValue()).isCloseTo(
                80.4541422161, within(1e-9));
    }

    @Test
    void behaviopySucrosePreferencePerCageAndPeriod() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("sucrosepreference.csv"), ",Cage ID,Period [days],"
                + "Sucrose Bottle Position,Sucrose Concentration,Sucrose Preference Ratio,Treatment\n"
                + "32,32,0 to 2,left,1.0,0.7,Fluoxetine\n32,32,2 to 4,right,1.0,0.729032258065,Fluoxetine\n"
                + "33,33,0 to 2,left,1.0,0.756097560976,Fluoxetine\n");
        Study study = fresh();
        ImportPlan plan = Imports.apply(csv, study, mapping("""
                {"defaults": {"assay": "SPT"},
                 "columns": [{"header": "Period [days]", "role": "session"},
                   {"header": "Sucrose Preference Ratio", "measure": "SPT.preference", "unit": "fraction"},
                   {"header": "Treatment", "role": "ignore"}]}
                """), CREATE);
        assertThat(plan.summary()).isEqualTo("0 already present, 3 added; created 1 cohort, 2 cages, 2 sessions");
        assertThat(Imports.value(study, "2 to 4", "32", "preference").getValue()).isCloseTo(72.9032258065,
                within(1e-9));
    }

    @Test
    void aRosterCompletesAnimalsThatLackACageWithoutTouchingWhatTheyHave() throws Exception {
        Path bins = Workbooks.csv(dir.resolve("fst.csv"), ",Identifier,Immobility Ratio,Treatment\n"
                + "0,77,0.64,Control\n1,32,0.79,Fluoxetine\n");
        Study study = fresh();
        Imports.apply(bins, study, mapping("""
                {"defaults": {"assay": "FST"}, "columns": [{"header": "Immobility Ratio",
                 "measure": "FST.ratio", "unit": "fraction", "create": {"unit": "%", "minimum": 0, "maximum": 100}}]}
                """), CREATE);
        Path roster = Workbooks.csv(dir.resolve("cages.csv"), "Animal,Cage,Sex,Treatment\n77,40,F,Control\n"
                + "32,41,,Control\n");
        ImportPlan plan = Imports.plan(roster, study, ImportMapping.AUTOMATIC, CREATE);
        assertThat(plan.problems()).extracting(Object::toString).containsExactly(roster + ":cages!D3: animal 32 is "
                + "in arm Fluoxetine, not in 'Control'");
        Path fixed = Workbooks.csv(dir.resolve("cages2.csv"), "Animal,Cage,Sex\n77,40,F\n32,41,\n");
        plan = Imports.apply(fixed, study, ImportMapping.AUTOMATIC, CREATE);
        assertThat(plan.summary()).isEqualTo("0 already present, 0 added; created 2 cages; completed 2 existing "
                + "animals (cage, arm, sex or date of birth they lacked)");
        assertThat(Studies.findAnimal(study, "77").getCage().getLabel()).isEqualTo("40");
        assertThat(Studies.findAnimal(study, "77").getSex()).isEqualTo(Sex.FEMALE);
        assertThat(Studies.findAnimal(study, "32").getSex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void behaviopyTimetableAsARoster() throws Exception {
        Path csv = Workbooks.csv(dir.resolve("timetable.csv"), ",Animal_id,Treatment_id,Treatment_start_date,"
                + "Treatment_end_date,Cage_id,SucrosePreferenceMeasurement_date\n"
                + "0,78,14,2017-01-31 00:00:00,2017-12-26 00:00:00,40,\n"
                + "1,78,14,2017-01-31 00:00:00,2017-12-26 00:00:00,40,\n"
                + "2,81,13,2017-01-31 00:00:00,2017-12-26 00:00:00,41,\n");
        Study study = fresh();
        ImportPlan plan = Imports.apply(csv, study, ImportMapping.AUTOMATIC, CREATE);
        assertThat(plan.summary()).isEqualTo("0 already present, 0 added; created 2 arms, 1 cohort, 2 cages, "
                + "2 animals");
        Animal a = Studies.findAnimal(study, "81");
        assertThat(a.getCage().getLabel()).isEqualTo("41");
        assertThat(a.getArm().getCode()).isEqualTo("13");
        assertThat(List.of(Imports.plan(csv, study, ImportMapping.AUTOMATIC, CREATE).isEmpty())).containsExactly(true);
    }
}

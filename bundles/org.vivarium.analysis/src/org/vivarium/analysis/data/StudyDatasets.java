package org.vivarium.analysis.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Extracts a {@link Dataset} from a study: every measurement of an assay (one measure or all) as a tidy row with the
 * experimental unit (the animal, or the cage when the assay's unit is {@link ExperimentalUnit#CAGE}), its arm and the
 * arm's factors, sex, cohort and time since dose.
 * <p>
 * Factors: {@code arm} (arm codes in study order, control = the control arm), {@code sex}, {@code cohort},
 * {@code time} (e.g. "24 h", in hours order), and one factor per non-placebo compound given in any arm, named after
 * the compound (e.g. {@code Ketamine}) with the levels {@code no} (control) and the dose given (e.g.
 * {@code 10 mg/kg}).
 * <p>
 * Left out and recorded as {@link Exclusion}s: measurements marked excluded, values of animals whose status is not
 * ACTIVE, cage values of cages that house several arms, and values without an experimental unit.
 * <p>
 * <b>Not API for plug-ins</b> (noreference): Vivarium's hosts (command line, workbench) call it to build the
 * {@link Dataset} an analysis receives. Its parameters are study-model types ({@code org.vivarium.model}), which a
 * plug-in requiring only {@code org.vivarium.analysis} cannot see and which carry no compatibility promise. An
 * analysis gets its dataset from the host; tests may call this with the demo study, accepting that the model may
 * change between releases (or build datasets with {@link Dataset#builder} or {@link CsvDatasets}). It stays public in
 * this package because API 1.0 had it here.
 */
public final class StudyDatasets {

    /** Level of a compound factor for arms that do not receive the compound. */
    public static final String NOT_GIVEN = "no";

    private StudyDatasets() {
    }

    /**
     * The dataset of one measure of an assay, or of all its measures when {@code measure} is null.
     *
     * @param assayCode assay code, e.g. FST (case-insensitive)
     * @throws DatasetException naming the unknown assay or measure and what the study has
     */
    public static Dataset extract(Study study, String assayCode, String measure) throws DatasetException {
        AssayDefinition assay = Studies.findAssay(study, assayCode);
        if (assay == null) {
            throw new DatasetException(Labels.of(study) + " has no assay '" + assayCode + "' (assays: "
                    + study.getAssays().stream().map(AssayDefinition::getCode).toList() + ")");
        }
        MeasureDefinition only = null;
        if (measure != null) {
            only = assay.getMeasures().stream().filter(m -> m.getName().equalsIgnoreCase(measure)).findFirst()
                    .orElseThrow(() -> new DatasetException(Labels.of(assay) + " has no measure '" + measure
                            + "' (measures: " + assay.getMeasures().stream().map(MeasureDefinition::getName).toList()
                            + ")"));
        }
        return new Extraction(study, assay, only).run();
    }

    /** The compound factors of a study's arms: compound name to (arm code to level). */
    public static Map<String, Map<String, String>> compoundFactors(Study study) {
        Map<String, Map<String, String>> factors = new LinkedHashMap<>();
        for (TreatmentArm arm : study.getArms()) {
            for (DoseRegimen r : arm.getRegimens()) {
                Compound c = r.getCompound();
                if (c != null && !c.isPlacebo()) {
                    factors.computeIfAbsent(c.getName(), k -> new LinkedHashMap<>());
                }
            }
        }
        for (Map.Entry<String, Map<String, String>> f : factors.entrySet()) {
            for (TreatmentArm arm : study.getArms()) {
                double dose = 0;
                boolean given = false;
                for (DoseRegimen r : arm.getRegimens()) {
                    if (r.getCompound() != null && f.getKey().equals(r.getCompound().getName())) {
                        dose += r.getDoseMgPerKg();
                        given = true;
                    }
                }
                f.getValue().put(arm.getCode(), given ? Labels.number(dose) + " mg/kg" : NOT_GIVEN);
            }
        }
        return factors;
    }

    /** One extraction run. */
    private static final class Extraction {
        private final Study study;
        private final AssayDefinition assay;
        private final MeasureDefinition only;
        private final boolean byCage;
        private final Map<String, Map<String, String>> compounds;
        private final Dataset.Builder builder = Dataset.builder();
        private final TreeMap<Double, String> times = new TreeMap<>();

        Extraction(Study study, AssayDefinition assay, MeasureDefinition only) {
            this.study = study;
            this.assay = assay;
            this.only = only;
            this.byCage = assay.getUnit() == ExperimentalUnit.CAGE;
            this.compounds = compoundFactors(study);
        }

        Dataset run() {
            builder.source(Labels.of(study) + ", assay " + assay.getCode()).assayKind(assay.getKind().getName())
                    .unitKind(byCage ? "cage" : "animal");
            for (MeasureDefinition m : assay.getMeasures()) {
                if (only == null || only == m) {
                    builder.measure(new Dataset.MeasureInfo(m.getName(), m.getLabel(), m.getUnit(),
                            m.getCensoringCutoff()), m.isPrimary());
                }
            }
            declareFactors();
            for (AssaySession s : assay.getSessions()) {
                times.put(s.getTimeFromDoseHours(), Time.sinceDose(s.getTimeFromDoseHours()));
            }
            builder.factor(Dataset.TIME, new ArrayList<>(times.values()));
            for (AssaySession s : assay.getSessions()) {
                for (Measurement m : s.getMeasurements()) {
                    if (m.getMeasure() != null && (only == null || only == m.getMeasure())) {
                        row(s, m);
                    }
                }
            }
            return builder.build();
        }

        private void declareFactors() {
            builder.factor(Dataset.ARM, study.getArms().stream().map(TreatmentArm::getCode).toList());
            TreatmentArm control = Studies.controlArm(study);
            if (control != null) {
                builder.control(Dataset.ARM, control.getCode());
            }
            builder.factor(Dataset.SEX, List.of("FEMALE", "MALE", "MIXED", "UNKNOWN"));
            builder.factor(Dataset.COHORT, study.getCohorts().stream().map(Cohort::getName).toList());
            for (Map.Entry<String, Map<String, String>> c : compounds.entrySet()) {
                TreeSet<String> doses = new TreeSet<>((a, b) -> Double.compare(dose(a), dose(b)));
                doses.addAll(c.getValue().values());
                builder.factor(c.getKey(), new ArrayList<>(doses)).control(c.getKey(), NOT_GIVEN);
            }
        }

        private static double dose(String level) {
            return level.equals(NOT_GIVEN) ? -1 : Double.parseDouble(level.substring(0, level.indexOf(' ')));
        }

        private void row(AssaySession s, Measurement m) {
            String where = Labels.of(s) + ", " + m.getMeasure().getName();
            Animal animal = m.getAnimal();
            Cage cage = m.getCage();
            if (animal == null && cage == null) {
                builder.exclude(new Exclusion("(no unit)", where, "no experimental unit",
                        "value without animal or cage"));
                return;
            }
            String unit = animal != null ? animal.getId() : cage.getLabel();
            List<Animal> animals = animal != null ? List.of(animal) : cage.getAnimals();
            TreatmentArm arm = Studies.commonArm(animals);
            if (arm == null) {
                builder.exclude(new Exclusion(unit, where, "no single arm",
                        animals.isEmpty() ? "the cage houses no animals" : "the cage houses animals of several arms"));
                return;
            }
            if (m.isExcluded()) {
                builder.exclude(new Exclusion(unit, where, "measurement excluded", m.getExclusionReason()));
                return;
            }
            if (animal != null && animal.getStatus() != AnimalStatus.ACTIVE) {
                builder.exclude(new Exclusion(unit, where, "animal " + animal.getStatus().getName(),
                        animal.getStatusReason()));
                return;
            }
            Map<String, String> levels = new LinkedHashMap<>();
            levels.put(Dataset.ARM, arm.getCode());
            levels.put(Dataset.SEX, commonSex(animals));
            Cohort cohort = s.getCohort() != null ? s.getCohort() : Studies.cohortOf(animals.get(0));
            levels.put(Dataset.COHORT, cohort == null ? "" : cohort.getName());
            levels.put(Dataset.TIME, Time.sinceDose(s.getTimeFromDoseHours()));
            for (Map.Entry<String, Map<String, String>> c : compounds.entrySet()) {
                levels.put(c.getKey(), c.getValue().get(arm.getCode()));
            }
            builder.add(new Observation(unit, m.getMeasure().getName(), levels, s.getTimeFromDoseHours(),
                    m.getValue(), m.isCensored()));
        }

        private static String commonSex(List<Animal> animals) {
            String sex = null;
            for (Animal a : animals) {
                String s = a.getSex().getName();
                if (sex != null && !sex.equals(s)) {
                    return "MIXED";
                }
                sex = s;
            }
            return sex == null ? "UNKNOWN" : sex;
        }
    }
}

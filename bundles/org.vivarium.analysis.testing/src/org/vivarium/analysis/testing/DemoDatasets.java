package org.vivarium.analysis.testing;

import java.time.LocalDate;

import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;
import org.vivarium.analysis.data.StudyDatasets;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.model.Study;

/**
 * The bundled demo study (the 2x2 Vehicle/Ketamine x Vehicle/BCI study of {@code ./vivarium demo}) as datasets, the
 * same every time: seed {@value #SEED}, as of {@link #DAY}. Its assays are FST (measures {@code immobility},
 * {@code latency}), NSF ({@code latency}, censored at 600 s), SPT ({@code sucrose}, {@code water}; the cage is the
 * unit) and body weight; factors {@code arm} (control VEH+VEH), {@code sex}, {@code cohort}, {@code time} ("1 h",
 * "24 h", "1 wk", ...) and one per compound ({@code Ketamine}, {@code BCI}: "no" or the dose).
 */
public final class DemoDatasets {

    /** The seed of the demo study used here. */
    public static final long SEED = 3;
    /** The day the demo study is generated for (its 1 h cohort is dosed that day). */
    public static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private DemoDatasets() {
    }

    /** A new copy of the demo study (tests may change it). */
    public static Study study() {
        return DemoStudy.generate(SEED, DAY);
    }

    /** All measures of one assay of the demo study, e.g. {@code dataset("FST")}. */
    public static Dataset dataset(String assay) {
        return dataset(assay, null);
    }

    /**
     * One measure of one assay of the demo study, e.g. {@code dataset("FST", "immobility")}; a null measure means
     * all measures of the assay.
     *
     * @throws IllegalArgumentException naming the assay or measure when the demo study has no such data
     */
    public static Dataset dataset(String assay, String measure) {
        try {
            return StudyDatasets.extract(study(), assay, measure);
        } catch (DatasetException e) {
            throw new IllegalArgumentException("demo study: " + e.getMessage(), e);
        }
    }
}

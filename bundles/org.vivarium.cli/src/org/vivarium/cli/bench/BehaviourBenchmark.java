package org.vivarium.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.StandardAssays;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.bench.EthoVisionWorkbooks;
import org.vivarium.io.excel.bench.PoiBaseline;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;

/**
 * The behaviour case of {@code bench import} (also {@code bench import-behaviour}): a folder of 100 EthoVision XT raw
 * workbooks (one trial each, 6 minutes at 25 samples per second) imported into a study's FST session with immobility
 * and latency computed from the tracks (read, score, plan, apply, save), next to a bare POI streaming read of the
 * same files.
 */
public final class BehaviourBenchmark implements Benchmark {

    private static final int FILES = 100;
    private static final int SAMPLES = 6 * 60 * 25 + 1;
    private static final double GOAL_RATIO = 1.5;

    @Override
    public String name() {
        return "import-behaviour";
    }

    @Override
    public String description() {
        return "import 100 EthoVision XT raw workbooks (6 min at 25 samples/s) with immobility computed vs a bare POI "
                + "streaming read of them";
    }

    @Override
    public boolean run(PrintStream out, boolean quick) throws Exception {
        Path dir = Files.createTempDirectory("vivarium-bench-behaviour");
        try {
            return measure(out, dir, quick ? FILES / 10 : FILES, quick ? 1 : 3);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static boolean measure(PrintStream out, Path dir, int files, int rounds) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fst"));
        Study study = study(files);
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create("pristine.vivarium", study).close();
        long bytes = 0;
        for (int i = 0; i < files; i++) {
            bytes += Files.size(EthoVisionWorkbooks.write(folder.resolve(String.format("trial%03d.xlsx", i + 1)),
                    animal(i), SAMPLES, i + 1));
        }
        out.printf("files: %d EthoVision XT raw workbooks of %,d samples (%.1f MB)%n", files, SAMPLES, bytes / 1e6);
        double bare = Double.MAX_VALUE;
        double vivarium = Double.MAX_VALUE;
        String summary = "";
        ImportMapping mapping = new ImportMapping(null, null, true, Map.of(ColumnRole.SESSION, "FST"), List.of(),
                Map.of(), Set.of());
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            try (Stream<Path> s = Files.list(folder)) {
                for (Path p : s.sorted().toList()) {
                    PoiBaseline.read(p);
                }
            }
            bare = Math.min(bare, (System.nanoTime() - t0) / 1e9);
            Path file = dir.resolve("bench.vivarium");
            Files.copy(dir.resolve("pristine.vivarium"), file, StandardCopyOption.REPLACE_EXISTING);
            long t1 = System.nanoTime();
            try (OpenStudy open = store.open("bench.vivarium")) {
                ImportPlan plan = BehaviourImport.open(folder).plan(open.study(), mapping, ImportOptions.DEFAULT,
                        new NullProgressMonitor());
                if (plan.hasProblems()) {
                    out.println("problems: " + plan.problems().subList(0, Math.min(3, plan.problems().size())));
                    return false;
                }
                plan.applyTo(open.study());
                open.save();
                summary = plan.summary();
            }
            vivarium = Math.min(vivarium, (System.nanoTime() - t1) / 1e9);
        }
        double ratio = vivarium / bare;
        String of = rounds > 1 ? " (best of " + rounds + ")" : "";
        out.printf("%-58s %9s %8s%n", "", "time", "ratio");
        out.printf("%-58s %7.2f s %7.2fx%n", "bare POI streaming read of the workbooks" + of, bare, 1.0);
        out.printf("%-58s %7.2f s %7.2fx%n", "vivarium import, immobility computed, saved" + of, vivarium, ratio);
        out.printf("  %s%n", summary);
        boolean met = ratio <= GOAL_RATIO;
        out.printf("goal (within %.1fx of the bare read): %s%n", GOAL_RATIO, met ? "met" : "NOT met");
        return met;
    }

    private static String animal(int i) {
        return String.format("M%03d", i + 1);
    }

    /** The standard assays, one cohort of {@code n} animals and its FST session. */
    private static Study study(int n) {
        VivariumFactory f = VivariumFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setId("BENCH-BEHAVIOUR");
        study.setTitle("Behaviour import benchmark (synthetic)");
        StandardAssays.addTo(study);
        Cohort cohort = f.createCohort();
        cohort.setName("C1");
        cohort.setStrain("C57BL/6J");
        study.getCohorts().add(cohort);
        for (int i = 0; i < n; i++) {
            Animal a = f.createAnimal();
            a.setId(animal(i));
            cohort.getAnimals().add(a);
        }
        AssaySession fst = f.createAssaySession();
        fst.setName("FST");
        fst.setCohort(cohort);
        Studies.findAssay(study, "FST").getSessions().add(fst);
        return study;
    }
}

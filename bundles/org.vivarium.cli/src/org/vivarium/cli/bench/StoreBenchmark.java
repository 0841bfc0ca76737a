package org.vivarium.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Study;

/**
 * {@code bench store}: opens and saves a study of 20,000 animals and 2,000,000 measurements through the study store,
 * next to a plain EMF XMI resource with default options holding the same study (the baseline) and to the same study
 * file read and written without its audit trail, in the same process.
 */
public final class StoreBenchmark implements Benchmark {

    private static final int ANIMALS = 20_000;
    private static final double GOAL_SECONDS = 2.0;
    private static final long GOAL_HEAP_MB = 1024;
    private static final double GOAL_TRAIL_RATIO = 1.2;

    @Override
    public String name() {
        return "store";
    }

    @Override
    public String description() {
        return "open and save a study of 20,000 animals and 2,000,000 measurements vs plain EMF XMI";
    }

    @Override
    public boolean run(PrintStream out, boolean quick) throws Exception {
        int animals = quick ? ANIMALS / 10 : ANIMALS;
        Path dir = Files.createTempDirectory("vivarium-bench-store");
        try {
            return measure(out, dir, animals, quick ? 1 : 3);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private boolean measure(PrintStream out, Path dir, int animals, int rounds) throws Exception {
        long t0 = System.nanoTime();
        Study study = BenchStudy.build(animals);
        StudySummary summary = StudySummary.of(study);
        out.printf("study: %,d animals, %,d measurements (built in %.1f s); JVM max heap %,d MB, %d cores%n",
                summary.animals(), summary.measurements(), seconds(t0), Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        FolderStudyStore store = new FolderStudyStore(dir);
        Path plainFile = dir.resolve("plain.xmi");
        Result ours = new Result();
        Result baseline = new Result();
        Result noTrail = new Result();
        try (OpenStudy created = store.create("bench.vivarium", study)) {
            for (int r = 0; r < rounds; r++) {
                ours.saved(timeSave(created::save));
                noTrail.saved(timeSave(() -> PlainStudy.save(created.resource(), dir.resolve("no-trail.vivarium"))));
            }
            Resource plain = new XMIResourceImpl(URI.createFileURI(plainFile.toString()));
            plain.getContents().add(study); // moves the study out of the store's resource
            baseline.saved(timeSave(() -> plain.save(null)));
            plain.getContents().clear();
        }
        study = null;
        for (int r = 0; r < rounds; r++) {
            ours.opened(timeOpen(() -> store.read("bench.vivarium").resource()));
            noTrail.opened(timeOpen(() -> PlainStudy.load(store.pathOf("bench.vivarium"))));
        }
        baseline.opened(timeOpen(() -> {
            Resource resource = new XMIResourceImpl(URI.createFileURI(plainFile.toString()));
            resource.load(null);
            return resource;
        }));
        long ourSize = Files.size(store.pathOf("bench.vivarium")) >> 20;
        long plainSize = Files.size(plainFile) >> 20;
        out.printf("%-34s %9s %9s %16s %16s %9s%n", "", "save", "open", "peak heap save", "peak heap open", "file");
        print(out, "vivarium study store" + (rounds > 1 ? " (best of " + rounds + ")" : ""), ours, ourSize);
        print(out, "study store without the audit trail", noTrail, Files.size(dir.resolve("no-trail.vivarium")) >> 20);
        print(out, "plain EMF XMI (defaults)", baseline, plainSize);
        out.printf("%-34s %8.1fx %8.1fx %15.1fx %15.1fx %8.1fx%n", "ratio baseline / store",
                baseline.save / ours.save, baseline.open / ours.open, (double) baseline.saveHeap / ours.saveHeap,
                (double) baseline.openHeap / ours.openHeap, (double) plainSize / Math.max(1, ourSize));
        out.printf("heap retained by the opened study: %,d MB (store) vs %,d MB (plain XMI)%n", ours.retained,
                baseline.retained);
        double openRatio = ours.open / noTrail.open;
        double saveRatio = ours.save / noTrail.save;
        List<TrailFile.Block> blocks = TrailFile.blocks(store.pathOf("bench.vivarium"));
        int entries = blocks.stream().mapToInt(TrailFile.Block::entries).sum();
        out.printf("audit trail: %d entr%s (the study's creation, %s of JSON), %s in the file%n", entries,
                entries == 1 ? "y" : "ies", TrailFile.mb(blocks.stream().mapToLong(TrailFile.Block::inflated).sum()),
                TrailFile.mb(TrailFile.entrySize(store.pathOf("bench.vivarium"))));
        out.printf("open for editing (store.open: lock, check of the trail, recorder attached): %.2f s%n",
                openForEditing(store, rounds));
        out.printf("ratio with / without the audit trail: open %.2fx, save %.2fx%n", openRatio, saveRatio);
        boolean trailMet = openRatio <= GOAL_TRAIL_RATIO;
        out.printf("goal (open with the audit trail within %.1fx of the open without it): %s%n", GOAL_TRAIL_RATIO,
                trailMet ? "met" : "NOT met");
        boolean met = ours.save < GOAL_SECONDS && ours.open < GOAL_SECONDS && ours.saveHeap < GOAL_HEAP_MB
                && ours.openHeap < GOAL_HEAP_MB;
        out.printf("goal (open and save each under %.0f s, heap under %,d MB): %s%n", GOAL_SECONDS, GOAL_HEAP_MB,
                met ? "met" : "NOT met");
        return met && trailMet;
    }

    private static double openForEditing(FolderStudyStore store, int rounds) throws Exception {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            HeapSampler.settledMb();
            long t0 = System.nanoTime();
            try (OpenStudy open = store.open("bench.vivarium")) {
                best = Math.min(best, seconds(t0));
            }
        }
        return best;
    }

    private static void print(PrintStream out, String label, Result r, long sizeMb) {
        out.printf("%-34s %7.2f s %7.2f s %13d MB %13d MB %6d MB%n", label, r.save, r.open, r.saveHeap, r.openHeap,
                sizeMb);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Loading {
        Resource run() throws Exception;
    }

    /** Duration, peak heap used while it ran, and heap retained afterwards (all heap figures absolute). */
    private record Timing(double seconds, long peakMb, long retainedMb) {
    }

    private static Timing timeSave(Action save) throws Exception {
        HeapSampler.settledMb();
        long t0 = System.nanoTime();
        HeapSampler heap = new HeapSampler();
        save.run();
        double s = seconds(t0);
        heap.close();
        return new Timing(s, heap.peakMb(), 0);
    }

    private static Timing timeOpen(Loading load) throws Exception {
        HeapSampler.settledMb();
        long t0 = System.nanoTime();
        HeapSampler heap = new HeapSampler();
        Resource resource = load.run();
        double s = seconds(t0);
        heap.close();
        long retained = HeapSampler.settledMb();
        resource.getContents().clear();
        return new Timing(s, heap.peakMb(), retained);
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Best times of several rounds, with the largest heap figures of those rounds. */
    private static final class Result {
        double save = Double.MAX_VALUE;
        double open = Double.MAX_VALUE;
        long saveHeap;
        long openHeap;
        long retained;

        void saved(Timing t) {
            save = Math.min(save, t.seconds());
            saveHeap = Math.max(saveHeap, t.peakMb());
        }

        void opened(Timing t) {
            open = Math.min(open, t.seconds());
            openHeap = Math.max(openHeap, t.peakMb());
            retained = Math.max(retained, t.retainedMb());
        }
    }
}

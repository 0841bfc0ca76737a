package org.vivarium.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditScope;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.support.StudyResource;

/**
 * {@code bench audit}: a study of 1,000 animals and 100,000 measurements whose audit trail holds 1,000,000 entries
 * (single-value edits with reasons, saved 100,000 at a time) - opened (which checks the whole chain), checked as
 * {@code --verify} does, searched for one animal's history, edited once and saved - next to the same study with a fresh
 * trail (its creation only), in the same process.
 */
public final class AuditBenchmark implements Benchmark {

    private static final int ENTRIES = 1_000_000;
    private static final int PER_SAVE = 100_000;
    private static final double GOAL_SECONDS = 5.0;
    private static final String LONG = "long-trail.vivarium";
    private static final String FRESH = "fresh-trail.vivarium";
    private static final List<String> REASONS = List.of("transcription error corrected against the paper sheet",
            "video re-scored by a second blinded observer", "wrong animal entered; value belongs to the cage mate",
            "decimal point misplaced on entry", "timer started late, value re-read from the recording");

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String description() {
        return "a study with 1,000,000 audit entries: open (checks the chain), check, one edit and save, file size"
                + " vs the same study with a fresh trail";
    }

    @Override
    public boolean run(PrintStream out, boolean quick) throws Exception {
        Path dir = Files.createTempDirectory("vivarium-bench-audit");
        try {
            return measure(out, new FolderStudyStore(dir), quick ? ENTRIES / 10 : ENTRIES, quick ? 1 : 3);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private boolean measure(PrintStream out, FolderStudyStore store, int entries, int rounds) throws Exception {
        long t0 = System.nanoTime();
        store.create(FRESH, BenchStudy.build(BenchStudy.ANIMALS_PER_COHORT)).close();
        Files.copy(store.pathOf(FRESH), store.pathOf(LONG));
        String animal = fill(store, entries);
        out.printf("study: 1,000 animals, 100,000 measurements; trail of %,d entries in %d saves (set up in %.1f s)%n",
                entries + 1, (entries + PER_SAVE - 1) / PER_SAVE, seconds(t0));
        Figures ours = new Figures();
        Figures fresh = new Figures();
        for (int r = 0; r < rounds; r++) {
            ours.add(figures(store, LONG, animal));
            fresh.add(figures(store, FRESH, animal));
        }
        String of = rounds > 1 ? " (best of " + rounds + ")" : "";
        out.printf("%-66s %12s %12s %8s%n", "", "long trail", "fresh trail", "ratio");
        row(out, "open for editing (store.open, checks the chain)" + of, ours.open, fresh.open);
        row(out, "check the trail (read and verify, as --verify)" + of, ours.check, fresh.check);
        row(out, "one edit with a reason and save" + of, ours.save, fresh.save);
        row(out, "one animal's history (newest 100; parses every entry)" + of, ours.history, fresh.history);
        long longSize = Files.size(store.pathOf(LONG));
        long freshSize = Files.size(store.pathOf(FRESH));
        out.printf("%-66s %9.1f MB %9.1f MB %7.1fx%n", "file size", longSize / 1e6, freshSize / 1e6,
                (double) longSize / freshSize);
        List<TrailFile.Block> blocks = TrailFile.blocks(store.pathOf(LONG));
        long inflated = blocks.stream().mapToLong(TrailFile.Block::inflated).sum();
        out.printf("trail: %,d entries in %d blocks, %s of entries (an edit %,d bytes on average), %s stored; check:"
                + " %s%n", blocks.stream().mapToLong(TrailFile.Block::entries).sum(), blocks.size(), TrailFile.mb(
                        inflated), (inflated - blocks.get(0).inflated()) / Math.max(1, entries), TrailFile.mb(TrailFile
                                .entrySize(store.pathOf(LONG))), ours.summary);
        boolean met = ours.open <= GOAL_SECONDS && ours.check <= GOAL_SECONDS && ours.save <= GOAL_SECONDS
                && ours.intact;
        out.printf("goal (open, check and edit-and-save each within %.0f s, chain intact): %s%n", GOAL_SECONDS,
                met ? "met" : "NOT met");
        return met;
    }

    private static void row(PrintStream out, String label, double ours, double fresh) {
        out.printf("%-66s %10.2f s %10.2f s %7.1fx%n", label, ours, fresh, ours / fresh);
    }

    /**
     * Appends the entries of single-value edits (as a command setting one measurement records them: the value's old
     * and new text, with a reason) and saves every 100,000. Returns the xmi:id of an animal edited now and then.
     */
    private static String fill(FolderStudyStore store, int entries) throws Exception {
        try (OpenStudy open = store.open(LONG)) {
            StudyResource resource = (StudyResource) open.resource();
            AuditTrail trail = AuditTrail.of(resource);
            List<Measurement> values = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (AssaySession s : Studies.sessions((Study) resource.getContents().get(0))) {
                String session = resource.idOf(s);
                for (Measurement m : s.getMeasurements()) {
                    values.add(m);
                    ids.add(session + "/" + resource.idOf(m.getAnimal()) + "/" + resource.idOf(m.getMeasure()));
                    labels.add(Labels.of(m).replace("\\", "\\\\").replace("\"", "\\\""));
                }
            }
            SplittableRandom random = new SplittableRandom(3);
            StringBuilder json = new StringBuilder(512);
            for (int i = 0; i < entries; i++) {
                int k = random.nextInt(values.size());
                double old = values.get(k).getValue();
                double now = Math.round((old + random.nextDouble() * 20 - 10) * 10) / 10.0;
                json.setLength(0);
                json.append("[{\"op\":\"set\",\"id\":\"").append(ids.get(k))
                        .append("\",\"type\":\"Measurement\",\"label\":\"").append(labels.get(k))
                        .append("\",\"feature\":\"value\",\"old\":\"").append(old).append("\",\"new\":\"")
                        .append(now).append("\"}]");
                trail.append("Set value of " + labels.get(k), REASONS.get(i % REASONS.size()), json.toString(),
                        List.of());
                if ((i + 1) % PER_SAVE == 0 || i == entries - 1) {
                    open.save();
                }
            }
            return resource.idOf(values.get(0).getAnimal());
        }
    }

    private record Round(double open, double check, double save, double history, String summary, boolean intact) {
    }

    private static Round figures(FolderStudyStore store, String name, String animal) throws Exception {
        HeapSampler.settledMb();
        long t0 = System.nanoTime();
        double opened;
        try (OpenStudy open = store.open(name)) {
            opened = seconds(t0);
        }
        HeapSampler.settledMb();
        long t1 = System.nanoTime();
        ReadStudy read = store.read(name);
        TrailCheck check = AuditTrail.of(read.resource()).check();
        double checked = seconds(t1);
        long t2 = System.nanoTime();
        AuditTrail.of(read.resource()).find(e -> e.concerns(animal), 100);
        double history = seconds(t2);
        read.resource().getContents().clear();
        Path copy = store.pathOf("edit-" + name);
        Files.copy(store.pathOf(name), copy, StandardCopyOption.REPLACE_EXISTING);
        double saved;
        try (OpenStudy open = store.open(copy.getFileName().toString())) {
            Measurement m = Studies.sessions(open.study()).get(0).getMeasurements().get(0);
            HeapSampler.settledMb();
            long t3 = System.nanoTime();
            try (AuditScope scope = AuditRecorder.of(open.resource()).begin("Set value of " + Labels.of(m))) {
                scope.watch(m);
                m.setValue(m.getValue() + 1);
                scope.finish(REASONS.get(0));
            }
            open.save();
            saved = seconds(t3);
        }
        return new Round(opened, checked, saved, history, check.summary(), check.intact());
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The best of the rounds. */
    private static final class Figures {
        double open = Double.MAX_VALUE;
        double check = Double.MAX_VALUE;
        double save = Double.MAX_VALUE;
        double history = Double.MAX_VALUE;
        String summary;
        boolean intact;

        void add(Round r) {
            open = Math.min(open, r.open());
            check = Math.min(check, r.check());
            save = Math.min(save, r.save());
            history = Math.min(history, r.history());
            summary = r.summary();
            intact = r.intact();
        }
    }
}

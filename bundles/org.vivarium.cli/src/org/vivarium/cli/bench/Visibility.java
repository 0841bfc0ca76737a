package org.vivarium.cli.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabWatch;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.support.StudyResource;

/**
 * A change made by one client until it shows in a second client's copy of the study: the second watches the server
 * ({@code LabOpenStudy.watch}: LISTEN/NOTIFY), and on hearing of the change refreshes its study, as an open workbench
 * does. Timed from the first client's command (its commit included) to the value in the second client's study.
 */
final class Visibility {

    private static final int WAIT_SECONDS = 10;

    /** How long each change took to be stored, heard, and shown; what went wrong (nothing, normally). */
    record Result(Latencies stored, Latencies heard, Latencies shown, List<String> problems) {
    }

    private Visibility() {
    }

    static Result measure(LabClient writer, LabClient watcher, int changes) throws Exception {
        Latencies stored = new Latencies();
        Latencies heard = new Latencies();
        Latencies shown = new Latencies();
        List<String> problems = new ArrayList<>();
        BlockingQueue<long[]> news = new LinkedBlockingQueue<>();
        List<Measurement> values = Studies.sessions(writer.open().study()).get(0).getMeasurements();
        Map<String, Measurement> seen = index(watcher.resource());
        try (LabWatch watch = watcher.open().watch((study, seq) -> news.add(new long[] { seq, System.nanoTime() }))) {
            for (int i = 0; i < changes && problems.isEmpty(); i++) {
                Measurement m = values.get(i % values.size());
                double value = (Math.round(m.getValue() * 10) + 3) % 10_000 / 10.0;
                long t0 = System.nanoTime();
                long seq = writer.set(m, value);
                stored.add(System.nanoTime() - t0);
                long heardAt = heardOf(news, seq);
                if (heardAt < 0) {
                    problems.add("entry " + seq + " was not heard within " + WAIT_SECONDS + " s");
                    break;
                }
                heard.add(heardAt - t0);
                watcher.open().refresh();
                long shownAt = System.nanoTime();
                Measurement there = seen.get(LabClient.key(writer.resource(), m));
                if (there == null || Double.compare(there.getValue(), value) != 0) {
                    problems.add("entry " + seq + ": the second client shows " + (there == null ? "no value"
                            : there.getValue()) + " instead of " + value + " after refreshing");
                    break;
                }
                shown.add(shownAt - t0);
            }
        }
        return new Result(stored, heard, shown, problems);
    }

    /** When the entry (or a later one) was heard, or -1 when nothing came for a while. */
    private static long heardOf(BlockingQueue<long[]> news, long seq) throws InterruptedException {
        while (true) {
            long[] n = news.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (n == null) {
                return -1;
            }
            if (n[0] >= seq) {
                return n[1];
            }
        }
    }

    /** The measurements of the first session of the watcher's study by key. */
    private static Map<String, Measurement> index(StudyResource resource) {
        Map<String, Measurement> index = new HashMap<>();
        AssaySession first = Studies.sessions((org.vivarium.model.Study) resource.getContents().get(0)).get(0);
        for (Measurement m : first.getMeasurements()) {
            index.put(LabClient.key(resource, m), m);
        }
        return index;
    }
}

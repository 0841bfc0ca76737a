package org.vivarium.cli.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.StudySummary;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabRole;
import org.vivarium.model.Study;

/**
 * {@code bench lab}: a private lab server (releng/scripts/lab-server.sh, as {@code lab start}) in a temporary folder,
 * stopped and deleted at the end. Technicians each committing single values as fast as they can, next to one of them
 * alone (the baseline), then everything they believe they stored checked in a fresh read; the 2,000,000-measurement
 * study opened from the server next to opening its file; a change until a second client shows it.
 */
public final class LabBenchmark implements Benchmark {

    public static final int CLIENTS = 20;
    public static final int SECONDS = 60;
    private static final int QUICK_SECONDS = 10;
    private static final int BASELINE_SECONDS = 5;
    private static final int RACE_ANIMALS = 1_000;
    private static final int ANIMALS = 20_000;
    private static final int CHANGES = 50;
    private static final double GOAL_P95_MS = 50;
    private static final double GOAL_OPEN_RATIO = 2.0;
    private static final double GOAL_SHOWN_MS = 1000;

    private final Callable<Path> script;
    private int clients = CLIENTS;
    private Integer seconds;

    /** @param script finds releng/scripts/lab-server.sh (or says why it cannot) */
    public LabBenchmark(Callable<Path> script) {
        this.script = script;
    }

    /** The number of concurrent clients and how long they commit (null: 60 s, or 10 s with --quick). */
    public void options(int clientCount, Integer duration) {
        this.clients = clientCount;
        this.seconds = duration;
    }

    @Override
    public String name() {
        return "lab";
    }

    @Override
    public String description() {
        return "a private PostgreSQL lab server: concurrent clients committing single values, the 2,000,000-measurement"
                + " study opened from the server vs its file, a change until a second client shows it";
    }

    @Override
    public boolean run(PrintStream out, boolean quick) throws Exception {
        Path files = Files.createTempDirectory("vivarium-bench-lab-files");
        LabBenchServer server = null;
        try {
            server = LabBenchServer.start(script.call());
            out.printf("private lab server %s, data in %s; %d cores, JVM max heap %,d MB%n", server.url(),
                    server.dir(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            Users users = Users.create(server, clients);
            FolderStudyStore store = new FolderStudyStore(files);
            boolean race = race(out, server, users, store, seconds != null ? seconds : quick ? QUICK_SECONDS : SECONDS);
            boolean open = openAndShow(out, server, users, store, quick);
            return race && open;
        } finally {
            if (server != null) {
                server.close();
                out.println("stopped the lab server and deleted " + server.dir());
            }
            try (Stream<Path> walk = Files.walk(files)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The lab's users for the benchmark: a scientist (pushes), a PI (reads, watches) and the technicians. */
    private record Users(Map<String, String> passwords, List<String> technicians) {

        static Users create(LabBenchServer server, int technicians) throws Exception {
            Map<String, String> passwords = new LinkedHashMap<>();
            List<String> techs = new ArrayList<>();
            SecureRandom random = new SecureRandom();
            try (LabDatabase db = server.superuser()) {
                db.init();
                for (int i = 0; i < technicians + 2; i++) {
                    String name = i == 0 ? "bench_sci" : i == 1 ? "bench_pi" : String.format("bench_tech%02d", i - 1);
                    byte[] secret = new byte[12];
                    random.nextBytes(secret);
                    passwords.put(name, HexFormat.of().formatHex(secret));
                    db.users().add(name, i == 0 ? LabRole.SCIENTIST : i == 1 ? LabRole.PI : LabRole.TECHNICIAN,
                            passwords.get(name));
                    if (i > 1) {
                        techs.add(name);
                    }
                }
            }
            return new Users(passwords, techs);
        }

        LabDatabase connect(LabBenchServer server, String user) throws Exception {
            return server.connect(user, passwords.get(user));
        }

        long push(LabBenchServer server, Path file) throws Exception {
            try (LabDatabase db = connect(server, "bench_sci")) {
                return db.studies().push(file);
            }
        }
    }

    private boolean race(PrintStream out, LabBenchServer server, Users users, FolderStudyStore store, int duration)
            throws Exception {
        store.create("race.vivarium", BenchStudy.build(RACE_ANIMALS)).close();
        long t0 = System.nanoTime();
        long id = users.push(server, store.pathOf("race.vivarium"));
        double pushed = seconds(t0);
        List<LabClient> opened = new ArrayList<>();
        CommitRace.Phase alone;
        CommitRace.Phase all;
        CommitRace race;
        long initial;
        double openedIn;
        try {
            long t1 = System.nanoTime();
            for (String tech : users.technicians()) {
                opened.add(new LabClient(users.connect(server, tech), id));
            }
            openedIn = seconds(t1);
            initial = AuditTrail.of(opened.get(0).resource()).size();
            race = new CommitRace(opened);
            alone = race.run(1, Math.min(BASELINE_SECONDS, duration));
            all = race.run(clients, duration);
        } finally {
            opened.forEach(LabClient::close);
        }
        out.printf("commits: a study of 1,000 animals and 100,000 measurements (pushed in %.1f s), opened for editing"
                + " by %d technicians in %.1f s, each with its own connection and audited command stack, setting"
                + " values of its own animals (one in %d of each cohort), session by session; as a workbench, each"
                + " hears (LISTEN) what is stored and brings it in between two of its changes (%,d times)%n", pushed,
                clients, openedIn, clients, alone.pulls() + all.pulls());
        out.printf("%-40s %12s %10s   %s%n", "", "values", "values/s", "commit latency (command to stored)");
        row(out, "1 client alone for %.0f s (baseline)", alone);
        row(out, clients + " client" + (clients == 1 ? "" : "s") + " at once for %.0f s", all);
        out.printf("%-40s %12s %9.1fx   p95 %.1fx%n", "ratio " + clients + " clients / 1 client", "",
                all.perSecond() / alone.perSecond(), all.latencies().percentileMs(95)
                        / alone.latencies().percentileMs(95));
        List<String> problems = new ArrayList<>(alone.problems());
        problems.addAll(all.problems());
        problems.forEach(p -> out.println("  " + p));
        RaceCheck check;
        try (LabDatabase pi = users.connect(server, "bench_pi")) {
            check = RaceCheck.of(pi.studies().read(id), initial, race.stored(), users.technicians());
        }
        out.println("check (a fresh read from the server): " + check.summary());
        double p95 = all.latencies().percentileMs(95);
        boolean met = p95 <= GOAL_P95_MS && check.passed() && problems.isEmpty();
        out.printf("goal (%d clients: nothing lost or duplicated, p95 commit latency <= %.0f ms; here %.1f ms): %s%n",
                clients, GOAL_P95_MS, p95, met ? "met" : "NOT met");
        return met;
    }

    private static void row(PrintStream out, String label, CommitRace.Phase p) {
        out.printf("%-40s %,12d %10.1f   %s%n", String.format(label, p.seconds()), p.commits(),
                p.perSecond(), p.latencies().summary());
    }

    private boolean openAndShow(PrintStream out, LabBenchServer server, Users users, FolderStudyStore store,
            boolean quick) throws Exception {
        int animals = quick ? ANIMALS / 10 : ANIMALS;
        long t0 = System.nanoTime();
        Study study = BenchStudy.build(animals);
        StudySummary summary = StudySummary.of(study);
        store.create("big.vivarium", study).close();
        study = null;
        double built = seconds(t0);
        long t1 = System.nanoTime();
        long id = users.push(server, store.pathOf("big.vivarium"));
        out.printf("open: a study of %,d animals and %,d measurements (built and saved in %.1f s; file %,d MB), pushed"
                + " in %.1f s%n", summary.animals(), summary.measurements(), built,
                Files.size(store.pathOf("big.vivarium")) >> 20, seconds(t1));
        int rounds = quick ? 1 : 3;
        LabOpening.Result open;
        try (LabDatabase pi = users.connect(server, "bench_pi")) {
            open = LabOpening.measure(store, "big.vivarium", pi, id, rounds);
        }
        String of = rounds > 1 ? " (best of " + rounds + ")" : "";
        out.printf("%-58s %10s %12s %8s%n", "", "file", "lab server", "ratio");
        out.printf("%-58s %8.2f s %10.2f s %7.2fx%n", "read (as the commands and read-only views)" + of,
                open.fileRead(), open.labRead(), open.readRatio());
        out.printf("%-58s %8.2f s %10.2f s %7.2fx%n", "open for editing" + of, open.fileOpen(), open.labOpen(),
                open.openRatio());
        boolean openMet = open.openRatio() <= GOAL_OPEN_RATIO && open.readRatio() <= GOAL_OPEN_RATIO;
        out.printf("goal (opening from the lab server within %.0fx of opening the file): %s%n", GOAL_OPEN_RATIO,
                openMet ? "met" : "NOT met");
        int changes = quick ? CHANGES / 2 : CHANGES;
        Visibility.Result seen;
        try (LabClient writer = new LabClient(users.connect(server, users.technicians().get(0)), id);
                LabClient watcher = new LabClient(users.connect(server, "bench_pi"), id)) {
            seen = Visibility.measure(writer, watcher, changes);
        }
        out.printf("visibility: %d changes by a technician, each heard (LISTEN/NOTIFY) and shown by the PI's open"
                + " study (refresh)%n", seen.shown().size());
        out.printf("  %-32s %s%n", "stored (the technician's commit)", seen.stored().summary());
        out.printf("  %-32s %s%n", "heard by the second client", seen.heard().summary());
        out.printf("  %-32s %s%n", "shown in its study", seen.shown().summary());
        seen.problems().forEach(p -> out.println("  " + p));
        double median = seen.shown().medianMs();
        boolean shownMet = seen.problems().isEmpty() && seen.shown().size() == changes && median <= GOAL_SHOWN_MS;
        out.printf("goal (median time until a change shows at a second client <= %.0f s; here %.0f ms): %s%n",
                GOAL_SHOWN_MS / 1000, median, shownMet ? "met" : "NOT met");
        return openMet && shownMet;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}

package org.vivarium.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vivarium.core.demo.BehaviourRoomDemo;
import org.vivarium.core.demo.ChronicDemo;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.StudySummary;
import org.vivarium.io.excel.behaviour.ExampleExports;
import org.vivarium.model.Study;

/**
 * {@code demo OUT.vivarium [--example seed|chronic|behaviour-room] [--seed N]}: writes a bundled example - the ketamine
 * x BCI demo study (the default), the chronic one (repeated regimens, dosing windows), or the behaviour-room one (the
 * demo without the FST 24 h values, and look-alike EthoVision, ANY-maze and BORIS exports to import them from).
 */
final class DemoCommand implements Command {

    private static final String BEHAVIOUR_ROOM = "behaviour-room";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo OUT.vivarium [--example seed|chronic|behaviour-room] [--seed N]";
    }

    @Override
    public String summary() {
        return "write a bundled example study (simulated values): the ketamine x BCI demo, --example chronic, or "
                + "--example behaviour-room (with exports to import)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path out = StudyFiles.checkExtension(args.path(0, "the output file OUT.vivarium"));
        long seed = args.longOption("seed", 42);
        String example = args.option("example", "seed");
        if (!example.equals("seed") && !example.equals("chronic") && !example.equals(BEHAVIOUR_ROOM)) {
            throw new UsageException("--example must be seed (the ketamine x BCI demo), chronic or behaviour-room, "
                    + "not '" + example + "'");
        }
        args.checkNoneLeft(1);
        if (example.equals(BEHAVIOUR_ROOM)) {
            return behaviourRoom(out, seed, console);
        }
        boolean chronic = example.equals("chronic");
        Study study = chronic ? ChronicDemo.generate(seed) : DemoStudy.generate(seed);
        try (OpenStudy created = StudyFiles.create(out, study)) {
            StudySummary s = StudySummary.of(created.study());
            if (chronic) {
                console.out().printf("wrote %s: chronic example %s (seed %d): %d arms, %d cohorts, %d animals, "
                        + "%d doses planned, %d given (%d out of window), %d missed%n", out, study.getId(), seed,
                        s.arms(), s.cohorts(), s.animals(), s.dosesDue(), s.dosesGiven(), s.dosesOutOfWindow(),
                        s.dosesMissed());
            } else {
                console.out().printf("wrote %s: demo study %s (seed %d): %d arms, %d cohorts, %d animals, "
                        + "%d sessions, %d measurements%n", out, study.getId(), seed, s.arms(), s.cohorts(),
                        s.animals(), s.sessions(), s.measurements());
            }
        }
        return Cli.OK;
    }

    /** The demo without the FST 24 h values, and the exports to import them (and the FST 1 h values) from. */
    private static int behaviourRoom(Path out, long seed, Console console) throws Exception {
        Path folder = ExampleExports.folderFor(out);
        if (Files.exists(out)) {
            throw new UsageException(out + ": a study file of that name exists already");
        }
        if (Files.exists(folder)) {
            throw new UsageException("the exports folder " + folder + " exists; move it away or choose another "
                    + "study file");
        }
        Study study = BehaviourRoomDemo.generate(seed);
        ExampleExports.Written w = ExampleExports.write(study, folder, seed);
        StudySummary s;
        try (OpenStudy created = StudyFiles.create(out, study)) {
            s = StudySummary.of(created.study());
        } catch (Exception | Error e) {
            delete(folder);
            throw e;
        }
        console.out().printf("wrote %s: behaviour-room example %s (seed %d): the demo study without the values of "
                + "%s, scored from video (%d arms, %d cohorts, %d animals, %d sessions, %d measurements)%n", out,
                study.getId(), seed, BehaviourRoomDemo.SESSION, s.arms(), s.cohorts(), s.animals(), s.sessions(),
                s.measurements());
        console.out().printf("wrote %s: look-alike exports written by Vivarium (simulated tracks and scores)%n",
                folder);
        console.out().printf("  %-24s EthoVision XT raw data: %d workbooks (a trial of 4 arenas each), %d tracks of "
                + "6 min at 25 samples/s%n", w.ethoVision().getFileName() + "/", w.workbooks(), w.tracks());
        console.out().printf("  %-24s its mapping: {\"defaults\": {\"session\": \"%s\"}}%n", w.mapping().getFileName(),
                BehaviourRoomDemo.SESSION);
        console.out().printf("  %-24s ANY-maze results: %d tests of %s%n", w.anyMaze().getFileName(), w
                .anyMazeTests(), ExampleExports.SCORED_SESSION);
        console.out().printf("  %-24s BORIS events: %d observations of %s (Immobility START/STOP, Diving POINT)%n", w
                .boris().getFileName(), w.borisObservations(), ExampleExports.SCORED_SESSION);
        console.out().println("import them (each adds immobility and latency to immobility, sources naming the file):");
        for (List<String> command : w.imports(out)) {
            console.out().println("  ./vivarium " + String.join(" ", command.stream().map(DemoCommand::quoted)
                    .toList()));
        }
        return Cli.OK;
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=@%+-]+") ? arg : "\"" + arg + "\"";
    }

    private static void delete(Path folder) throws java.io.IOException {
        try (var all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

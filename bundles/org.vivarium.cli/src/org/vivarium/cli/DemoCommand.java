package org.vivarium.cli;

import java.nio.file.Path;

import org.vivarium.core.demo.ChronicDemo;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Study;

/**
 * {@code demo OUT.vivarium [--example seed|chronic] [--seed N]}: writes a bundled example - the ketamine x BCI demo
 * study (the default), or the chronic one (repeated regimens, dosing windows).
 */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo OUT.vivarium [--example seed|chronic] [--seed N]";
    }

    @Override
    public String summary() {
        return "write a bundled example study (simulated values): the ketamine x BCI demo, or --example chronic";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path out = StudyFiles.checkExtension(args.path(0, "the output file OUT.vivarium"));
        long seed = args.longOption("seed", 42);
        String example = args.option("example", "seed");
        if (!example.equals("seed") && !example.equals("chronic")) {
            throw new UsageException("--example must be seed (the ketamine x BCI demo) or chronic, not '" + example
                    + "'");
        }
        args.checkNoneLeft(1);
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
}

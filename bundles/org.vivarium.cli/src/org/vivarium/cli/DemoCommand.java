package org.vivarium.cli;

import java.nio.file.Path;

import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Study;

/** {@code demo OUT.vivarium [--seed N]}: writes the bundled ketamine x BCI demo study. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "demo OUT.vivarium [--seed N]";
    }

    @Override
    public String summary() {
        return "write the bundled ketamine x BCI demo study (simulated values)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path out = StudyFiles.checkExtension(args.path(0, "the output file OUT.vivarium"));
        long seed = args.longOption("seed", 42);
        args.checkNoneLeft(1);
        Study study = DemoStudy.generate(seed);
        try (OpenStudy created = StudyFiles.create(out, study)) {
            StudySummary s = StudySummary.of(created.study());
            console.out().printf("wrote %s: demo study %s (seed %d): %d arms, %d cohorts, %d animals, %d sessions, "
                    + "%d measurements%n", out, study.getId(), seed, s.arms(), s.cohorts(), s.animals(), s.sessions(),
                    s.measurements());
        }
        return Cli.OK;
    }
}

package org.vivarium.cli;

import java.nio.file.Path;

import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Study;

/** {@code new OUT.vivarium --title T}: an empty study with the standard routes and assay definitions. */
final class NewCommand implements Command {

    @Override
    public String name() {
        return "new";
    }

    @Override
    public String usage() {
        return "new OUT.vivarium --title T";
    }

    @Override
    public String summary() {
        return "create an empty study with the standard assay definitions";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path out = StudyFiles.checkExtension(args.path(0, "the output file OUT.vivarium"));
        String title = args.requiredOption("title");
        args.checkNoneLeft(1);
        Study study = Studies.newStudy(out.getFileName().toString(), title);
        try (OpenStudy created = StudyFiles.create(out, study)) {
            console.out().printf("wrote %s: new study \"%s\" with %d standard assays (%s)%n", out, title,
                    study.getAssays().size(), String.join(", ", study.getAssays().stream().map(a -> a.getCode()).toList()));
        }
        return Cli.OK;
    }
}

package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;

import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.validation.Problem;
import org.vivarium.core.validation.StudyValidation;

/**
 * {@code validate STUDY}: every rule violation, one per line as {@code FILE: where: [warning: ]message}; exit code 2
 * when there is at least one error (warnings alone exit 0).
 */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String usage() {
        return "validate STUDY";
    }

    @Override
    public String summary() {
        return "every rule violation, one per line; exit 2 if any error";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        args.checkNoneLeft(1);
        ReadStudy read = StudyFiles.read(file);
        List<Problem> problems = StudyValidation.validate(read.study());
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        List<String> lines = problems.stream().map(p -> file + ": " + p.where() + ": "
                + (p.severity() == Problem.Severity.WARNING ? "warning: " : "") + p.message()).toList();
        String summary = errors + " error" + (errors == 1 ? "" : "s") + ", " + (problems.size() - errors) + " warning"
                + (problems.size() - errors == 1 ? "" : "s");
        if (errors > 0) {
            throw new RejectedException(lines, file + ": " + summary);
        }
        lines.forEach(console.out()::println);
        console.err().println(file + ": valid (" + summary + ")");
        return Cli.OK;
    }
}

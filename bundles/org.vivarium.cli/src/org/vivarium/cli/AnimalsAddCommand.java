package org.vivarium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.AnimalBatch;
import org.vivarium.core.study.AnimalBatch.SexCount;
import org.vivarium.core.study.AnimalBatch.Settings;
import org.vivarium.core.study.AnimalBatchPlan;
import org.vivarium.core.study.IdPattern;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * {@code animals add STUDY --cohort C --count N [--sex female|male|20f,20m] [--strain S] [--born YYYY-MM-DD]
 * [--ids PATTERN] [--cage-size N [--mixed-cages]] [--reason R] [--dry-run]}: adds animals to a cohort in one go, all
 * or nothing (an entry of the audit trail, with the reason when one is given).
 */
final class AnimalsAddCommand implements Command {

    @Override
    public String name() {
        return "animals add";
    }

    @Override
    public String usage() {
        return "animals add STUDY --cohort C --count N [--sex female|male|20f,20m] [--strain S] [--born YYYY-MM-DD] "
                + "[--ids PATTERN] [--cage-size N [--mixed-cages]] [--reason R] [--dry-run]";
    }

    @Override
    public String summary() {
        return "add animals to a cohort (ids from a pattern such as {cohort}-{n:02}; optional new cages)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String cohortName = args.requiredOption("cohort");
        int count = number("count", args.requiredOption("count"));
        String sex = args.option("sex", null);
        String strain = args.option("strain", null);
        LocalDate born = date(args.option("born", null));
        String ids = args.option("ids", IdPattern.DEFAULT);
        String cageText = args.option("cage-size", null);
        int cageSize = cageText == null ? 0 : number("cage-size", cageText);
        boolean mixed = args.flag("mixed-cages");
        boolean dryRun = args.flag("dry-run");
        String reason = args.option("reason", null);
        args.checkNoneLeft(1);
        if (mixed && cageText == null) {
            throw new UsageException("--mixed-cages needs --cage-size N");
        }
        if (dryRun) {
            ReadStudy read = StudyFiles.read(file);
            AnimalBatchPlan plan = plan(file, read.study(), cohortName, count, sex, strain, born, ids, cageText,
                    cageSize, mixed);
            console.out().println("dry run: would add " + plan.summary() + " (nothing written)");
            return Cli.OK;
        }
        try (OpenStudy open = StudyEdits.open(file)) {
            AnimalBatchPlan plan = plan(file, open.study(), cohortName, count, sex, strain, born, ids, cageText,
                    cageSize, mixed);
            EditingDomain domain = StudyEdits.domain(open);
            StudyEdits.apply(domain, file, open, plan.toCommand(domain), reason);
            console.out().println("added " + plan.summary());
        }
        return Cli.OK;
    }

    private static AnimalBatchPlan plan(Path file, Study study, String cohortName, int count, String sex,
            String strain, LocalDate born, String ids, String cageText, int cageSize, boolean mixed)
            throws RejectedException {
        Cohort cohort = StudyEdits.cohort(file, study, cohortName);
        String where = "cohort " + cohort.getName() + ": ";
        if (cageText != null && cageSize < 1) {
            throw StudyEdits.rejected(file, where + "a new cage takes 1 to " + AnimalBatch.MAX_CAGE_SIZE
                    + " animals, not " + cageSize);
        }
        List<SexCount> sexes;
        try {
            sexes = sex == null ? List.of() : AnimalBatch.parseSexes(sex, count);
        } catch (IllegalArgumentException e) {
            throw StudyEdits.rejected(file, where + e.getMessage());
        }
        Settings settings = Settings.of(cohort, count).withSexes(sexes).withStrain(strain).withDateOfBirth(born)
                .withIdPattern(ids).withCages(cageSize, mixed);
        AnimalBatchPlan plan = AnimalBatch.plan(study, settings);
        if (plan.hasProblems()) {
            throw StudyEdits.rejected(file, plan.problems());
        }
        return plan;
    }

    private static int number(String option, String text) throws UsageException {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number, not '" + text + "'");
        }
    }

    private static LocalDate date(String text) throws UsageException {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UsageException("--born must be a date as YYYY-MM-DD, not '" + text + "'");
        }
    }
}

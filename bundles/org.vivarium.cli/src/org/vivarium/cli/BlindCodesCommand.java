package org.vivarium.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.BlindCodesPlan;
import org.vivarium.core.blinding.Prng;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.study.Users;
import org.vivarium.model.Study;

/**
 * {@code blind-codes STUDY --cohort C [--reason R] [--seed N] [--dry-run]}: blind codes for a cohort's animals
 * (replacing existing ones needs a reason); {@code blind-codes STUDY --treatments [--seed N] [--reason R]}: codes the
 * arms and compounds. Both are recorded in the study's blinding log; the key is not printed (see {@code unblind}).
 */
final class BlindCodesCommand implements Command {

    @Override
    public String name() {
        return "blind-codes";
    }

    @Override
    public String usage() {
        return "blind-codes STUDY --cohort C | --treatments [--reason R] [--seed N] [--dry-run]";
    }

    @Override
    public String summary() {
        return "generate random blind codes for a cohort's animals, or code the treatments (Solution A, B...)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String cohort = args.option("cohort", null);
        boolean treatments = args.flag("treatments");
        String reason = args.option("reason", null);
        String seedText = args.option("seed", null);
        Long seed = seedText == null ? null : args.longOption("seed", 0);
        boolean dryRun = args.flag("dry-run");
        args.checkNoneLeft(1);
        if ((cohort == null) == !treatments) {
            throw new UsageException(treatments ? "give either --cohort C or --treatments, not both"
                    : "give --cohort C (blind codes for its animals) or --treatments (code the arms and compounds)");
        }
        if (dryRun) {
            ReadStudy read = StudyFiles.read(file);
            String what = treatments ? treatments(file, read.study(), seed, reason, null)
                    : cohort(file, read.study(), cohort, seed, reason, null);
            console.out().println("dry run: would have " + what + " (nothing written)");
            return Cli.OK;
        }
        try (OpenStudy open = StudyEdits.open(file)) {
            String done = treatments ? treatments(file, open.study(), seed, reason, open)
                    : cohort(file, open.study(), cohort, seed, reason, open);
            console.out().println(done);
        }
        return Cli.OK;
    }

    private static String cohort(Path file, Study study, String name, Long seed, String reason, OpenStudy open)
            throws RejectedException, StudyStoreException {
        BlindCodesPlan plan = BlindCodes.plan(study, StudyEdits.cohort(file, study, name), seed, reason,
                Users.current(), LocalDateTime.now());
        if (plan.hasProblems()) {
            throw StudyEdits.rejected(file, plan.problems());
        }
        if (open != null) {
            EditingDomain domain = StudyEdits.domain(open);
            StudyEdits.apply(domain, file, open, plan.toCommand(domain), reason);
        }
        return (plan.regenerating() ? "regenerated " : "generated ") + plan.summary();
    }

    private static String treatments(Path file, Study study, Long seed, String reason, OpenStudy open)
            throws RejectedException, StudyStoreException {
        TreatmentCodes.Plan plan = TreatmentCodes.assign(study, seed != null ? seed : Prng.drawSeed(), reason,
                Users.current(), LocalDateTime.now());
        if (plan.hasProblems()) {
            throw StudyEdits.rejected(file, plan.problems());
        }
        if (open != null) {
            EditingDomain domain = StudyEdits.domain(open);
            StudyEdits.apply(domain, file, open, plan.toCommand(domain), reason);
        }
        return (plan.recoding() ? "recoded" : "coded") + " the treatments: " + plan.summary() + "; dosers and "
                + "scorers see only the codes until an unblinding is recorded (vivarium unblind)";
    }
}

package org.vivarium.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Users;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * {@code unblind STUDY --reason R [--cohort C]}: breaks the code - records who, when and why in the blinding log
 * (and the ARRIVE blinding text) and prints the key: each arm's and compound's code with what it stands for.
 */
final class UnblindCommand implements Command {

    @Override
    public String name() {
        return "unblind";
    }

    @Override
    public String usage() {
        return "unblind STUDY --reason R [--cohort C]";
    }

    @Override
    public String summary() {
        return "record an unblinding (who, when, why) and print the treatment key";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String reason = args.option("reason", null);
        String cohortName = args.option("cohort", null);
        args.checkNoneLeft(1);
        try (OpenStudy open = StudyEdits.open(file)) {
            Study study = open.study();
            Cohort cohort = cohortName == null ? null : StudyEdits.cohort(file, study, cohortName);
            String problem = Unblinding.problem(study, cohort, reason);
            if (problem != null) {
                throw StudyEdits.rejected(file, (cohort == null ? "" : "cohort " + cohort.getName() + ": ")
                        + problem);
            }
            String user = Users.current();
            LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
            EditingDomain domain = StudyEdits.domain(open);
            StudyEdits.apply(domain, file, open, Unblinding.command(domain, study, cohort, reason, user, at),
                    reason);
            console.out().println("unblinded " + (cohort == null ? "study " + study.getId() : "cohort "
                    + cohort.getName()) + " (reason: " + reason.strip() + "), recorded as " + user + " at " + at);
            List<String> key = Unblinding.key(study);
            if (key.isEmpty()) {
                console.out().println("the treatments are not coded; the animals' blind codes: vivarium animals list "
                        + file + (cohort == null ? "" : " --cohort \"" + cohort.getName() + "\""));
            } else {
                console.out().println("key:");
                key.forEach(line -> console.out().println("  " + line));
            }
        }
        return Cli.OK;
    }
}

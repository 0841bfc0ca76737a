package org.vivarium.ui.allocation;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.BlindCodesPlan;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.core.study.Users;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.ui.allocation.BlindingDialog.Outcome;
import org.vivarium.ui.allocation.BlindingDialog.Spec;
import org.vivarium.ui.session.StudySession;

/** The Study menu's blinding commands: blind codes for a cohort, coded treatments, and unblinding. */
public final class BlindingHandlers {

    private BlindingHandlers() {
    }

    /** Study > Blind Codes...: codes for the animals of a cohort that have none, or new codes for all (a reason). */
    public static class Codes extends CohortHandler {
        @Override
        String title() {
            return "Blind Codes";
        }

        @Override
        void execute(Shell shell, StudySession session, Cohort cohort) {
            Study study = session.study();
            new BlindingDialog(shell, study, session.domain(), cohort, new Spec(title(), "Generate blind codes",
                    "Generate", true, false, true, "Only to replace existing codes: why (recorded)"),
                    (c, seed, reason) -> {
                        BlindCodesPlan plan = BlindCodes.plan(study, c, seed, reason);
                        return plan.hasProblems() ? Outcome.refused(String.join("\n", plan.problems()))
                                : new Outcome(null, plan.summary(), plan::toCommand);
                    }).open();
        }
    }

    /** Study > Code Treatments...: arms and compounds get codes in a random order; the key stays in the study. */
    public static class Treatments extends CohortHandler {
        @Override
        String title() {
            return "Code Treatments";
        }

        @Override
        void execute(Shell shell, StudySession session, Cohort cohort) {
            Study study = session.study();
            new BlindingDialog(shell, study, session.domain(), null, new Spec(title(), "Code the treatments: dosers "
                    + "and scorers see only codes", "Code Treatments", false, false, true,
                    "Only to replace existing codes: why (recorded)"), (c, seed, reason) -> {
                        TreatmentCodes.Plan plan = TreatmentCodes.assign(study, seed, reason, Users.current(),
                                java.time.LocalDateTime.now());
                        return plan.hasProblems() ? Outcome.refused(String.join("\n", plan.problems()))
                                : new Outcome(null, "Codes " + plan.summary() + ". The key is shown only after "
                                        + "Study > Unblind..., which asks for a reason and records it.",
                                        plan::toCommand);
                    }).open();
        }
    }

    /** Study > Unblind...: asks for the reason, records who, when and why, then shows the key. */
    public static class Unblind extends CohortHandler {
        @Override
        String title() {
            return "Unblind";
        }

        @Override
        void execute(Shell shell, StudySession session, Cohort cohort) {
            Study study = session.study();
            BlindingDialog dialog = new BlindingDialog(shell, study, session.domain(), null, new Spec(title(),
                    "Break the code (recorded in the unblinding log)", "Unblind", true, true, false,
                    "Why the code is broken, e.g. analysis, adverse event"), (c, seed, reason) -> {
                        String problem = Unblinding.problem(study, c, reason);
                        return problem != null ? Outcome.refused(problem) : new Outcome(null, "Unblinds "
                                + (c == null ? "the whole study" : "cohort " + c.getName()) + " as "
                                + Users.current() + ", now; the key is shown next.",
                                domain -> Unblinding.command(domain, study, c, reason, Users.current()));
                    });
            if (dialog.open() == Window.OK && dialog.executed() != null) {
                List<String> key = Unblinding.key(study);
                MessageDialog.openInformation(shell, "Treatment key", key.isEmpty() ? "The treatments carry no "
                        + "codes; the animals' blind codes can now be shown with their arms."
                        : String.join("\n", key));
            }
        }
    }
}

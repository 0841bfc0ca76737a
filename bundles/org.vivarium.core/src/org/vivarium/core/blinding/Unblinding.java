package org.vivarium.core.blinding;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.vivarium.core.audit.ReasonedCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.study.Studies;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Cohort;
import org.vivarium.model.Compound;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Breaking the code: an explicit, recorded act (who, when, why; a reason is required). A study whose treatments are
 * coded stays blinded until an unblinding of the whole study - or, for one cohort, of that cohort - is recorded after
 * the newest coding; recoding the treatments blinds it again.
 */
public final class Unblinding {

    private Unblinding() {
    }

    /** Whether the study's treatments are coded and no unblinding of the whole study followed the newest coding. */
    public static boolean isBlinded(Study study) {
        return isBlinded(study, null);
    }

    /** Whether the cohort's treatments are still coded: as {@link #isBlinded(Study)}; its own unblinding counts too. */
    public static boolean isBlinded(Study study, Cohort cohort) {
        if (study == null || !study.isTreatmentsCoded()) {
            return false;
        }
        List<BlindingEvent> log = study.getBlindingLog();
        for (int i = BlindingLog.lastTreatmentCoding(study) + 1; i < log.size(); i++) {
            BlindingEvent e = log.get(i);
            if (e.getKind() == BlindingEventKind.UNBLINDED && (e.getCohort() == null || e.getCohort() == cohort)) {
                return false;
            }
        }
        return true;
    }

    /** Why the study (or cohort) cannot be unblinded with this reason, or null if it can. */
    public static String problem(Study study, Cohort cohort, String reason) {
        if (cohort != null && !study.getCohorts().contains(cohort)) {
            return "cohort " + cohort.getName() + " is not in the study";
        }
        if (reason == null || reason.isBlank()) {
            return "unblinding needs a reason (e.g. analysis, adverse event)";
        }
        boolean codes = (cohort == null ? Studies.animals(study) : cohort.getAnimals()).stream().anyMatch(
                a -> a.getBlindCode() != null && !a.getBlindCode().isBlank());
        if (!study.isTreatmentsCoded() && !codes) {
            return "nothing is coded" + (cohort == null ? "" : " in cohort " + cohort.getName()) + ": the treatments "
                    + "are not coded and no animal has a blind code";
        }
        return null;
    }

    /** As {@link #command(EditingDomain, Study, Cohort, String, String, LocalDateTime)}, now. */
    public static Command command(EditingDomain domain, Study study, Cohort cohortOrNull, String reason, String user) {
        return command(domain, study, cohortOrNull, reason, user, LocalDateTime.now());
    }

    /**
     * Records an unblinding of the study (cohort null) or of one cohort: "Unblind study" or "Unblind 24 h", with the
     * ARRIVE blinding text brought up to date.
     *
     * @throws IllegalArgumentException with {@link #problem}'s message if it cannot be unblinded
     */
    public static Command command(EditingDomain domain, Study study, Cohort cohortOrNull, String reason, String user,
            LocalDateTime at) {
        String problem = problem(study, cohortOrNull, reason);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        String detail = study.isTreatmentsCoded() ? "treatment key shown (" + study.getArms().size() + " arms, "
                + study.getCompounds().size() + " compounds)" : "blind codes revealed";
        CompoundCommand command = new ReasonedCommand(cohortOrNull == null ? "Unblind study"
                : "Unblind " + cohortOrNull.getName(), reason);
        command.append(BlindingLog.append(domain, study, BlindingLog.event(BlindingEventKind.UNBLINDED, cohortOrNull,
                user, at, reason, detail)));
        command.append(BlindingLog.refreshArrive(domain, study));
        return command;
    }

    /** The key, code first and sorted by code: "A -> KET+VEH (Ketamine + Vehicle)", "Solution B -> Saline". */
    public static List<String> key(Study study) {
        List<String> lines = new ArrayList<>();
        study.getArms().stream().filter(a -> !TreatmentCodes.blank(a.getBlindedCode()))
                .sorted(Comparator.comparing(TreatmentArm::getBlindedCode))
                .forEach(a -> lines.add(a.getBlindedCode() + " -> " + a.getCode() + (a.getLabel() == null
                        || a.getLabel().equals(a.getCode()) ? "" : " (" + a.getLabel() + ")")));
        study.getCompounds().stream().filter(c -> !TreatmentCodes.blank(c.getBlindedCode()))
                .sorted(Comparator.comparing(Compound::getBlindedCode))
                .forEach(c -> lines.add(c.getBlindedCode() + " -> " + c.getName()));
        return lines;
    }
}

package org.vivarium.core.blinding;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.model.BlindingEvent;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * The study's blinding log (Study.blindingLog, oldest first): entries for blind codes name their cohort; the coding of
 * treatments is an entry without cohort whose detail starts with {@value #TREATMENTS}; unblindings name the cohort
 * they reveal, or none for the whole study.
 */
final class BlindingLog {

    /** How the detail of a treatment coding entry starts. */
    static final String TREATMENTS = "treatments";

    private BlindingLog() {
    }

    static BlindingEvent event(BlindingEventKind kind, Cohort cohort, String by, LocalDateTime at, String reason,
            String detail) {
        BlindingEvent e = VivariumFactory.eINSTANCE.createBlindingEvent();
        e.setKind(kind);
        e.setCohort(cohort);
        e.setBy(by);
        e.setAt(at == null ? null : at.truncatedTo(ChronoUnit.SECONDS));
        e.setReason(reason == null || reason.isBlank() ? null : reason.strip());
        e.setDetail(detail);
        return e;
    }

    static boolean isTreatmentCoding(BlindingEvent e) {
        return e.getKind() != BlindingEventKind.UNBLINDED && e.getCohort() == null && e.getDetail() != null
                && e.getDetail().startsWith(TREATMENTS);
    }

    static boolean isBlindCodes(BlindingEvent e) {
        return e.getKind() != BlindingEventKind.UNBLINDED && e.getCohort() != null;
    }

    /** The index of the newest treatment coding entry, or -1. */
    static int lastTreatmentCoding(Study study) {
        List<BlindingEvent> log = study.getBlindingLog();
        for (int i = log.size() - 1; i >= 0; i--) {
            if (isTreatmentCoding(log.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Appends an entry to the log. */
    static Command append(EditingDomain domain, Study study, BlindingEvent event) {
        return new AddCommand(domain, study, Literals.STUDY__BLINDING_LOG, event);
    }

    /**
     * Sets the study's ARRIVE blinding text from the log as it is when this command runs, i.e. after the commands
     * before it in the same compound command.
     */
    static Command refreshArrive(EditingDomain domain, Study study) {
        return new AbstractCommand("Update the ARRIVE blinding text") {

            private Command set;
            private boolean done;

            @Override
            protected boolean prepare() {
                return true;
            }

            @Override
            public void execute() {
                set = new SetCommand(domain, study, Literals.STUDY__BLINDING_METHOD, ArriveBlinding.text(study));
                done = set.canExecute();
                if (done) {
                    set.execute();
                }
            }

            @Override
            public void undo() {
                if (done) {
                    set.undo();
                }
            }

            @Override
            public void redo() {
                if (done) {
                    set.redo();
                }
            }
        };
    }
}

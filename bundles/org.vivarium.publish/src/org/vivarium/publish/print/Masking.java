package org.vivarium.publish.print;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * What a printed sheet may show about a cohort's animals. A cohort is blinded for print when its treatments are coded
 * and not unblinded, or when any of its assay sessions is scored blind: its animals are then named by their blind
 * codes (the ear tag when an animal has none). Arms: the real arm only when the cohort is not blinded; the coded
 * letter while the treatments are coded; nothing ("blinded") when sessions are blind but the treatments are not coded
 * - a card that paired a blind code with its arm would unblind the scorer.
 */
final class Masking {

    /** Shown instead of an arm that may not be shown. */
    static final String HIDDEN_ARM = "blinded";

    private final boolean blinded;
    private final boolean revealed;
    private final boolean coded;

    private Masking(boolean blinded, boolean revealed, boolean coded) {
        this.blinded = blinded;
        this.revealed = revealed;
        this.coded = coded;
    }

    static Masking of(Cohort cohort) {
        Study study = Studies.studyOf(cohort);
        boolean revealed = Coding.revealed(study, cohort);
        boolean blindSessions = study != null && Studies.sessions(study).stream().filter(s -> s.getCohort() == cohort)
                .anyMatch(AssaySession::isBlinded);
        return new Masking(!revealed || blindSessions, revealed, Coding.isCoded(study));
    }

    /** Whether animals are named by their blind codes. */
    boolean blinded() {
        return blinded;
    }

    /** The animal as the sheet names it: its blind code while blinded (if it has one), else its id. */
    String animal(Animal a) {
        return blinded && hasCode(a) ? a.getBlindCode() : nz(a.getId());
    }

    /** The animal's mark on the cage card: its blind code while blinded (if it has one), else its ear tag or id. */
    String mark(Animal a) {
        if (blinded && hasCode(a)) {
            return a.getBlindCode();
        }
        return a.getEarTag() != null && !a.getEarTag().isBlank() ? a.getEarTag() : nz(a.getId());
    }

    /** The arm as the sheet may show it: the arm's code, its coded letter, or {@link #HIDDEN_ARM}. */
    String arm(Animal a) {
        if (a.getArm() == null) {
            return "";
        }
        if (!revealed && coded) {
            return Coding.armLabel(a.getArm(), false);
        }
        return blinded ? HIDDEN_ARM : Coding.armLabel(a.getArm(), true);
    }

    /** "Blind code" or "Animal", for column titles. */
    String animalTitle() {
        return blinded ? "Blind code" : "Animal";
    }

    private static boolean hasCode(Animal a) {
        return a.getBlindCode() != null && !a.getBlindCode().isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

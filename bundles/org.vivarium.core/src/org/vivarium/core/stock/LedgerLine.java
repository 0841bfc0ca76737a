package org.vivarium.core.stock;

import java.time.LocalDateTime;

import org.vivarium.model.DosingEvent;
import org.vivarium.model.StockEntry;

/**
 * One line of a stock's usage log with the balance after it.
 *
 * @param kind      what the line records
 * @param at        when
 * @param by        who (the operator of a dose, who received, made or recorded it)
 * @param animal    the animal dosed (or the animal a dose's correction is about), else ""
 * @param protocol  the study's protocol number for a dose, else ""
 * @param changeMl  change of the balance (mL, to the microlitre): + received/made, - drawn, either for a correction
 * @param balanceMl the balance after this line (mL)
 * @param witness   the witness of a waste or disposal, else ""
 * @param note      the reason, what a dilution was made into, or the reconciliation's counted and expected volumes
 * @param dose      the dosing event of a dose line (or the dose an entry is about), or null
 * @param entry     the stock entry of an entry line, or null
 */
public record LedgerLine(Kind kind, LocalDateTime at, String by, String animal, String protocol, double changeMl,
        double balanceMl, String witness, String note, DosingEvent dose, StockEntry entry) {

    /** Kinds of lines. */
    public enum Kind {
        /** A bottle received (or a dilution made: its volume). */
        RECEIVED("received"),
        /** A dose drawn from the stock. */
        DOSE("dose"),
        /** A dose drawn and later taken back (its correction follows it). */
        DOSE_TAKEN_BACK("dose (taken back)"),
        /** The source volume a dilution was made from. */
        DILUTION("dilution made"),
        WASTE("waste"),
        DISPOSAL("disposal"),
        CORRECTION("correction"),
        RECONCILIATION("reconciliation");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** e.g. "dose", "waste". */
        public String label() {
            return label;
        }
    }

    /** The amount given (mL, positive) on a dose line, else 0. */
    public double givenMl() {
        return kind == Kind.DOSE || kind == Kind.DOSE_TAKEN_BACK ? -changeMl : 0;
    }

    /** The amount wasted or disposed of (mL, positive) on a waste or disposal line, else 0. */
    public double wastedMl() {
        return kind == Kind.WASTE || kind == Kind.DISPOSAL ? -changeMl : 0;
    }
}

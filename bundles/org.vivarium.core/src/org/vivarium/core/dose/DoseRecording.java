package org.vivarium.core.dose;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.stock.StockDraws;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.ValueRules;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssayKind;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Compound;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Stock;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * What happens at the dosing bench, as EMF commands for the study's command stack: weighing an animal (a new body
 * weight record; a dose not given yet takes the new weight and volume), giving a dose (time, operator, weight and
 * volume recorded), correcting the time or volume given, and taking a dose back. A result without a command says
 * why.
 */
public final class DoseRecording {

    /**
     * What a recording comes to.
     *
     * @param command the command to execute, or null (then {@code problem} says why, or there was nothing to do)
     * @param problem why it cannot be recorded, or null
     */
    public record Result(Command command, String problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private DoseRecording() {
    }

    /** Records a weighing; a dose not yet given is updated to the new weight and the volume it gives. */
    public static Result weigh(EditingDomain domain, DoseLine line, double grams, LocalDateTime at, String operator) {
        String problem = checkWeight(line, grams);
        if (problem != null) {
            return new Result(null, problem);
        }
        BodyWeight weight = VivariumFactory.eINSTANCE.createBodyWeight();
        weight.setMeasuredAt(at);
        weight.setWeightGrams(grams);
        weight.setOperator(blankToNull(operator));
        CompoundCommand command = new CompoundCommand("Weigh " + line.animal().getId() + " (" + Labels.number(grams)
                + " g)");
        command.append(new AddCommand(domain, line.animal(), Literals.ANIMAL__BODY_WEIGHTS, weight));
        DosingEvent event = line.event();
        if (event != null && !line.isGiven()) {
            command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__BODY_WEIGHT_GRAMS, grams));
            DoseVolume volume = DoseCalculator.volume(line.regimen(), grams);
            if (volume.isComputed()) {
                command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__VOLUME_ML,
                        roundMl(volume.volumeMl())));
            }
        }
        return new Result(command, null);
    }

    /** Records a dose as given at a time by an operator, at the volume computed from the latest weight. */
    public static Result give(EditingDomain domain, DoseLine line, LocalDateTime at, String operator) {
        return giveAll(domain, List.of(line), at, operator);
    }

    /** {@link #give} with the reason a dose outside its dosing window is given (null when on time). */
    public static Result give(EditingDomain domain, DoseLine line, LocalDateTime at, String operator,
            String windowReason) {
        return giveAll(domain, List.of(line), at, operator, windowReason);
    }

    /**
     * Records doses as given (those already given are left as they are); nothing is recorded when any of them has no
     * volume or one above the route's limit, or is given outside its dosing window (see the overload with a reason).
     */
    public static Result giveAll(EditingDomain domain, Collection<DoseLine> lines, LocalDateTime at, String operator) {
        return giveAll(domain, lines, at, operator, null, Map.of());
    }

    /**
     * Records doses as given; a dose outside its dosing window (due +- the regimen's windowMinutes) is refused unless
     * a reason is given, which is then recorded with it (DosingEvent.windowReason, in the same command).
     */
    public static Result giveAll(EditingDomain domain, Collection<DoseLine> lines, LocalDateTime at, String operator,
            String windowReason) {
        return giveAll(domain, lines, at, operator, windowReason, Map.of());
    }

    /** {@link #giveAll(EditingDomain, Collection, LocalDateTime, String, String, Map)} for doses on time. */
    public static Result giveAll(EditingDomain domain, Collection<DoseLine> lines, LocalDateTime at, String operator,
            Map<Compound, Stock> stocks) {
        return giveAll(domain, lines, at, operator, null, stocks);
    }

    /**
     * Records doses as given, each drawn from the stock chosen for its compound (else its default stock, see
     * {@link StockDraws#stockFor}) at the volume that stock's concentration gives. Nothing is recorded when a dose of
     * a controlled compound has no stock or its stock refuses it (disposed, another compound, expired, not enough
     * left), or when a dose is outside its dosing window and no reason is given (the reason is recorded with each
     * such dose, in the same command).
     */
    public static Result giveAll(EditingDomain domain, Collection<DoseLine> lines, LocalDateTime at, String operator,
            String windowReason, Map<Compound, Stock> stocks) {
        if (operator == null || operator.isBlank()) {
            return new Result(null, "enter who gives the doses (operator)");
        }
        String reason = blankToNull(windowReason);
        for (DoseLine line : lines) {
            if (!line.isGiven() && reason == null && !line.task().inWindow(at)) {
                return new Result(null, DoseWindows.refusal(line, at));
            }
        }
        CompoundCommand command = new CompoundCommand();
        List<String> given = new ArrayList<>();
        double lastMl = Double.NaN;
        Map<Stock, Double> drawn = new HashMap<>();
        for (DoseLine line : lines) {
            if (line.isGiven()) {
                continue;
            }
            Stock stock = StockDraws.stockFor(line, stocks, at);
            DoseVolume volume = StockDraws.volume(line, stock);
            String warning = volume.isComputed() ? volume.limitViolation(line.weightGrams()) : volume.problem();
            if (warning != null) {
                return new Result(null, line.animal().getId() + ": " + warning + "; not recorded as given");
            }
            double ml = roundMl(volume.volumeMl());
            String refusal = StockDraws.check(line, stock, at, ml, drawn.getOrDefault(stock, 0.0));
            if (refusal != null) {
                return new Result(null, refusal + "; not recorded as given");
            }
            if (stock != null) {
                drawn.merge(stock, ml, Double::sum);
            }
            given.add(line.animal().getId());
            lastMl = ml;
            DosingEvent event = line.event();
            if (event == null) {
                event = VivariumFactory.eINSTANCE.createDosingEvent();
                event.setRegimen(line.regimen());
                event.setScheduledTime(line.task().due());
                event.setActualTime(at);
                event.setOperator(operator.strip());
                event.setBodyWeightGrams(line.weightGrams());
                event.setVolumeMl(ml);
                if (!line.task().inWindow(at)) {
                    event.setWindowReason(reason);
                }
                event.setStock(stock);
                command.append(new AddCommand(domain, line.animal(), Literals.ANIMAL__DOSING_EVENTS, event));
                continue;
            }
            command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__ACTUAL_TIME, at));
            command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__OPERATOR, operator.strip()));
            command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__BODY_WEIGHT_GRAMS, line.weightGrams()));
            command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__VOLUME_ML, ml));
            if (!line.task().inWindow(at)) {
                command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__WINDOW_REASON, reason));
            }
            if (stock != null) {
                command.append(new SetCommand(domain, event, Literals.DOSING_EVENT__STOCK, stock));
            }
        }
        if (given.isEmpty()) {
            return new Result(null, null);
        }
        command.setLabel(given.size() == 1 ? "Dose " + given.get(0) + " (" + Labels.number(lastMl) + " mL)"
                : "Dose " + given.size() + " animals");
        return new Result(command, null);
    }

    /** Records every dose of a round not given yet as given (a round done as planned); see {@link #giveAll}. */
    public static Result giveRound(EditingDomain domain, DoseRound round, LocalDateTime at, String operator) {
        return giveRound(domain, round, at, operator, null);
    }

    /** {@link #giveRound} with the reason doses outside their dosing window are given (null when on time). */
    public static Result giveRound(EditingDomain domain, DoseRound round, LocalDateTime at, String operator,
            String windowReason) {
        Result result = giveAll(domain, round.lines(), at, operator, windowReason);
        if (result.command() instanceof CompoundCommand c) {
            int n = round.lines().size() - round.given();
            c.setLabel("Record " + n + (n == 1 ? " dose" : " doses") + " of cohort " + round.cohort().getName()
                    + " as given");
        }
        return result;
    }

    /** Takes back a dose recorded as given by mistake (the time and operator are cleared). */
    public static Result notGiven(EditingDomain domain, DoseLine line) {
        if (!line.isGiven()) {
            return new Result(null, null);
        }
        if (line.event().getStock() != null) {
            return new Result(null, drawnFromStock(line, "taking it back"));
        }
        CompoundCommand command = new CompoundCommand("Mark the dose of " + line.animal().getId() + " not given");
        command.append(new SetCommand(domain, line.event(), Literals.DOSING_EVENT__ACTUAL_TIME,
                SetCommand.UNSET_VALUE));
        command.append(new SetCommand(domain, line.event(), Literals.DOSING_EVENT__OPERATOR, SetCommand.UNSET_VALUE));
        if (line.event().getWindowReason() != null) {
            command.append(new SetCommand(domain, line.event(), Literals.DOSING_EVENT__WINDOW_REASON,
                    SetCommand.UNSET_VALUE));
        }
        return new Result(command, null);
    }

    /** Corrects the time a dose was given (refused outside the dosing window: see the overload with a reason). */
    public static Result setTime(EditingDomain domain, DoseLine line, LocalDateTime at) {
        return setTime(domain, line, at, null);
    }

    /**
     * Corrects the time a dose was given; a time outside the dosing window needs a reason (recorded with it), and a
     * time back within it clears the reason recorded before.
     */
    public static Result setTime(EditingDomain domain, DoseLine line, LocalDateTime at, String windowReason) {
        if (!line.isGiven()) {
            return new Result(null, line.animal().getId() + " has not been dosed yet: record the dose first");
        }
        String reason = blankToNull(windowReason);
        boolean inWindow = line.task().inWindow(at);
        if (!inWindow && reason == null) {
            return new Result(null, DoseWindows.refusal(line, at));
        }
        SetCommand time = new SetCommand(domain, line.event(), Literals.DOSING_EVENT__ACTUAL_TIME, at);
        time.setLabel("Set the dosing time of " + line.animal().getId());
        if (inWindow && line.event().getWindowReason() == null) {
            return new Result(time, null);
        }
        CompoundCommand command = new CompoundCommand("Set the dosing time of " + line.animal().getId());
        command.append(time);
        if (!inWindow) {
            command.append(new SetCommand(domain, line.event(), Literals.DOSING_EVENT__WINDOW_REASON, reason));
        } else if (line.event().getWindowReason() != null) {
            command.append(new SetCommand(domain, line.event(), Literals.DOSING_EVENT__WINDOW_REASON,
                    SetCommand.UNSET_VALUE));
        }
        return new Result(command, null);
    }

    /** Records the volume actually given when it differs from the computed one. */
    public static Result setVolume(EditingDomain domain, DoseLine line, double ml) {
        if (!line.isGiven()) {
            return new Result(null, line.animal().getId() + " has not been dosed yet: record the dose first");
        }
        if (!(ml > 0) || Double.isInfinite(ml)) {
            return new Result(null, "a volume given must be above 0 mL");
        }
        if (line.event().getStock() != null) {
            return new Result(null, drawnFromStock(line, "correcting its volume"));
        }
        SetCommand command = new SetCommand(domain, line.event(), Literals.DOSING_EVENT__VOLUME_ML, roundMl(ml));
        command.setLabel("Set the volume given to " + line.animal().getId());
        return new Result(command, null);
    }

    private static String drawnFromStock(DoseLine line, String what) {
        return "the dose of " + line.animal().getId() + " was drawn from stock " + line.event().getStock().getId()
                + ": " + what + " needs a reason (the stock log records it as a correction)";
    }

    /** A volume as syringes measure it: to 0.01 mL. */
    public static double roundMl(double ml) {
        return Math.round(ml * 100) / 100.0;
    }

    /**
     * Checks a weight against the study's body weight measure (its valid range), else that it is positive: null, or
     * why it cannot be recorded (what {@link #weigh} would refuse it for).
     */
    public static String checkWeight(DoseLine line, double grams) {
        if (!(grams > 0) || Double.isInfinite(grams)) {
            return "a body weight must be a number above 0 g";
        }
        Study study = Studies.studyOf(line.animal());
        for (AssayDefinition assay : study == null ? List.<AssayDefinition>of() : study.getAssays()) {
            if (assay.getKind() == AssayKind.BODY_WEIGHT) {
                for (MeasureDefinition m : assay.getMeasures()) {
                    if (m.isPrimary() || assay.getMeasures().size() == 1) {
                        return ValueRules.check(m, grams, false);
                    }
                }
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.vivarium.core.blinding;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.core.study.Users;
import org.vivarium.model.BlindingEventKind;
import org.vivarium.model.Compound;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumPackage.Literals;

/**
 * Coded treatments: every arm gets a letter (A, B, C...) and every compound a solution name (Solution A, B...), in a
 * random order drawn from a seed so that the letter says nothing about the arm's place in the design, and the study is
 * marked coded: dosers and scorers see only the codes ({@link Coding}) until an unblinding is recorded
 * ({@link Unblinding}). Letters that are an arm's own code or label are skipped, so a code never names another arm.
 * Replacing existing codes needs a reason; both are recorded in the blinding log.
 */
public final class TreatmentCodes {

    /** What coding the treatments comes to: a problem, or the code of each arm and compound. */
    public record Plan(List<String> problems, Map<TreatmentArm, String> armCodes, Map<Compound, String> compoundCodes,
            long seed, boolean recoding, String by, LocalDateTime at, String reason, Study study) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        /** e.g. "4 arms (A-D) and 3 compounds (Solution A-C), seed 7"; the key itself is not shown. */
        public String summary() {
            return hasProblems() ? String.join("; ", problems) : detail().substring(BlindingLog.TREATMENTS.length()
                    + 2);
        }

        String detail() {
            return BlindingLog.TREATMENTS + ": " + armCodes.size() + (armCodes.size() == 1 ? " arm (" : " arms (")
                    + letters(armCodes.values()) + ")" + (compoundCodes.isEmpty() ? "" : " and " + compoundCodes
                            .size() + (compoundCodes.size() == 1 ? " compound (" : " compounds (") + letters(
                                    compoundCodes.values()) + ")") + ", seed " + seed;
        }

        /** One undoable command, "Code treatments" or "Recode treatments"; only for a plan without problems. */
        public Command toCommand(EditingDomain domain) {
            if (hasProblems()) {
                throw new IllegalStateException("the plan has problems: " + problems.get(0));
            }
            CompoundCommand command = new CompoundCommand(recoding ? "Recode treatments" : "Code treatments");
            armCodes.forEach((arm, code) -> command.append(new SetCommand(domain, arm,
                    Literals.TREATMENT_ARM__BLINDED_CODE, code)));
            compoundCodes.forEach((c, code) -> command.append(new SetCommand(domain, c, Literals.COMPOUND__BLINDED_CODE,
                    code)));
            command.append(new SetCommand(domain, study, Literals.STUDY__TREATMENTS_CODED, Boolean.TRUE));
            command.append(BlindingLog.append(domain, study, BlindingLog.event(recoding
                    ? BlindingEventKind.CODES_REGENERATED : BlindingEventKind.CODES_GENERATED, null, by, at, reason,
                    detail())));
            command.append(BlindingLog.refreshArrive(domain, study));
            return command;
        }
    }

    private static final String SOLUTION = "Solution ";

    private TreatmentCodes() {
    }

    /** Codes the treatments by the current user, now, without a reason (a problem if codes exist already). */
    public static Plan assign(Study study, long seed) {
        return assign(study, seed, null, Users.current(), LocalDateTime.now());
    }

    /** Codes the treatments; replacing existing codes (or recoding) needs a reason. */
    public static Plan assign(Study study, long seed, String reason, String by, LocalDateTime at) {
        List<String> problems = new ArrayList<>();
        List<TreatmentArm> arms = study.getArms();
        List<Compound> compounds = study.getCompounds();
        boolean hasCodes = study.isTreatmentsCoded() || arms.stream().anyMatch(a -> !blank(a.getBlindedCode()))
                || compounds.stream().anyMatch(c -> !blank(c.getBlindedCode()));
        boolean hasReason = !blank(reason);
        if (arms.isEmpty()) {
            problems.add("the study has no treatment arms to code");
        } else if (arms.size() > 26 || compounds.size() > 26) {
            problems.add("at most 26 arms and 26 compounds can be coded with letters");
        } else if (hasCodes && !hasReason) {
            problems.add("the treatments have codes already (" + existing(arms) + "); replacing them needs a reason");
        }
        if (!problems.isEmpty()) {
            return new Plan(problems, Map.of(), Map.of(), seed, false, by, at, reason, study);
        }
        Set<String> names = new TreeSet<>();
        arms.forEach(a -> {
            names.add(upper(a.getCode()));
            names.add(upper(a.getLabel()));
        });
        compounds.forEach(c -> names.add(upper(c.getName())));
        Prng prng = new Prng(seed);
        List<String> armLetters = letters(arms.size(), "", names);
        prng.shuffle(armLetters);
        List<String> compoundLetters = letters(compounds.size(), SOLUTION, names);
        prng.shuffle(compoundLetters);
        Map<TreatmentArm, String> armCodes = new LinkedHashMap<>();
        for (int i = 0; i < arms.size(); i++) {
            armCodes.put(arms.get(i), armLetters.get(i));
        }
        Map<Compound, String> compoundCodes = new LinkedHashMap<>();
        for (int i = 0; i < compounds.size(); i++) {
            compoundCodes.put(compounds.get(i), compoundLetters.get(i));
        }
        return new Plan(List.of(), armCodes, compoundCodes, seed, hasCodes, by, at, hasReason ? reason.strip() : null,
                study);
    }

    /** The first n codes "A", "B"... (with a prefix) that name nothing in the study. */
    private static List<String> letters(int n, String prefix, Set<String> names) {
        List<String> list = new ArrayList<>();
        for (int i = 0; list.size() < n; i++) {
            String code = prefix + (i < 26 ? "" : String.valueOf((char) ('A' + i / 26 - 1))) + (char) ('A' + i % 26);
            if (!names.contains(upper(code))) {
                list.add(code);
            }
        }
        return list;
    }

    /** "A-D", "Solution A-C" or "A, C, D" (sorted). */
    static String letters(java.util.Collection<String> codes) {
        List<String> sorted = codes.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "";
        }
        String first = sorted.get(0);
        String last = sorted.get(sorted.size() - 1);
        boolean run = sorted.size() >= 2 && sorted.stream().allMatch(s -> s.length() == first.length())
                && last.charAt(last.length() - 1) - first.charAt(first.length() - 1) == sorted.size() - 1
                && first.substring(0, first.length() - 1).equals(last.substring(0, last.length() - 1));
        if (run) {
            return first + "-" + last.substring(last.length() - 1);
        }
        return String.join(", ", sorted);
    }

    private static String existing(List<TreatmentArm> arms) {
        List<String> codes = arms.stream().map(TreatmentArm::getBlindedCode).filter(c -> !blank(c)).toList();
        return codes.isEmpty() ? "the study is marked coded" : "arms " + letters(codes);
    }

    private static String upper(String s) {
        return s == null ? "" : s.strip().toUpperCase(Locale.ROOT);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

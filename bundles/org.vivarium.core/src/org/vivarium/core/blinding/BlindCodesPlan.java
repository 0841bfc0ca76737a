package org.vivarium.core.blinding;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;

/** What {@link BlindCodes#plan} found: a problem, or the code each animal gets; applied by one undoable command. */
public final class BlindCodesPlan {

    private final Cohort cohort;
    private final List<String> problems;
    private final Map<Animal, String> codes;
    private final long seed;
    private final int length;
    private final int kept;
    private final boolean regenerating;
    private final String by;
    private final LocalDateTime at;
    private final String reason;
    private final String detail;

    BlindCodesPlan(Cohort cohort, Map<Animal, String> codes, long seed, int length, int kept, boolean regenerating,
            String by, LocalDateTime at, String reason, String detail) {
        this(cohort, List.of(), codes, seed, length, kept, regenerating, by, at, reason, detail);
    }

    private BlindCodesPlan(Cohort cohort, List<String> problems, Map<Animal, String> codes, long seed, int length,
            int kept, boolean regenerating, String by, LocalDateTime at, String reason, String detail) {
        this.cohort = cohort;
        this.problems = problems;
        this.codes = codes;
        this.seed = seed;
        this.length = length;
        this.kept = kept;
        this.regenerating = regenerating;
        this.by = by;
        this.at = at;
        this.reason = reason;
        this.detail = detail;
    }

    static BlindCodesPlan rejected(String problem) {
        return new BlindCodesPlan(null, List.of(problem), Map.of(), 0, 0, 0, false, null, null, null, null);
    }

    /** One line per problem; empty if none. */
    public List<String> problems() {
        return problems;
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Cohort cohort() {
        return cohort;
    }

    /** The new code of each animal, in cohort order. */
    public Map<Animal, String> codes() {
        return codes;
    }

    /** The seed that reproduces the codes. */
    public long seed() {
        return seed;
    }

    /** Characters per code. */
    public int length() {
        return length;
    }

    /** Whether existing codes are replaced (a regeneration, recorded with its reason). */
    public boolean regenerating() {
        return regenerating;
    }

    String by() {
        return by;
    }

    LocalDateTime at() {
        return at;
    }

    String reason() {
        return reason;
    }

    /** What the log records, e.g. "40 codes of 4 characters, seed 7". */
    public String detail() {
        return detail;
    }

    /** e.g. "40 blind codes for cohort 24 h (4 characters, seed 7)". */
    public String summary() {
        if (hasProblems()) {
            return String.join("; ", problems);
        }
        return codes.size() + (codes.size() == 1 ? " blind code" : " blind codes") + " for cohort " + cohort.getName()
                + (regenerating ? ", replacing the old ones" : kept > 0 ? ", for the animals without one ("
                        + kept + " kept)" : "") + " (" + length + " characters, seed " + seed + ")";
    }

    /** One undoable command, e.g. "Generate blind codes for 24 h"; only for a plan without problems. */
    public Command toCommand(EditingDomain domain) {
        if (hasProblems()) {
            throw new IllegalStateException("the plan has problems: " + problems.get(0));
        }
        return BlindCodes.command(domain, this);
    }
}

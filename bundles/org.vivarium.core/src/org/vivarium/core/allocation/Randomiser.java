package org.vivarium.core.allocation;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.study.Users;
import org.vivarium.core.study.NaturalOrder;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * Randomises a cohort's animals to the study's arms: simple randomisation, permuted blocks of one size or of random
 * sizes, stratified, and whole cages (cluster randomisation). {@link #plan} changes nothing; the plan's
 * {@link AllocationPlan#toCommand command} applies it as one undoable change.
 *
 * <h2>Algorithm "permuted-blocks", version 1</h2>
 * The same inputs and seed give the same allocation in every implementation that claims this version:
 * <ol>
 * <li><b>Inputs.</b> The cohort; arms A<sub>1</sub>..A<sub>k</sub> (k &ge; 2) in the given order with ratio
 * r<sub>1</sub>..r<sub>k</sub> (whole numbers &ge; 1), S = r<sub>1</sub> + ... + r<sub>k</sub>; the strata factors in
 * the given order; the blocking; whole cages or animals; a 64-bit seed; the allocation time (for body weights).</li>
 * <li><b>Units.</b> The cohort's animals with status ACTIVE (others keep their arm), sorted by id in
 * {@link NaturalOrder} (ties: order in the cohort). With whole cages, a unit is a cage holding at least one of them,
 * with those animals; cages are sorted by label in natural order (ties: order in the cohort).</li>
 * <li><b>Strata.</b> As {@link Stratifier} says: levels per factor, weight bands by rank within the other factors'
 * strata, strata ordered by their levels' sort keys (sex by its model value, weight band by number, others by value in
 * natural order). Within a stratum, units keep the order of step 2. Without factors, one stratum "all".</li>
 * <li><b>Random numbers.</b> One {@link org.vivarium.core.blinding.Prng} (SplitMix64; below(n) is its nextInt(n))
 * seeded with the seed, used in the order below and nowhere else.</li>
 * <li><b>Sequence.</b> Stratum by stratum, in order:
 * <ul>
 * <li>simple: for each unit, x = below(S); the unit gets the first arm A<sub>i</sub> with
 * x &lt; r<sub>1</sub> + ... + r<sub>i</sub>; its block is 0;</li>
 * <li>permuted blocks: while units remain, choose the block size b (fixed; or, with random sizes, the
 * below(m)-th of the m sizes S, 2S, ..., largest), make the list A<sub>1</sub> repeated r<sub>1</sub>&middot;b/S times,
 * then A<sub>2</sub> ..., shuffle it (always the whole list, also when fewer units remain), and give its arms in order
 * to the next b units (fewer for the stratum's last block). Blocks are numbered 1, 2, ... across the cohort in the
 * order they are filled.</li>
 * </ul>
 * Every animal of a cage unit gets the cage's arm, stratum and block.</li>
 * </ol>
 * Defaults: fixed block size = the smallest multiple of S that is at least 4; random block sizes S and 2S. Blind
 * codes are not part of the sequence (see {@link BlindCodeSource}).
 * <p>
 * Refused (one-line {@link AllocationException}, nothing planned): unknown cohort or arms, fewer than two arms, a ratio
 * that does not fit the arms, a block size that is not a multiple of S, unknown strata, units without the level of a
 * factor (e.g. no body weight), mixed cages when stratifying whole cages, a stratum with fewer than S units, a cohort
 * already allocated without a reason, and an allocation that would move an animal with data.
 */
public final class Randomiser {

    /** The name of the algorithm recorded in allocation records. */
    public static final String ALGORITHM = "permuted-blocks";
    /** Its version; changes whenever any step above would give a different allocation. */
    public static final int VERSION = 1;

    private static final SecureRandom SEEDS = new SecureRandom();
    private static final long MAX_DRAWN_SEED = 999_999_999L;

    private Randomiser() {
    }

    /** Plans an allocation (at the current time, with the default blind codes); changes nothing. */
    public static AllocationPlan plan(Study study, AllocationSettings settings) throws AllocationException {
        return plan(study, settings, BlindCodeSource.DEFAULT, LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Plans an allocation as of a time, with blind codes from the given source; changes nothing. */
    public static AllocationPlan plan(Study study, AllocationSettings settings, BlindCodeSource codes,
            LocalDateTime at) throws AllocationException {
        Design design = Design.of(study, settings);
        Cohort cohort = settings.cohort();
        boolean again = isAllocated(study, cohort);
        if (again && design.reason() == null) {
            AllocationRecord last = latest(study, cohort);
            throw new AllocationException("cohort " + cohort.getName() + " is already allocated ("
                    + (last == null ? "its animals have arms" : "allocation of " + last.getGeneratedAt().toLocalDate()
                            + " by " + last.getGeneratedBy()) + "); randomising it again needs a reason");
        }
        Drawn drawn = draw(design, settings, at);
        AnimalData.of(study, cohort).check(cohort, drawn.assignments());
        List<Assignment> assignments;
        if (settings.blindCodes()) {
            List<String> newCodes = codes.newCodes(study, drawn.assignments().size());
            assignments = new ArrayList<>(newCodes.size());
            for (Assignment a : drawn.assignments()) {
                assignments.add(new Assignment(a.animal(), a.arm(), a.stratum(), a.block(), newCodes.get(
                        assignments.size())));
            }
        } else {
            assignments = drawn.assignments().stream().map(a -> new Assignment(a.animal(), a.arm(), a.stratum(),
                    a.block(), a.animal().getBlindCode())).toList();
        }
        String user = settings.user() == null || settings.user().isBlank() ? Users.current() : settings.user();
        // a reason is why a cohort is randomised again; the first allocation needs none and records none
        return new AllocationPlan(study, settings.withUser(user).withReason(again ? design.reason() : null), design,
                drawn.strata(), assignments, again, at);
    }

    /**
     * The allocation sequence alone (arms, strata and blocks; no blind codes), as of a time: checks the settings but
     * not whether the cohort is allocated already or animals with data would move. With {@link #settingsOf} and the
     * record's time it reproduces a record.
     */
    public static List<Assignment> sequence(Study study, AllocationSettings settings, LocalDateTime at)
            throws AllocationException {
        return draw(Design.of(study, settings), settings, at).assignments();
    }

    private record Drawn(List<Stratum> strata, List<Assignment> assignments) {
    }

    private static Drawn draw(Design design, AllocationSettings settings, LocalDateTime at) throws AllocationException {
        Cohort cohort = settings.cohort();
        List<Unit> units = Unit.of(cohort, settings.byCage());
        List<Stratum> strata = Stratifier.strata(units, design.factors(), at);
        for (Stratum s : strata) {
            if (s.units().size() < design.ratioSum()) {
                String what = settings.byCage() ? "cage" : "animal";
                throw new AllocationException("cohort " + cohort.getName() + ": stratum '" + s.label() + "' has "
                        + Names.count(s.units().size(), what) + ", fewer than one block of the ratio "
                        + settings.ratioText() + " (" + design.ratioSum() + "); it cannot be balanced (use fewer "
                        + "strata or weight bands)");
            }
        }
        return new Drawn(strata, new Sequence(design.arms(), design.ratio(), design.blocking(), design.blockSizes(),
                settings.seed()).assign(strata));
    }

    /** Whether the cohort has an allocation: an allocation record, or arms given to any of its animals. */
    public static boolean isAllocated(Study study, Cohort cohort) {
        return latest(study, cohort) != null || cohort.getAnimals().stream().anyMatch(a -> a.getArm() != null);
    }

    /** The newest allocation record of a cohort (its allocation), or null. */
    public static AllocationRecord latest(Study study, Cohort cohort) {
        AllocationRecord last = null;
        for (AllocationRecord r : study.getAllocations()) {
            if (r.getCohort() == cohort) {
                last = r;
            }
        }
        return last;
    }

    /**
     * The settings that reproduce a record of this algorithm (same cohort, arms, ratio, strata, blocks, cages and
     * seed; blind codes off, since codes are not part of the sequence). Planned as of the record's time, they give the
     * record's arms, strata and blocks again while the animals and their weights are as they were.
     */
    public static AllocationSettings settingsOf(AllocationRecord record) {
        List<Integer> sizes = record.getBlockSizes();
        Blocking blocking = sizes.isEmpty() ? Blocking.NONE : sizes.size() == 1 ? Blocking.FIXED : Blocking.RANDOM;
        int size = sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1);
        return new AllocationSettings(record.getCohort(), record.getArms(), record.getRatio(), record.getStrata(),
                blocking, size, record.isByCage(), record.getSeed(), false, record.getReason(), record
                        .getGeneratedBy());
    }

    /** The default fixed block size: the smallest multiple of the ratio's sum that is at least 4. */
    public static int defaultBlockSize(List<Integer> ratio) {
        int sum = Math.max(1, ratio.stream().mapToInt(r -> r == null ? 0 : r).sum());
        return sum * Math.max(1, (4 + sum - 1) / sum);
    }

    /** The default largest random block size: twice the ratio's sum (blocks of S and 2S). */
    static int defaultLargestBlock(int sum) {
        return 2 * sum;
    }

    /** A seed drawn from a secure source, 1 to 999,999,999 (short enough to write down and type again). */
    public static long drawSeed() {
        return SEEDS.nextLong(1, MAX_DRAWN_SEED + 1);
    }
}

package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.vivarium.core.study.Users;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * What to randomise and how: the cohort, the arms and their ratio, the strata, the blocking, whole cages or animals,
 * the seed, whether to give blind codes, the reason (required to randomise a cohort again) and who does it.
 *
 * @param cohort     the cohort whose active animals are allocated
 * @param arms       the arms, in the order the ratio refers to (at least two)
 * @param ratio      allocation ratio per arm, positive whole numbers (empty: equal)
 * @param strata     stratum names understood by {@link Strata} ("sex", "weight:3", "genotype", ...), in order
 * @param blocking   simple randomisation, fixed or random block sizes
 * @param blockSize  FIXED: the block size (a multiple of the ratio's sum; 0 for the default); RANDOM: the largest
 *                   block size (0 for the default); ignored for NONE
 * @param byCage     allocate whole cages (cluster randomisation) instead of animals
 * @param seed       the seed of the pseudo-random sequence; the same settings and seed give the same allocation
 * @param blindCodes give every allocated animal a new blind code
 * @param reason     why the cohort is randomised again (required when it is already allocated), or null
 * @param user       who randomises ("user@host")
 */
public record AllocationSettings(Cohort cohort, List<TreatmentArm> arms, List<Integer> ratio, List<String> strata,
        Blocking blocking, int blockSize, boolean byCage, long seed, boolean blindCodes, String reason, String user) {

    public AllocationSettings {
        arms = Collections.unmodifiableList(new ArrayList<>(arms == null ? List.of() : arms));
        ratio = Collections.unmodifiableList(new ArrayList<>(ratio == null || ratio.isEmpty() ? ones(arms.size())
                : ratio));
        strata = Collections.unmodifiableList(new ArrayList<>(strata == null ? List.of() : strata));
        blocking = blocking == null ? Blocking.FIXED : blocking;
    }

    /**
     * All the study's arms at 1:1, no strata, permuted blocks of the default size (the smallest multiple of the
     * number of arms that is at least 4), animals (not cages), a seed drawn at random, blind codes on, the current
     * user.
     */
    public static AllocationSettings defaults(Study study, Cohort cohort) {
        List<TreatmentArm> arms = List.copyOf(study.getArms());
        List<Integer> ratio = ones(arms.size());
        return new AllocationSettings(cohort, arms, ratio, List.of(), Blocking.FIXED, Randomiser.defaultBlockSize(
                ratio), false, Randomiser.drawSeed(), true, null, Users.current());
    }

    public AllocationSettings withStrata(List<String> newStrata) {
        return new AllocationSettings(cohort, arms, ratio, newStrata, blocking, blockSize, byCage, seed, blindCodes,
                reason, user);
    }

    public AllocationSettings withBlocking(Blocking newBlocking, int newBlockSize) {
        return new AllocationSettings(cohort, arms, ratio, strata, newBlocking, newBlockSize, byCage, seed, blindCodes,
                reason, user);
    }

    public AllocationSettings withByCage(boolean newByCage) {
        return new AllocationSettings(cohort, arms, ratio, strata, blocking, blockSize, newByCage, seed, blindCodes,
                reason, user);
    }

    public AllocationSettings withSeed(long newSeed) {
        return new AllocationSettings(cohort, arms, ratio, strata, blocking, blockSize, byCage, newSeed, blindCodes,
                reason, user);
    }

    /** Another ratio; a block size that was the default for the old ratio becomes the default for the new one. */
    public AllocationSettings withRatio(List<Integer> newRatio) {
        List<Integer> r = newRatio == null || newRatio.isEmpty() ? ones(arms.size()) : newRatio;
        return new AllocationSettings(cohort, arms, r, strata, blocking, followDefault(r), byCage, seed, blindCodes,
                reason, user);
    }

    /** Other arms; the ratio becomes equal when its length no longer matches (and a default block size follows). */
    public AllocationSettings withArms(List<TreatmentArm> newArms) {
        List<TreatmentArm> a = newArms == null ? List.of() : newArms;
        List<Integer> r = ratio.size() == a.size() ? ratio : ones(a.size());
        return new AllocationSettings(cohort, a, r, strata, blocking, followDefault(r), byCage, seed, blindCodes,
                reason, user);
    }

    public AllocationSettings withReason(String newReason) {
        return new AllocationSettings(cohort, arms, ratio, strata, blocking, blockSize, byCage, seed, blindCodes,
                newReason, user);
    }

    public AllocationSettings withBlindCodes(boolean newBlindCodes) {
        return new AllocationSettings(cohort, arms, ratio, strata, blocking, blockSize, byCage, seed, newBlindCodes,
                reason, user);
    }

    public AllocationSettings withUser(String newUser) {
        return new AllocationSettings(cohort, arms, ratio, strata, blocking, blockSize, byCage, seed, blindCodes,
                reason, newUser);
    }

    public AllocationSettings withCohort(Cohort newCohort) {
        return new AllocationSettings(newCohort, arms, ratio, strata, blocking, blockSize, byCage, seed, blindCodes,
                reason, user);
    }

    /** The sum of the ratio: every complete block holds each arm its ratio times (block size / sum). */
    public int ratioSum() {
        return ratio.stream().mapToInt(Integer::intValue).sum();
    }

    /** e.g. "1:1:2". */
    public String ratioText() {
        return String.join(":", ratio.stream().map(String::valueOf).toList());
    }

    private int followDefault(List<Integer> newRatio) {
        return blocking == Blocking.FIXED && blockSize == Randomiser.defaultBlockSize(ratio)
                ? Randomiser.defaultBlockSize(newRatio) : blockSize;
    }

    private static List<Integer> ones(int n) {
        return Collections.nCopies(n, 1);
    }
}

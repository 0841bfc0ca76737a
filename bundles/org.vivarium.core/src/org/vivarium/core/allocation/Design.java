package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Settings checked against the study: arms, ratio, block sizes and strata that an allocation can use.
 *
 * @param blockSizes FIXED: the one block size; RANDOM: the sizes to draw from; NONE: empty
 */
record Design(List<TreatmentArm> arms, List<Integer> ratio, int ratioSum, Blocking blocking, List<Integer> blockSizes,
        List<Factor> factors, String reason) {

    static Design of(Study study, AllocationSettings s) throws AllocationException {
        if (s.cohort() == null || !study.getCohorts().contains(s.cohort())) {
            throw new AllocationException(s.cohort() == null ? "no cohort given to randomise"
                    : "cohort " + s.cohort().getName() + " is not a cohort of this study");
        }
        List<TreatmentArm> arms = arms(study, s.arms());
        List<Integer> ratio = s.ratio();
        if (ratio.size() != arms.size()) {
            throw new AllocationException("the ratio " + s.ratioText() + " has " + ratio.size() + " parts but "
                    + Names.count(arms.size(), "arm") + " are allocated (" + codes(arms) + ")");
        }
        for (Integer r : ratio) {
            if (r == null || r < 1) {
                throw new AllocationException("the ratio " + s.ratioText() + " needs a whole number of at least 1 "
                        + "for every arm");
            }
        }
        int sum = s.ratioSum();
        List<Integer> sizes = switch (s.blocking()) {
            case NONE -> List.of();
            case FIXED -> List.of(fixed(s, sum));
            case RANDOM -> random(s, sum);
        };
        List<Factor> factors = Strata.parse(s.strata(), s.byCage());
        String reason = s.reason() == null || s.reason().isBlank() ? null : s.reason().strip();
        return new Design(List.copyOf(arms), List.copyOf(ratio), sum, s.blocking(), sizes, factors, reason);
    }

    private static List<TreatmentArm> arms(Study study, List<TreatmentArm> arms) throws AllocationException {
        Set<TreatmentArm> seen = new HashSet<>();
        for (TreatmentArm a : arms) {
            if (a == null || !study.getArms().contains(a)) {
                throw new AllocationException((a == null ? "an arm" : "arm " + a.getCode()) + " is not an arm of "
                        + "this study");
            }
            if (!seen.add(a)) {
                throw new AllocationException("arm " + a.getCode() + " is given twice");
            }
        }
        if (arms.size() < 2) {
            throw new AllocationException("randomisation needs at least two arms, not " + arms.size()
                    + (arms.isEmpty() ? "" : " (" + codes(arms) + ")"));
        }
        return arms;
    }

    private static int fixed(AllocationSettings s, int sum) throws AllocationException {
        int size = s.blockSize() == 0 ? Randomiser.defaultBlockSize(s.ratio()) : s.blockSize();
        if (size < 1 || size % sum != 0) {
            throw new AllocationException("block size " + size + " is not a multiple of " + sum + ", the sum of the "
                    + "ratio " + s.ratioText() + " (each block holds every arm its ratio times)");
        }
        return size;
    }

    private static List<Integer> random(AllocationSettings s, int sum) throws AllocationException {
        int max = s.blockSize() == 0 ? Randomiser.defaultLargestBlock(sum) : s.blockSize();
        if (max < 2 * sum || max % sum != 0) {
            throw new AllocationException("the largest random block size " + max + " must be a multiple of " + sum
                    + ", the sum of the ratio " + s.ratioText() + ", and at least " + 2 * sum);
        }
        List<Integer> sizes = new ArrayList<>();
        for (int size = sum; size <= max; size += sum) {
            sizes.add(size);
        }
        return List.copyOf(sizes);
    }

    static String codes(List<TreatmentArm> arms) {
        return String.join(", ", arms.stream().map(TreatmentArm::getCode).toList());
    }
}

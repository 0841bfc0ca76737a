package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.blinding.Prng;
import org.vivarium.model.Animal;
import org.vivarium.model.TreatmentArm;

/**
 * Draws the arms of the units, stratum by stratum, from one {@link Prng} stream (allocation algorithm version
 * 1; see {@link Randomiser}). The result lists every animal with its arm, stratum and block; blind codes come later.
 */
final class Sequence {

    private final List<TreatmentArm> arms;
    private final List<Integer> ratio;
    private final int ratioSum;
    private final Blocking blocking;
    private final List<Integer> blockSizes;
    private final Prng random;
    private final List<Assignment> result = new ArrayList<>();
    private int block;

    Sequence(List<TreatmentArm> arms, List<Integer> ratio, Blocking blocking, List<Integer> blockSizes, long seed) {
        this.arms = arms;
        this.ratio = ratio;
        this.ratioSum = ratio.stream().mapToInt(Integer::intValue).sum();
        this.blocking = blocking;
        this.blockSizes = blockSizes;
        this.random = new Prng(seed);
    }

    /** The assignments of all strata, in stratum order and then unit order. */
    List<Assignment> assign(List<Stratum> strata) {
        for (Stratum s : strata) {
            if (blocking == Blocking.NONE) {
                simple(s);
            } else {
                blocks(s);
            }
        }
        return result;
    }

    private void simple(Stratum s) {
        for (Unit u : s.units()) {
            int x = random.nextInt(ratioSum);
            int i = 0; // the first arm whose cumulative ratio exceeds x
            int upTo = ratio.get(0);
            while (x >= upTo) {
                i++;
                upTo += ratio.get(i);
            }
            give(u, arms.get(i), s, 0);
        }
    }

    private void blocks(Stratum s) {
        List<Unit> units = s.units();
        int next = 0;
        while (next < units.size()) {
            int size = blocking == Blocking.FIXED ? blockSizes.get(0) : blockSizes.get(random.nextInt(blockSizes.size()));
            List<TreatmentArm> slots = slots(size);
            random.shuffle(slots);
            block++;
            for (int k = 0; k < size && next < units.size(); k++) {
                give(units.get(next++), slots.get(k), s, block);
            }
        }
    }

    /** A block before shuffling: arm 1 repeated ratio[1] * size / sum times, then arm 2, ... */
    private List<TreatmentArm> slots(int size) {
        List<TreatmentArm> slots = new ArrayList<>(size);
        int times = size / ratioSum;
        for (int i = 0; i < arms.size(); i++) {
            for (int k = 0; k < ratio.get(i) * times; k++) {
                slots.add(arms.get(i));
            }
        }
        return slots;
    }

    private void give(Unit u, TreatmentArm arm, Stratum s, int blockNumber) {
        for (Animal a : u.animals()) {
            result.add(new Assignment(a, arm, s.label(), blockNumber, null));
        }
    }
}

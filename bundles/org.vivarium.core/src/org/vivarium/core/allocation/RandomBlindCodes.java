package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.Prng;
import org.vivarium.core.study.Identifiers;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.Study;

/**
 * Blind codes as {@link BlindCodes} makes them (its alphabet without look-alikes and its length rule), drawn from a
 * generator seeded from the operating system's secure source - never from the allocation's seed, so that the seed does
 * not tell which code is which arm. A code is never one the study has used (an animal's, or one in an allocation
 * record) nor any identifier or ear tag.
 */
final class RandomBlindCodes implements BlindCodeSource {

    @Override
    public List<String> newCodes(Study study, int count) {
        Set<String> used = used(study);
        Identifiers names = Identifiers.of(study, List.of());
        int length = BlindCodes.length(used.size() + count);
        Prng prng = new Prng(Prng.drawSeed());
        List<String> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            String code = BlindCodes.draw(prng, length);
            if (names.isFree(code) && used.add(code)) {
                names.take(code, "a new blind code");
                codes.add(code);
            }
        }
        return codes;
    }

    private static Set<String> used(Study study) {
        Set<String> taken = new HashSet<>();
        for (Animal a : Studies.animals(study)) {
            if (a.getBlindCode() != null) {
                taken.add(a.getBlindCode());
            }
        }
        for (AllocationRecord r : study.getAllocations()) {
            for (AllocationEntry e : r.getEntries()) {
                if (e.getBlindCode() != null) {
                    taken.add(e.getBlindCode());
                }
            }
        }
        return taken;
    }
}

package org.vivarium.core.allocation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vivarium.core.study.Studies;
import org.vivarium.model.AllocationEntry;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.Study;

/**
 * A minimal blind-code generator (until the study-wide blind-code service is wired in): codes of 4 characters (5 or
 * more when the study has used a good part of the 4-character space) from an alphabet without look-alikes (no 0/O,
 * 1/I, 5/S, 8/B), drawn with {@link SecureRandom}.
 */
final class RandomBlindCodes implements BlindCodeSource {

    static final String ALPHABET = "ACDEFHJKLMNPRTUVWXY3479";

    private final SecureRandom random = new SecureRandom();

    @Override
    public List<String> newCodes(Study study, int count) {
        Set<String> taken = used(study);
        int length = 4;
        while (Math.pow(ALPHABET.length(), length) < 4.0 * (taken.size() + count)) {
            length++;
        }
        List<String> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            StringBuilder b = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (taken.add(b.toString())) {
                codes.add(b.toString());
            }
        }
        return codes;
    }

    static Set<String> used(Study study) {
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

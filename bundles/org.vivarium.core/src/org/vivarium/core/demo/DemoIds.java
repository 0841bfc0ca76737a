package org.vivarium.core.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.vivarium.core.blinding.BlindCodes;
import org.vivarium.core.blinding.Prng;

/**
 * Unique ear tags and blind codes for the demo's animals. Blind codes are what Vivarium generates
 * ({@link BlindCodes#draw}: 4 characters of {@value BlindCodes#ALPHABET}, no look-alikes), from a {@link Prng} seeded
 * with the demo's seed, unique in the study.
 */
final class DemoIds {

    /** The alphabet the demo drew its codes from before Vivarium generated them; see {@link #blindCode()}. */
    private static final String FORMER_ALPHABET = "ACDEFHJKLMNPRTUVWXY3479";

    private final Random random;
    private final Prng prng;
    private final Set<String> codes = new HashSet<>();
    private final Set<String> former = new HashSet<>();
    private int tag = 1000;

    DemoIds(Random random, long seed) {
        this.random = random;
        this.prng = new Prng(seed);
    }

    String earTag() {
        return "ET" + tag++;
    }

    /**
     * The next blind code, from {@link BlindCodes}. The demo's own generator still advances exactly as it did when it
     * drew the codes itself (4 draws a code, again on a repeat), so that the demo's allocation and simulated values
     * stay those of each seed (seed 42: the figures in the README and the tests).
     */
    String blindCode() {
        advanceAsBefore();
        while (true) {
            String code = BlindCodes.draw(prng, BlindCodes.MIN_LENGTH);
            if (codes.add(code)) {
                return code;
            }
        }
    }

    private void advanceAsBefore() {
        while (true) {
            StringBuilder b = new StringBuilder(4);
            for (int i = 0; i < 4; i++) {
                b.append(FORMER_ALPHABET.charAt(random.nextInt(FORMER_ALPHABET.length())));
            }
            if (former.add(b.toString())) {
                return;
            }
        }
    }
}

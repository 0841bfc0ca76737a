package org.vivarium.core.demo;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Unique ear tags and blind codes for the demo's animals. */
final class DemoIds {

    private static final String ALPHABET = "ACDEFHJKLMNPRTUVWXY3479"; // no look-alikes (0/O, 1/I, 5/S, 8/B, ...)

    private final Random random;
    private final Set<String> codes = new HashSet<>();
    private int tag = 1000;

    DemoIds(Random random) {
        this.random = random;
    }

    String earTag() {
        return "ET" + tag++;
    }

    String blindCode() {
        while (true) {
            StringBuilder b = new StringBuilder(4);
            for (int i = 0; i < 4; i++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (codes.add(b.toString())) {
                return b.toString();
            }
        }
    }
}

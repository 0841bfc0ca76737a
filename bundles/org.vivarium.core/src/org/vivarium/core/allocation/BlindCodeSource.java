package org.vivarium.core.allocation;

import java.util.List;

import org.vivarium.model.Study;

/**
 * Where new blind codes come from. Codes are not part of the reproducible allocation: they are drawn from a secure
 * source, so that knowing the seed does not tell which code is which arm. {@link #DEFAULT} makes 4-character codes
 * from an alphabet without look-alikes; the study-wide blind-code service can be plugged in instead.
 */
@FunctionalInterface
public interface BlindCodeSource {

    /** The default source: random codes, unique in the study and its allocation history. */
    BlindCodeSource DEFAULT = new RandomBlindCodes();

    /**
     * {@code count} new codes, distinct from each other and from every blind code the study has used (current codes
     * of animals, codes in allocation records).
     */
    List<String> newCodes(Study study, int count);
}

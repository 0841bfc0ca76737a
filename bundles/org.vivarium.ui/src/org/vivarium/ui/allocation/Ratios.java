package org.vivarium.ui.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.vivarium.core.allocation.AllocationException;

/** What people type for an allocation ratio ("1:1:2") and a seed, read with a message that says what is expected. */
final class Ratios {

    private Ratios() {
    }

    /** The ratio of {@code arms} arms; empty text means equal allocation. */
    static List<Integer> parse(String text, int arms) throws AllocationException {
        if (text == null || text.isBlank()) {
            return new ArrayList<>(Collections.nCopies(arms, 1));
        }
        String[] parts = text.strip().split("\\s*:\\s*");
        if (parts.length != arms) {
            throw new AllocationException("the ratio '" + text.strip() + "' has " + parts.length + " part"
                    + (parts.length == 1 ? "" : "s") + " for " + arms + " ticked arm" + (arms == 1 ? "" : "s")
                    + " (e.g. " + String.join(":", Collections.nCopies(Math.max(arms, 1), "1")) + ")");
        }
        List<Integer> ratio = new ArrayList<>();
        for (String p : parts) {
            try {
                int n = Integer.parseInt(p);
                if (n < 1 || n > 20) {
                    throw new NumberFormatException();
                }
                ratio.add(n);
            } catch (NumberFormatException e) {
                throw new AllocationException("the ratio '" + text.strip() + "' must be whole numbers from 1 to 20 "
                        + "separated by ':' (e.g. 1:1:2)");
            }
        }
        return ratio;
    }

    static long seed(String text) throws AllocationException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new AllocationException("the seed must be a whole number, not '" + text.strip() + "'");
        }
    }
}

package org.vivarium.core.allocation;

import java.util.List;

/** Lists of names in one-line messages: the first ten, then how many more. */
final class Names {

    static final int SHOWN = 10;

    private Names() {
    }

    /** "A1, A2, A3" or "A1, ..., A10 and 70 more". */
    static String list(List<String> names) {
        if (names.size() <= SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
    }

    /** "1 animal", "3 cages". */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** "4 and 8", "2, 4 and 6". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;

/** Which time bins make up an analysis window exactly (bins that follow each other from its start to its end). */
final class BinChain {

    private static final double EPS = 1e-6;

    private BinChain() {
    }

    /**
     * The indices of bins (each {from, to}) that follow each other from {@code from} to {@code to} exactly - at each
     * bound the longest bin starting there that does not pass the end - or null when the bounds do not fall so.
     */
    static List<Integer> of(List<double[]> bins, double from, double to) {
        List<Integer> chain = new ArrayList<>();
        double at = from;
        while (at < to - EPS) {
            int next = -1;
            for (int i = 0; i < bins.size(); i++) {
                double[] b = bins.get(i);
                if (Math.abs(b[0] - at) <= EPS && b[1] <= to + EPS && b[1] > at + EPS && (next < 0 || b[1] > bins
                        .get(next)[1])) {
                    next = i;
                }
            }
            if (next < 0) {
                return null;
            }
            chain.add(next);
            at = bins.get(next)[1];
        }
        return chain;
    }
}

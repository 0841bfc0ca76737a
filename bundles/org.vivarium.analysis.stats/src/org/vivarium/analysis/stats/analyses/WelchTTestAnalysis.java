package org.vivarium.analysis.stats.analyses;

/** {@code welch-t-test}: see {@link TTestAnalysis}. */
public final class WelchTTestAnalysis extends TTestAnalysis {

    public WelchTTestAnalysis() {
        super(true);
    }
}

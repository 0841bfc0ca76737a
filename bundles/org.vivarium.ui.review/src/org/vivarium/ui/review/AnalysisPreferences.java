package org.vivarium.ui.review;

import java.time.Duration;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.vivarium.analysis.AnalysisRunner;

/** The workbench's analysis preferences (Window > Preferences > Analyses): the time limit of one run. */
public final class AnalysisPreferences {

    /** The preference node (instance scope). */
    public static final String NODE = "org.vivarium.ui.review";
    /** The time limit of one run in seconds. */
    public static final String TIME_LIMIT_SECONDS = "analysis.timeLimitSeconds";
    /** The default time limit in seconds (as the command line's {@code analyze}). */
    public static final int DEFAULT_SECONDS = (int) AnalysisRunner.DEFAULT_TIME_LIMIT.toSeconds();
    /** The longest time limit that can be set: a week. */
    public static final int MAX_SECONDS = 7 * 24 * 3600;

    private AnalysisPreferences() {
    }

    /** The time limit of one analysis run. */
    public static Duration timeLimit() {
        int seconds = InstanceScope.INSTANCE.getNode(NODE).getInt(TIME_LIMIT_SECONDS, DEFAULT_SECONDS);
        return Duration.ofSeconds(seconds < 1 || seconds > MAX_SECONDS ? DEFAULT_SECONDS : seconds);
    }
}

package org.vivarium.io.excel.internal.behaviour;

/**
 * Scores one track sample by sample, keeping nothing but running sums (a track of any length takes constant
 * memory). A sample's state holds from its trial time until the next sample's (the last sample holds for the interval
 * before it); its distance moved is the path since the previous sample and counts when its time is in the window
 * (after its start, up to its end). A sample whose state is missing ("-") contributes nothing and is counted.
 */
final class TrackScorer {

    /** A missing 0/1 state. */
    static final int MISSING = -1;

    private final Target.Window immobileWindow;
    private final Target.Window window;
    private double prevTime = Double.NaN;
    private int prevImmobile = MISSING;
    private int prevCentre = MISSING;
    private double lastStep;
    private double immobile;
    private double centre;
    private double distance;
    private double missingStateTime;
    private double firstImmobile = Double.NaN;
    private double firstZone = Double.NaN;
    private double lastTime = Double.NaN;
    private long samples;
    private long missingStates;
    private long missingDistances;
    private long statesInWindow;
    private long distancesInWindow;

    /** @param immobileWindow the window of immobility; window the window of distance and zone times */
    TrackScorer(Target.Window immobileWindow, Target.Window window) {
        this.immobileWindow = immobileWindow;
        this.window = window;
    }

    /**
     * One sample. Returns null, or a message when its trial time goes backwards.
     *
     * @param immobile 1, 0 or {@link #MISSING}; centre likewise; zone 1 when in the zone whose first entry is timed
     * @param moved    distance moved since the previous sample, NaN when missing or not exported
     */
    String sample(double time, int immobile, double moved, int centre, int zone) {
        if (!Double.isNaN(prevTime)) {
            double step = time - prevTime;
            if (step < 0) {
                return "trial time " + Num.text(time) + " s is before the previous sample's " + Num.text(prevTime)
                        + " s";
            }
            close(prevTime, time);
            lastStep = step;
        }
        samples++;
        if (immobile == MISSING) {
            missingStates++;
        } else if (immobile == 1 && Double.isNaN(firstImmobile)) {
            firstImmobile = time;
        }
        if (zone == 1 && Double.isNaN(firstZone)) {
            firstZone = time;
        }
        if (time > window.from() && time <= window.to()) {
            if (Double.isNaN(moved)) {
                missingDistances++;
            } else {
                distance += moved;
                distancesInWindow++;
            }
        }
        prevTime = time;
        prevImmobile = immobile;
        prevCentre = centre;
        lastTime = time;
        return null;
    }

    /** A sample without a trial time: skipped, counted as missing. */
    void missingTime() {
        missingStates++;
    }

    /** Ends the track: the last sample holds for the interval before it. */
    void finish() {
        if (!Double.isNaN(prevTime)) {
            close(prevTime, prevTime + lastStep);
        }
    }

    private void close(double from, double to) {
        double in = overlap(from, to, immobileWindow);
        if (in > 0) {
            if (prevImmobile == MISSING) {
                missingStateTime += in;
            } else {
                statesInWindow++;
                if (prevImmobile == 1) {
                    immobile += in;
                }
            }
        }
        double z = overlap(from, to, window);
        if (z > 0 && prevCentre == 1) {
            centre += z;
        }
    }

    private static double overlap(double from, double to, Target.Window w) {
        return Math.max(0, Math.min(to, w.to()) - Math.max(from, w.from()));
    }

    double immobile() {
        return immobile;
    }

    double centre() {
        return centre;
    }

    double distance() {
        return distance;
    }

    /** Trial time of the first immobile sample, NaN if none. */
    double firstImmobile() {
        return firstImmobile;
    }

    /** Trial time of the first sample in the timed zone, NaN if none. */
    double firstZone() {
        return firstZone;
    }

    /** The end of the track (the last sample's time plus its interval), NaN when empty. */
    double end() {
        return Double.isNaN(lastTime) ? Double.NaN : lastTime + lastStep;
    }

    long samples() {
        return samples;
    }

    long missingStates() {
        return missingStates;
    }

    double missingStateTime() {
        return missingStateTime;
    }

    long statesInWindow() {
        return statesInWindow;
    }

    long distancesInWindow() {
        return distancesInWindow;
    }

    long missingDistances() {
        return missingDistances;
    }
}

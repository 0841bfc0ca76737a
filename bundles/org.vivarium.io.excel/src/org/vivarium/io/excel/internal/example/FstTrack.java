package org.vivarium.io.excel.internal.example;

import java.util.Random;

import org.vivarium.core.demo.DemoFst;

/**
 * A simulated forced swim track (illustrative): 6 minutes at 25 samples per second, mobile until the drawn latency,
 * then immobility bouts alternating with struggling, their lengths drawn so that the share of time immobile is about
 * the drawn immobility over 240 s; the centre-point of a mouse swimming in a 20 cm cylinder (fast when mobile, drifting
 * when immobile).
 */
final class FstTrack {

    static final double RATE = 25;
    static final int SAMPLES = 9001; // 0 to 360 s
    static final double RADIUS = 9.5; // cm, the centre-point's reach in a 20 cm cylinder

    final int[] immobile = new int[SAMPLES];
    final double[] x = new double[SAMPLES];
    final double[] y = new double[SAMPLES];

    FstTrack(DemoFst.Scores scores, Random random) {
        states(scores, random);
        positions(random);
    }

    static double time(int sample) {
        return Math.round(sample / RATE * 1000) / 1000.0;
    }

    private void states(DemoFst.Scores scores, Random random) {
        double share = Math.max(0.03, Math.min(0.97, scores.immobility() / 240));
        double meanImmobile = 2 + 10 * share;
        double meanMobile = meanImmobile * (1 - share) / share;
        int i = (int) Math.round(Math.min(scores.latency(), 300) * RATE);
        int state = 1;
        while (i < SAMPLES) {
            double mean = state == 1 ? meanImmobile : meanMobile;
            int n = Math.max(10, (int) Math.round(mean * (0.5 + random.nextDouble()) * RATE));
            for (int k = 0; k < n && i < SAMPLES; k++) {
                immobile[i++] = state;
            }
            state = 1 - state;
        }
    }

    private void positions(Random random) {
        double px = 0;
        double py = 0;
        double heading = random.nextDouble() * 2 * Math.PI;
        for (int i = 0; i < SAMPLES; i++) {
            double speed = immobile[i] == 1 ? 0.4 + 0.3 * random.nextDouble() : 6 + 6 * random.nextDouble(); // cm/s
            heading += 0.35 * random.nextGaussian();
            double nx = px + Math.cos(heading) * speed / RATE;
            double ny = py + Math.sin(heading) * speed / RATE;
            if (Math.hypot(nx, ny) > RADIUS) { // turn back from the wall
                heading += Math.PI;
                nx = px;
                ny = py;
            }
            px = nx;
            py = ny;
            x[i] = Math.round(px * 1000) / 1000.0;
            y[i] = Math.round(py * 1000) / 1000.0;
        }
    }

    /** Path since the previous sample (cm); NaN for the first. */
    double moved(int i) {
        return i == 0 ? Double.NaN : Math.round(Math.hypot(x[i] - x[i - 1], y[i] - y[i - 1]) * 1000) / 1000.0;
    }

    /** Whether the centre-point is in the centre zone (within 5 cm of the middle). */
    boolean inCentre(int i) {
        return Math.hypot(x[i], y[i]) < 5;
    }
}

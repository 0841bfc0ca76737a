package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.stats.math.KaplanMeier;

/** Time-to-event helpers: times and event flags of observations, and the Kaplan-Meier chart. */
final class Survival {

    private Survival() {
    }

    static double[] times(List<Observation> obs) {
        return obs.stream().mapToDouble(Observation::value).toArray();
    }

    static boolean[] events(List<Observation> obs) {
        boolean[] e = new boolean[obs.size()];
        for (int i = 0; i < e.length; i++) {
            e[i] = !obs.get(i).censored();
        }
        return e;
    }

    static KaplanMeier fit(List<Observation> obs) {
        return KaplanMeier.of(times(obs), events(obs), 0.95);
    }

    /** Step curves from S(0) = 1 with censoring marks, one per group. */
    static ChartSpec chart(String title, String xLabel, List<String> names, List<KaplanMeier> fits) {
        List<Series> series = new ArrayList<>();
        for (int g = 0; g < names.size(); g++) {
            List<Point> steps = new ArrayList<>();
            List<Point> marks = new ArrayList<>();
            steps.add(Point.xy(0, 1));
            for (KaplanMeier.Step s : fits.get(g).steps()) {
                if (s.events() > 0) {
                    steps.add(Point.xy(s.time(), s.survival()));
                }
                if (s.censored() > 0) {
                    marks.add(Point.xy(s.time(), s.survival()));
                }
            }
            series.add(new Series(names.get(g), Series.Style.STEP, steps));
            series.add(new Series(names.get(g), Series.Style.CENSOR_MARKS, marks));
        }
        return new ChartSpec(ChartSpec.Kind.KAPLAN_MEIER, title, xLabel, "Proportion not yet event",
                ChartSpec.Axis.NUMERIC, List.of(), ChartSpec.ErrorBars.NONE, series,
                List.of(new Marker(Marker.Kind.HORIZONTAL_LINE, 0.5, "median")));
    }
}

package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.core.study.BodyWeightTrend;

/** Chart specifications of dashboard figures computed in core (display mapping only). */
final class DashboardCharts {

    private DashboardCharts() {
    }

    static ChartSpec bodyWeight(Map<String, List<BodyWeightTrend.Point>> byArm) {
        List<Series> series = new ArrayList<>();
        byArm.forEach((arm, points) -> series.add(new Series(arm, Series.Style.LINE_WITH_ERROR, points.stream()
                .map(p -> Point.xy(p.week(), p.mean(), p.mean() - p.sem(), p.mean() + p.sem())).toList())));
        return new ChartSpec(ChartSpec.Kind.TIME_COURSE, "Body weight", "Weeks since dose (0 = week of dosing)",
                "Body weight (g)", ChartSpec.Axis.NUMERIC, List.of(), ChartSpec.ErrorBars.SEM, series, List.of());
    }
}

package org.vivarium.publish.charts;

import java.util.List;
import java.util.TreeSet;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Marker;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.Series;
import org.vivarium.core.study.Time;

/**
 * Where points go along x: categories and times since dose get evenly spaced positions labelled "VEH+VEH" or "1 wk"
 * (as in papers, where 1 h, 24 h, 1 wk and 8 wk are equally far apart); numeric axes keep their values.
 */
final class XPositions {

    private final ChartSpec spec;
    private final List<String> labels;
    private final double[] hours;

    XPositions(ChartSpec spec) {
        this.spec = spec;
        if (spec.xAxis() == ChartSpec.Axis.HOURS_SINCE_DOSE) {
            TreeSet<Double> xs = new TreeSet<>();
            for (Series s : spec.series()) {
                for (Point p : s.points()) {
                    xs.add(p.x());
                }
            }
            for (Marker m : spec.markers()) {
                if (m.kind() == Marker.Kind.VERTICAL_LINE) {
                    xs.add(m.value());
                }
            }
            hours = xs.stream().mapToDouble(Double::doubleValue).toArray();
            labels = xs.stream().map(Time::sinceDose).toList();
        } else {
            hours = new double[0];
            labels = spec.categories();
        }
    }

    boolean positional() {
        return spec.xAxis() != ChartSpec.Axis.NUMERIC;
    }

    /** The x position of a point. */
    double of(Point p) {
        if (spec.xAxis() == ChartSpec.Axis.CATEGORY) {
            int i = labels.indexOf(p.category());
            return i >= 0 ? i : Double.NaN;
        }
        return ofValue(p.x());
    }

    /** The x position of a value (a marker's x, or a point's x). */
    double ofValue(double x) {
        if (spec.xAxis() != ChartSpec.Axis.HOURS_SINCE_DOSE) {
            return x;
        }
        for (int i = 0; i < hours.length; i++) {
            if (Math.abs(hours[i] - x) < 1e-9) {
                return i;
            }
        }
        return Double.NaN;
    }

    ValueAxis axis(String label) {
        if (!positional()) {
            NumberAxis axis = new NumberAxis(label);
            axis.setAutoRangeIncludesZero(true);
            return axis;
        }
        SymbolAxis axis = new CategoryTickAxis(label, labels.toArray(String[]::new));
        axis.setRange(-0.6, Math.max(labels.size(), 1) - 0.4);
        return axis;
    }
}

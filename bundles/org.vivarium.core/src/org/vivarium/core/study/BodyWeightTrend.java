package org.vivarium.core.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Body weight per arm over the weeks around the dose (week 0 = the week of the cohort's anchor dose): mean, SEM and n
 * of the animals' weights in each week (an animal weighed twice in a week counts with its mean).
 */
public final class BodyWeightTrend {

    /** One arm in one week. */
    public record Point(int week, double mean, double sem, int n) {
    }

    private BodyWeightTrend() {
    }

    /** Arm code to its weekly points, in week order; animals that left the study are left out. */
    public static Map<String, List<Point>> byArm(Study study) {
        Map<String, List<Point>> result = new LinkedHashMap<>();
        for (TreatmentArm arm : study.getArms()) {
            TreeMap<Integer, List<Double>> perWeek = new TreeMap<>();
            for (Cohort c : study.getCohorts()) {
                if (c.getAnchorDoseTime() == null) {
                    continue;
                }
                for (Animal a : c.getAnimals()) {
                    if (a.getArm() != arm || a.getStatus() != AnimalStatus.ACTIVE) {
                        continue;
                    }
                    Map<Integer, double[]> own = new TreeMap<>();
                    for (BodyWeight w : a.getBodyWeights()) {
                        if (w.getMeasuredAt() == null || !(w.getWeightGrams() > 0)) {
                            continue;
                        }
                        long hours = Duration.between(c.getAnchorDoseTime(), w.getMeasuredAt()).toHours();
                        int week = (int) Math.floorDiv(hours, 168L);
                        double[] sum = own.computeIfAbsent(week, k -> new double[2]);
                        sum[0] += w.getWeightGrams();
                        sum[1]++;
                    }
                    own.forEach((week, sum) -> perWeek.computeIfAbsent(week, k -> new ArrayList<>()).add(sum[0] / sum[1]));
                }
            }
            List<Point> points = new ArrayList<>();
            perWeek.forEach((week, values) -> points.add(point(week, values)));
            result.put(arm.getCode(), points);
        }
        return result;
    }

    private static Point point(int week, List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double sem = values.size() > 1 ? Math.sqrt(ss / (values.size() - 1)) / Math.sqrt(values.size()) : 0;
        return new Point(week, mean, sem, values.size());
    }
}

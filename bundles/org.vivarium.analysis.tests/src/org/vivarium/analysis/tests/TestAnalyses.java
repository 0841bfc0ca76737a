package org.vivarium.analysis.tests;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.AnalysisResult;

/** Small analyses for the API tests: one that works, and the misbehaving plug-ins the runner must survive. */
final class TestAnalyses {

    private TestAnalyses() {
    }

    /** A base with one parameter; subclasses decide what run does. */
    abstract static class Base implements Analysis {
        @Override
        public Applicability applicability() {
            return Applicability.of(Applicability.Values.ANY, Applicability.Design.GROUPS);
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(Parameter.number("scale", "Scale", 1, "Multiplies the sum."));
        }
    }

    /** Sums the values (times the scale parameter). */
    static final class Sum extends Base {
        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
            double sum = data.observations().stream().mapToDouble(Observation::value).sum();
            return AnalysisResult.builder("sum", "Sum").value("sum", sum * p.number("scale")).build();
        }
    }

    static final class Throws extends Base {
        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
            throw new IllegalStateException("plug-in bug");
        }
    }

    static final class Refuses extends Base {
        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) throws AnalysisException {
            throw new AnalysisException("needs two groups, found 1");
        }
    }

    /** Takes 5 s and ignores interrupts and cancellation. */
    static final class Hangs extends Base {
        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
            long until = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ignored) {
                    // a badly behaved plug-in
                }
            }
            return AnalysisResult.builder("hangs", "Hangs").build();
        }
    }

    /** Honours cancellation: loops until the monitor is cancelled. */
    static final class Cooperative extends Base {
        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
            while (!monitor.isCanceled()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            throw new org.eclipse.core.runtime.OperationCanceledException();
        }
    }

    static final class ReturnsNaN extends Base {
        @Override
        public AnalysisResult run(Dataset data, Parameters p, IProgressMonitor monitor) {
            return AnalysisResult.builder("nan", "NaN").value("mean", Double.NaN).value("ok", 1).build();
        }
    }

    static Dataset data(double... values) {
        Dataset.Builder b = Dataset.builder().source("test");
        for (int i = 0; i < values.length; i++) {
            b.add(new Observation("u" + i, "y", java.util.Map.of("g", i % 2 == 0 ? "a" : "b"), null, values[i],
                    false));
        }
        return b.build();
    }
}

package org.vivarium.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.publish.charts.ChartExport;
import org.vivarium.publish.charts.ChartPicture;
import org.vivarium.publish.charts.ChartSize;

/**
 * {@code analyze ... --chart OUT.png|svg|pdf [--size single|double|slide]}: writes an analysis result's charts as the
 * workbench exports them (same renderer and export). One chart is written to OUT; several to OUT with the chart's
 * title as a suffix ({@code fig-immobility-effect-over-time.png}). One line per file written.
 */
final class ChartFiles {

    private final Path out;
    private final ChartSize size;

    private ChartFiles(Path out, ChartSize size) {
        this.out = out;
        this.size = size;
    }

    /**
     * The --chart and --size options, or null without --chart; a bad extension, size or combination is a usage
     * error.
     */
    static ChartFiles of(Args args) throws UsageException {
        String chart = args.option("chart", null);
        String sizeName = args.option("size", null);
        if (chart == null) {
            if (sizeName != null) {
                throw new UsageException("--size is the size of the --chart file: give --chart OUT.png|svg|pdf");
            }
            return null;
        }
        if (args.option("format", null) != null) {
            throw new UsageException("--chart writes the charts instead of printing the result: leave out --format "
                    + "(or run once without --chart for the numbers)");
        }
        Path out = Path.of(chart);
        if (chart.isBlank() || ChartExport.Format.of(out) == null) {
            throw new UsageException("--chart must name a .png, .svg or .pdf file, not '" + chart + "'");
        }
        ChartSize size = ChartSize.of(sizeName == null ? "single" : sizeName);
        if (size == null) {
            throw new UsageException("--size must be one of single, double, slide, not '" + sizeName + "'");
        }
        return new ChartFiles(out, size);
    }

    /** Writes the result's charts; an error result or a result without charts is rejected (exit 2). */
    int write(AnalysisDescriptor d, AnalysisRuns.Ran ran, Console console) throws RejectedException {
        AnalysisResult result = ran.result();
        if (!result.isOk()) {
            throw AnalysisRuns.failure(d, ran);
        }
        List<ChartSpec> charts = result.charts();
        if (charts.isEmpty()) {
            throw new RejectedException(List.of(), "vivarium: " + d.id() + ": the result has no charts to write to "
                    + out);
        }
        Set<Path> used = new HashSet<>();
        for (ChartSpec spec : charts) {
            Path file = charts.size() == 1 ? out : unique(withSuffix(out, slug(spec.title())), used);
            used.add(file);
            OutputFiles.write(file, () -> {
                ChartPicture.of(spec).write(file, size);
                return null;
            });
            console.out().println("wrote " + file + " (" + ChartExport.describe(file, size) + ")");
        }
        return Cli.OK;
    }

    /** "Immobility: effect over time (mean ± SEM)" gives "immobility-effect-over-time-mean-sem". */
    static String slug(String title) {
        String s = title == null ? "" : title.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9+_]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "chart" : s;
    }

    private static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(name.substring(0, dot) + "-" + suffix + name.substring(dot));
    }

    private static Path unique(Path file, Set<Path> used) {
        Path candidate = file;
        for (int i = 2; used.contains(candidate); i++) {
            candidate = withSuffix(file, Integer.toString(i));
        }
        return candidate;
    }
}

package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * The one-way ANOVA against the NIST StRD certified values (nist/*.dat, public domain): F, both sums of squares and
 * mean squares, R squared and the residual SD must agree to at least 10 significant digits for the lower and
 * average difficulty sets and 6 for SmLs07-09 (13 constant leading digits). The digits reached (log relative error,
 * LRE, capped at 15) are printed per data set. A naive one-pass computation on SmLs09 shows what the test catches.
 */
class NistAnovaTest {

    /** A NIST data set: certified values and the data. */
    record Nist(Map<String, Double> certified, List<String> groups, double[] values) {
    }

    @ParameterizedTest(name = "{0}: at least {1} digits")
    @CsvSource({ "SiRstv,10", "SmLs01,10", "SmLs02,10", "SmLs03,10", "AtmWtAg,10", "SmLs04,10", "SmLs05,10",
        "SmLs06,10", "SmLs07,6", "SmLs08,6", "SmLs09,6" })
    void certifiedValuesAreReproduced(String name, int digits) throws Exception {
        Nist nist = read(name);
        Dataset.Builder b = Dataset.builder().source(name);
        for (int i = 0; i < nist.values().length; i++) {
            b.add(new Observation("row " + (i + 1), "y", Map.of("group", nist.groups().get(i)), null,
                    nist.values()[i], false));
        }
        AnalysisResult r = new AnalysisRunner(Duration.ofMinutes(1), s -> {
            throw new AssertionError(s.getMessage());
        }).run(AnalysisRegistry.getDefault().find("one-way-anova").orElseThrow(), b.build(),
                Parameters.of("group", "group"), new NullProgressMonitor());
        assertThat(r.isOk()).as(r.message()).isTrue();
        Map<String, Double> lre = new LinkedHashMap<>();
        for (Map.Entry<String, Double> c : nist.certified().entrySet()) {
            lre.put(c.getKey(), lre(r.value(c.getKey()), c.getValue()));
        }
        double min = lre.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "NIST %-8s min %.1f digits:", name, min));
        lre.forEach((k, v) -> line.append(String.format(Locale.ROOT, " %s %.1f", k, v)));
        System.out.println(line);
        assertThat(lre).allSatisfy((k, v) -> assertThat(v).as(name + " " + k).isGreaterThanOrEqualTo(digits));
        assertThat(r.value("dfBetween")).isEqualTo(nist.certified().get("dfBetween"));
    }

    @ParameterizedTest
    @CsvSource({ "SmLs09" })
    void theTextbookOnePassFormulaWouldFailThisData(String name) throws IOException {
        Nist nist = read(name);
        Map<String, double[]> sums = new LinkedHashMap<>();
        double sumSquares = 0;
        for (int i = 0; i < nist.values().length; i++) {
            double v = nist.values()[i];
            double[] s = sums.computeIfAbsent(nist.groups().get(i), k -> new double[2]);
            s[0] += v;
            s[1]++;
            sumSquares += v * v;
        }
        double naiveWithin = sumSquares;
        for (double[] s : sums.values()) {
            naiveWithin -= s[0] * s[0] / s[1];
        }
        assertThat(lre(naiveWithin, nist.certified().get("ssWithin"))).isLessThan(1);
    }

    /** Log relative error: the number of agreeing significant digits, at most 15. */
    static double lre(double x, double certified) {
        if (x == certified) {
            return 15;
        }
        return Math.min(15, -Math.log10(Math.abs(x - certified) / Math.abs(certified)));
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+E[+-]\\d+");

    static Nist read(String name) throws IOException {
        List<String> lines = Fixtures.lines("nist/" + name + ".dat");
        Matcher range = Pattern.compile("Data\\s+\\(lines (\\d+) to (\\d+)\\)").matcher(String.join("\n", lines));
        if (!range.find()) {
            throw new IOException(name + ": no data line range in the header");
        }
        Map<String, Double> certified = new LinkedHashMap<>();
        for (String line : lines) {
            List<Double> nums = numbers(line);
            if (line.startsWith("Between")) {
                certified.put("dfBetween", Double.parseDouble(line.replaceAll("^Between\\s+\\S+\\s+(\\d+).*", "$1")));
                certified.put("ssBetween", nums.get(0));
                certified.put("msBetween", nums.get(1));
                certified.put("f", nums.get(2));
            } else if (line.startsWith("Within")) {
                certified.put("ssWithin", nums.get(0));
                certified.put("msWithin", nums.get(1));
            } else if (line.contains("Certified R-Squared")) {
                certified.put("rSquared", nums.get(0));
            } else if (line.contains("Standard Deviation") && !nums.isEmpty()) {
                certified.put("residualSd", nums.get(0));
            }
        }
        List<String> groups = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = Integer.parseInt(range.group(1)) - 1; i < Integer.parseInt(range.group(2)); i++) {
            String[] f = lines.get(i).strip().split("\\s+");
            groups.add(f[0]);
            values.add(Double.parseDouble(f[1]));
        }
        return new Nist(certified, groups, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static List<Double> numbers(String line) {
        List<Double> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(line);
        while (m.find()) {
            out.add(Double.parseDouble(m.group()));
        }
        return out;
    }
}

package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.CsvDatasets;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;

/**
 * Every built-in analysis against R 4.x: r/reference.R computed r/expected.tsv from the CSV files in r/data;
 * r/cases.tsv says how each case is run. Each analysis is found through the extension registry (so its plugin.xml
 * contribution is checked too) and run through the AnalysisRunner; every reference value must agree to 1e-8
 * relative (1e-12 absolute for values that are exactly 0 in R).
 */
class RReferenceTest {

    static final double RELATIVE = 1e-8;
    static final double ABSOLUTE_AT_ZERO = 1e-12;

    /** One case: how to run it and R's values. */
    record Case(String name, String analysis, String data, CsvDatasets.Columns columns, Parameters parameters,
            Map<String, Double> expected) {
    }

    static List<Case> cases() throws IOException {
        Map<String, Map<String, Double>> expected = new LinkedHashMap<>();
        for (String line : Fixtures.lines("r/expected.tsv")) {
            if (line.startsWith("#") || line.startsWith("case\t")) {
                continue;
            }
            String[] f = line.split("\t");
            expected.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Double.parseDouble(f[2]));
        }
        List<Case> cases = new ArrayList<>();
        for (String line : Fixtures.lines("r/cases.tsv")) {
            if (line.startsWith("#") || line.startsWith("case\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            Map<String, String> params = new LinkedHashMap<>();
            for (String kv : f[7].split(";")) {
                params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            cases.add(new Case(f[0], f[1], f[2], new CsvDatasets.Columns(f[3], Arrays.asList(f[4].split(",")),
                    dash(f[5]), dash(f[6])), Parameters.of(params), expected.getOrDefault(f[0], Map.of())));
        }
        return cases;
    }

    private static String dash(String s) {
        return s.equals("-") ? null : s;
    }

    /** Runs a case and returns its result. */
    static AnalysisResult run(Case c) throws Exception {
        Dataset data = CsvDatasets.parse(c.data() + ".csv", Fixtures.lines("r/data/" + c.data() + ".csv"),
                c.columns());
        AnalysisDescriptor d = AnalysisRegistry.getDefault().find(c.analysis()).orElseThrow(
                () -> new AssertionError("analysis " + c.analysis() + " is not registered"));
        return new AnalysisRunner(Duration.ofMinutes(2), s -> {
            throw new AssertionError("unexpected log entry: " + s);
        }).run(d, data, c.parameters(), new NullProgressMonitor());
    }

    /** Mismatches of a case: "key: expected X, got Y (relative error Z)". */
    static List<String> mismatches(Case c) throws Exception {
        AnalysisResult r = run(c);
        List<String> problems = new ArrayList<>();
        if (!r.isOk()) {
            problems.add("result is " + r.status() + ": " + r.message());
            return problems;
        }
        for (Map.Entry<String, Double> e : c.expected().entrySet()) {
            Double got = r.values().get(e.getKey());
            double want = e.getValue();
            if (got == null) {
                problems.add(e.getKey() + ": missing (values: " + r.values().keySet() + ")");
            } else if (want == 0 ? Math.abs(got) > ABSOLUTE_AT_ZERO
                    : Math.abs(got - want) > RELATIVE * Math.abs(want)) {
                problems.add(e.getKey() + ": expected " + want + ", got " + got + " (relative error "
                        + Math.abs(got - want) / Math.abs(want) + ")");
            }
        }
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseAgreesWithR() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " (" + c.expected().size()
                + " values)", () -> assertThat(mismatches(c)).as(c.name()).isEmpty()));
    }

    @Test
    void everyCaseHasReferenceValuesAndEveryReferenceValueIsUsed() throws IOException {
        List<Case> cases = cases();
        assertThat(cases).allSatisfy(c -> assertThat(c.expected()).as(c.name()).isNotEmpty());
        long total = cases.stream().mapToLong(c -> c.expected().size()).sum();
        long inFile = Fixtures.lines("r/expected.tsv").stream().filter(l -> !l.startsWith("#")
                && !l.startsWith("case\t")).count();
        assertThat(total).isEqualTo(inFile).isGreaterThan(400);
    }
}

package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code bench lab} in a small run against the private PostgreSQL it starts itself: the shape of what it prints (not
 * the times), nothing lost or duplicated, and its server stopped and deleted at the end.
 */
class BenchLabTest {

    private static final String MS = "p50 [\\d.]+ ms, p95 [\\d.]+ ms, p99 [\\d.]+ ms, max [\\d.]+ ms";
    private static final String GOAL = "(met|NOT met)";

    @Test
    void twoClientsCommitForTwoSecondsAndEveryValueIsOnTheServerOnce() {
        CliRun run = CliRun.of("bench", "lab", "--quick", "--clients", "2", "--seconds", "2");
        System.out.print(run.out()); // the figures, in the test's report
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("== bench lab: a private PostgreSQL lab server");
        Matcher server = Pattern.compile("private lab server postgresql://postgres@127\\.0\\.0\\.1:\\d+/vivarium, data"
                + " in (\\S+); \\d+ cores, JVM max heap [\\d,]+ MB").matcher(lines.get(1));
        assertThat(server.matches()).as(lines.get(1)).isTrue();
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "1 client alone for 2 s \\(baseline\\) +[\\d,]+ +[\\d.]+   " + MS));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("2 clients at once for 2 s +[\\d,]+ +[\\d.]+   " + MS));
        String check = line(lines, "check (a fresh read from the server): ");
        Matcher m = Pattern.compile("([\\d,]+) values set \\(the last of each measurement\\), 0 lost, 0 with another"
                + " value, 0 duplicated; trail of ([\\d,]+) entries \\(expected ([\\d,]+)\\): \\d+ entries, chain"
                + " intact; each client's entries under its own user").matcher(check);
        assertThat(m.matches()).as(check).isTrue();
        assertThat(number(m.group(1))).isPositive();
        assertThat(m.group(2)).isEqualTo(m.group(3));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("goal \\(2 clients: nothing lost or duplicated, p95"
                + " commit latency <= 50 ms; here [\\d.]+ ms\\): " + GOAL));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "open: a study of 2,000 animals and 200,000 measurements .*"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("open for editing +[\\d.]+ s +[\\d.]+ s +[\\d.]+x"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(
                "goal \\(opening from the lab server within 2x of opening the file\\): " + GOAL));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("visibility: 25 changes by a technician"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(" +shown in its study +" + MS));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("goal \\(median time until a change shows at a second"
                + " client <= 1 s; here \\d+ ms\\): " + GOAL));
        assertThat(lines.get(lines.size() - 2)).isEqualTo("stopped the lab server and deleted " + server.group(1));
        assertThat(Files.exists(Path.of(server.group(1)))).as("the server's folder is gone").isFalse();
    }

    @Test
    void optionsOutOfRangeOrForAnotherBenchmarkAreUsageErrors() {
        CliRun none = CliRun.of("bench", "lab", "--clients", "0");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err()).contains("--clients must be from 1 to 40, not 0");
        CliRun other = CliRun.of("bench", "store", "--seconds", "5");
        assertThat(other.code()).isEqualTo(1);
        assertThat(other.err()).contains("--clients and --seconds are options of bench lab, not of bench store");
        CliRun text = CliRun.of("bench", "lab", "--seconds", "soon");
        assertThat(text.code()).isEqualTo(1);
        assertThat(text.err()).contains("--seconds must be a whole number, not 'soon'");
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst().map(l -> l.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in " + lines));
    }

    private static long number(String digits) {
        return Long.parseLong(digits.replace(",", ""));
    }
}

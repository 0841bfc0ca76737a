package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code demo OUT --example chronic} and what {@code info} says of its doses. */
class ChronicDemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theChronicExampleIsWrittenAndInfoCountsItsDoses() {
        Path file = dir.resolve("chronic.vivarium");
        CliRun demo = CliRun.of("demo", file.toString(), "--example", "chronic");
        assertThat(demo.code()).as(demo.err()).isZero();
        // written as of now: the doses whose window has closed are given (559 at midnight, up to 655 late in the day)
        java.util.regex.Matcher wrote = java.util.regex.Pattern.compile("chronic example CHRONIC-DEMO \\(seed 42\\): 4 "
                + "arms, 2 cohorts, 64 animals, 1824 doses planned, (\\d+) given \\(1 out of window\\), 1 missed\n")
                .matcher(demo.out());
        assertThat(wrote.find()).as(demo.out()).isTrue();
        int given = Integer.parseInt(wrote.group(1));
        assertThat(given).isBetween(559, 559 + 3 * 32); // today's 09:00, 09:30 and 17:00 rounds of both cohorts
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).contains("dosing events " + given + "   (" + given + " given)\n")
                .contains("doses planned 1824   (1 missed, 1 given out of window)\n");
        JsonObject summary = JsonParser.parseString(CliRun.of("info", file.toString(), "--format", "json").out())
                .getAsJsonObject().getAsJsonObject("summary");
        assertThat(summary.get("dosingEvents").getAsInt()).isEqualTo(given);
        assertThat(summary.get("dosesDue").getAsInt()).isEqualTo(1824);
        assertThat(summary.get("dosesOutOfWindow").getAsInt()).isEqualTo(1);
        assertThat(summary.get("dosesMissed").getAsInt()).as("only the deliberate one").isEqualTo(1);
    }

    @Test
    void theDefaultExampleIsTheSeedDemoAndAnUnknownOneIsRefused() {
        CliRun demo = CliRun.of("demo", dir.resolve("d.vivarium").toString(), "--example", "seed");
        assertThat(demo.out()).contains("demo study KET-BCI-DEMO (seed 42): 4 arms, 6 cohorts, 480 animals");
        CliRun bad = CliRun.of("demo", dir.resolve("e.vivarium").toString(), "--example", "weekly");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("--example must be seed (the ketamine x BCI demo), chronic or behaviour-room, "
                + "not 'weekly'");
    }
}

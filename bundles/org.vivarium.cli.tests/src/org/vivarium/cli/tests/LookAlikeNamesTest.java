package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A1", Cyrillic "А1" and "A1" with a zero-width space are one animal to a person: an import with the create option
 * refuses the look-alikes by cell, and validate reports look-alikes a study already holds.
 */
class LookAlikeNamesTest {

    @TempDir
    Path dir;

    @Test
    void anImportRefusesNewNamesWithInvisibleOrLookAlikeCharactersByCell() throws Exception {
        Path study = dir.resolve("s.vivarium");
        assertThat(CliRun.of("new", study.toString(), "--title", "T").code()).isZero();
        Path csv = dir.resolve("fst.csv");
        Files.writeString(csv, "animal,cage,arm,assay,timepoint,immobility\n"
                + "A1,C1,VEH,FST,24 h,100\n"
                + "\u0410" + "1,C1,VEH,FST,24 h,110\n" // Cyrillic capital A
                + "A1\u200B,C1,VEH,FST,24 h,120\n"
                + "B1,C3\u200B,VEH,FST,24 h,130\n"
                + "B2,C2,V\u0415H,FST,24 h,140\n", StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(study);
        CliRun run = CliRun.of("import", study.toString(), csv.toString(), "--create");
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).contains(csv + ":fst!A3: '\u04101' looks the same as animal 'A1' but is different text "
                + "(it differs in U+0410 CYRILLIC CAPITAL LETTER A); use the same spelling")
                .contains(csv + ":fst!A4: the new animal name 'A1<U+200B>' contains an invisible character U+200B "
                        + "ZERO WIDTH SPACE; retype it without that character")
                .contains(csv + ":fst!B5: the new cage name 'C3<U+200B>' contains an invisible character U+200B")
                .contains(csv + ":fst!C6: 'V\u0415H' looks the same as arm 'VEH'");
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
    }
}

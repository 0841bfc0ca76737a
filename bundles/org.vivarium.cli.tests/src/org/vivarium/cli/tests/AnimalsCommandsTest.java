package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumFactory;
import org.vivarium.testing.TestStudies;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** animals add / animals list on real study files: output, exit codes, files unchanged after refused input. */
class AnimalsCommandsTest {

    @TempDir
    Path dir;

    /** The small test study (cohort C1: A1, A2, B1, B2) with an empty cohort "24 h", as a file. */
    static Path study(Path dir) throws Exception {
        Study study = TestStudies.small();
        Cohort c = VivariumFactory.eINSTANCE.createCohort();
        c.setName("24 h");
        study.getCohorts().add(c);
        Path file = dir.resolve("s.vivarium");
        try (OpenStudy open = FolderStudyStore.containing(file).create("s.vivarium", study)) {
            open.save();
        }
        return file;
    }

    static Study read(Path file) throws Exception {
        return FolderStudyStore.containing(file).read(file.getFileName().toString()).study();
    }

    @Test
    void fortyAnimalsAreAddedInOneGoAndListedInEveryFormat() throws Exception {
        Path file = study(dir);
        CliRun add = CliRun.of("animals", "add", file.toString(), "--cohort", "24 h", "--count", "40", "--sex",
                "20f,20m", "--strain", "C57BL/6J", "--born", "2026-10-01", "--cage-size", "4");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("added 40 animals to cohort 24 h (20 female, 20 male): 24H-01 ... 24H-40; "
                + "10 new cages (24H-C01 ... 24H-C10); the cohort's strain is now C57BL/6J\n");
        Cohort c = read(file).getCohorts().get(1);
        assertThat(c.getAnimals()).hasSize(40);
        assertThat(c.getCages()).hasSize(10);
        assertThat(c.getStrain()).isEqualTo("C57BL/6J");

        CliRun csv = CliRun.of("animals", "list", file.toString(), "--cohort", "24h", "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines).hasSize(41);
        assertThat(lines.get(0)).isEqualTo("id,earTag,cohort,cage,sex,dateOfBirth,arm,blindCode,status");
        assertThat(lines.get(1)).isEqualTo("24H-01,,24 h,24H-C01,female,2026-10-01,,,ACTIVE");
        assertThat(lines.get(40)).isEqualTo("24H-40,,24 h,24H-C10,male,2026-10-01,,,ACTIVE");

        JsonArray json = JsonParser.parseString(CliRun.of("animals", "list", file.toString(), "--format", "json")
                .out()).getAsJsonObject().getAsJsonArray("animals");
        assertThat(json).hasSize(44);
        JsonObject first = json.get(0).getAsJsonObject();
        assertThat(first.keySet()).containsExactly("id", "earTag", "cohort", "cage", "sex", "dateOfBirth", "arm",
                "blindCode", "status");
        assertThat(first.get("id").getAsString()).isEqualTo("A1");
        assertThat(first.get("arm").getAsString()).isEqualTo("VEH");
        assertThat(first.get("earTag").isJsonNull()).isTrue();

        List<String> text = CliRun.of("animals", "list", file.toString()).out().lines().toList();
        assertThat(text).hasSize(45);
        assertThat(text.get(0)).startsWith("id      earTag  cohort  cage     sex     dateOfBirth  arm  blindCode  "
                + "status");
        assertThat(text.get(1)).startsWith("A1      -       C1      K1       female  -            VEH  -          "
                + "ACTIVE");
    }

    @Test
    void numberingContinuesAndTheListIsInNaturalOrder() throws Exception {
        Path file = study(dir);
        assertThat(CliRun.of("animals", "add", file.toString(), "--cohort", "24 h", "--count", "9", "--sex", "male",
                "--ids", "N-{n}").code()).isZero();
        CliRun more = CliRun.of("animals", "add", file.toString(), "--cohort", "24 h", "--count", "3", "--ids",
                "N-{n}");
        assertThat(more.out()).isEqualTo("added 3 animals to cohort 24 h (3 male): N-10 ... N-12\n");
        assertThat(CliRun.of("animals", "list", file.toString(), "--cohort", "24 h", "--format", "csv").out().lines()
                .skip(1).map(l -> l.substring(0, l.indexOf(','))).toList()).containsExactly("N-1", "N-2", "N-3",
                        "N-4", "N-5", "N-6", "N-7", "N-8", "N-9", "N-10", "N-11", "N-12");
    }

    @Test
    void badInputGetsOneLineExitTwoAndTheFileStaysByteIdentical() throws Exception {
        Path file = study(dir);
        byte[] before = Files.readAllBytes(file);
        String f = file.toString();
        String[][] cases = {
            { "--cohort", "48 h", "--count", "4", "--sex", "female" },
            { "--cohort", "24 h", "--count", "0", "--sex", "female" },
            { "--cohort", "24 h", "--count", "10001", "--sex", "female" },
            { "--cohort", "24 h", "--count", "40", "--sex", "20f,19m" },
            { "--cohort", "24 h", "--count", "4", "--sex", "dog" },
            { "--cohort", "24 h", "--count", "4", "--sex", "female", "--ids", "{cohort}" },
            { "--cohort", "24 h", "--count", "4", "--sex", "female", "--ids", "A{n}" },
            { "--cohort", "C1", "--count", "4", "--sex", "female", "--strain", "BALB/c" },
            { "--cohort", "24 h", "--count", "4", "--sex", "female", "--cage-size", "0" },
        };
        String[] expected = {
            "no cohort '48 h' in the study (cohorts: C1, 24 h)",
            "cohort 24 h: the number of animals to add must be 1 to 10000, not 0",
            "cohort 24 h: the number of animals to add must be 1 to 10000, not 10001",
            "cohort 24 h: sex split '20f,19m' adds up to 39, not 40",
            "cohort 24 h: sex 'dog' is not female, male or a split such as 20f,20m",
            "cohort 24 h: the identifier pattern '{cohort}' must contain {n} (the running number) once, e.g. "
                    + "{cohort}-{n:02}",
            "cohort 24 h: the new identifier A1 clashes with animal A1 (cohort C1); choose another identifier pattern",
            "cohort C1: the cohort is of strain C57BL/6J, not BALB/c",
            "cohort 24 h: a new cage takes 1 to 50 animals, not 0",
        };
        for (int i = 0; i < cases.length; i++) {
            String[] args = new String[cases[i].length + 3];
            args[0] = "animals";
            args[1] = "add";
            args[2] = f;
            System.arraycopy(cases[i], 0, args, 3, cases[i].length);
            CliRun run = CliRun.of(args);
            assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
            assertThat(run.out()).isEqualTo(f + ": " + expected[i] + "\n");
            assertThat(run.err()).isEqualTo(f + " is unchanged\n");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
        }
        CliRun dry = CliRun.of("animals", "add", f, "--cohort", "24 h", "--count", "2", "--sex", "female",
                "--dry-run");
        assertThat(dry.out()).isEqualTo("dry run: would add 2 animals to cohort 24 h (2 female): 24H-01 ... 24H-02 "
                + "(nothing written)\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(CliRun.of("animals", "add", f, "--cohort", "24 h", "--count", "x").code()).isEqualTo(1);
        CliRun noSub = CliRun.of("animals");
        assertThat(noSub.code()).isEqualTo(1);
        assertThat(noSub.err()).contains("missing sub-command (one of: animals add, animals list)");
        assertThat(CliRun.of("animals", "remove", f).err()).contains("unknown sub-command 'remove'");
    }
}

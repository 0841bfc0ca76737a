package org.vivarium.cli.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo study with four audit entries, each made by a command as a user runs it: 1 the creation, 2 "Randomise
 * cohort 1 h" (with a reason), 3 "Import scores.csv" (three FST 1 h values, for 1H-01, 1H-02, 1H-07), 4 "Unblind
 * study" (reason "=1+2 interim", which a spreadsheet would run as a formula).
 */
final class AuditedStudy {

    static final String RANDOMISE_REASON = "the demo's allocation is replaced by a recorded one";
    static final String UNBLIND_REASON = "=1+2 interim";

    private AuditedStudy() {
    }

    static Path make(Path dir) throws Exception {
        Path study = CliRun.demo(dir.resolve("d.vivarium"));
        run("randomise", study.toString(), "--cohort", "1 h", "--strata", "sex", "--seed", "20261206", "--reason",
                RANDOMISE_REASON);
        Path csv = dir.resolve("scores.csv");
        Files.writeString(csv, "Animal,Immobility (s),Session\n1H-01,150,FST 1 h\n1H-02,140,FST 1 h\n"
                + "1H-07,120,FST 1 h\n");
        run("import", study.toString(), csv.toString());
        run("unblind", study.toString(), "--reason", UNBLIND_REASON);
        return study;
    }

    private static void run(String... args) {
        CliRun run = CliRun.of(args);
        if (run.code() != 0) {
            throw new AssertionError(String.join(" ", args) + " failed: " + run.out() + run.err());
        }
    }
}

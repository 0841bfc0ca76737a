package org.vivarium.io.excel.internal.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.vivarium.core.demo.DemoFst;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/** Writes the behaviour-room example's exports of a demo study into a folder (see ExampleExports). */
public final class Exports {

    /** Arenas filmed at once (one EthoVision trial). */
    static final int ARENAS = 4;

    private Exports() {
    }

    /** Counts of what was written. */
    public record Counts(int workbooks, int tracks, int anyMazeTests, int borisObservations) {
    }

    /**
     * Writes {@code ethoVision/} (one workbook per trial of the session's active animals, four arenas a trial) and
     * the mapping beside it, then the ANY-maze table (the first half of the other session's active animals) and the
     * BORIS events (the second half).
     */
    public static Counts write(Study study, String ethoVisionSession, Path ethoVision, Path mapping,
            String scoredSession, Path anyMaze, Path boris, long seed) throws IOException {
        Random random = new Random(seed);
        AssaySession fst = session(study, ethoVisionSession);
        List<Animal> animals = active(fst);
        Files.createDirectories(ethoVision);
        int workbooks = 0;
        for (int from = 0; from < animals.size(); from += ARENAS) {
            int trial = ++workbooks;
            EthoVisionWorkbook wb = new EthoVisionWorkbook(fst.getName(), trial, fst.getDate().plusMinutes(8L
                    * (trial - 1)), Math.round(random.nextDouble() * 3000) / 1000.0);
            for (Animal a : animals.subList(from, Math.min(animals.size(), from + ARENAS))) {
                wb.arena(a.getId(), new FstTrack(DemoFst.draw(a, random), random));
            }
            wb.write(ethoVision.resolve("Raw data-" + fst.getName() + "-" + wb.trialName() + ".xlsx"));
        }
        MappingFiles.write(mapping, ImportMapping.AUTOMATIC.withDefault(ColumnRole.SESSION, fst.getName()));
        AssaySession scored = session(study, scoredSession);
        List<Animal> others = active(scored);
        int half = others.size() / 2;
        ScoringTables.anyMaze(anyMaze, scored, others.subList(0, half), random);
        ScoringTables.boris(boris, scored, others.subList(half, others.size()), random);
        return new Counts(workbooks, animals.size(), half, others.size() - half);
    }

    private static AssaySession session(Study study, String name) {
        return Studies.sessions(study).stream().filter(s -> name.equals(s.getName())).findFirst().orElseThrow(
                () -> new IllegalArgumentException("the study has no session " + name));
    }

    private static List<Animal> active(AssaySession session) {
        return session.getCohort().getAnimals().stream().filter(a -> a.getStatus() == AnimalStatus.ACTIVE).toList();
    }
}

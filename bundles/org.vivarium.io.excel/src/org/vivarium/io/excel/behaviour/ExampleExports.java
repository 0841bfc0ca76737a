package org.vivarium.io.excel.behaviour;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.vivarium.core.demo.BehaviourRoomDemo;
import org.vivarium.core.logging.QuietLog4j;
import org.vivarium.io.excel.internal.example.Exports;
import org.vivarium.model.Study;

/**
 * The exports of the behaviour-room example ({@code vivarium demo OUT --example behaviour-room}): synthetic
 * look-alikes written by Vivarium (never third-party files), simulated with the demo's forced swim model
 * ({@link org.vivarium.core.demo.DemoFst}), in a folder {@code "<OUT without extension> exports"} next to the study:
 * <ul>
 * <li>{@code FST 24 h/}: EthoVision XT raw-data workbooks, one per trial of four arenas, for every active animal of
 * the session {@value BehaviourRoomDemo#SESSION}, and {@code FST 24 h.mapping.json} beside it naming that session;</li>
 * <li>{@code FST 1 h ANY-maze.csv}: an ANY-maze results table of the first half of the FST 1 h session's animals;</li>
 * <li>{@code FST 1 h BORIS.tsv}: BORIS v8 tabular events (Immobility START/STOP, Diving POINT) of the other half.</li>
 * </ul>
 */
public final class ExampleExports {

    /** The session scored by ANY-maze and BORIS (the 1 h cohort, tested today, has no values yet). */
    public static final String SCORED_SESSION = "FST 1 h";

    /** Where the files went and how many. */
    public record Written(Path folder, Path ethoVision, Path mapping, Path anyMaze, Path boris, int workbooks,
            int tracks, int anyMazeTests, int borisObservations) {

        /** The three imports to try, as command-line arguments after {@code vivarium}. */
        public List<List<String>> imports(Path study) {
            return List.of(List.of("import", study.toString(), ethoVision.toString(), "--mapping", mapping
                    .toString()), List.of("import", study.toString(), anyMaze.toString()), List.of("import", study
                            .toString(), boris.toString()));
        }
    }

    private ExampleExports() {
    }

    /** The exports folder of a study file: {@code "<its name without extension> exports"} in the same folder. */
    public static Path folderFor(Path studyFile) {
        Path abs = studyFile.toAbsolutePath();
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return abs.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + " exports");
    }

    /**
     * Writes the exports of a behaviour-room example study into {@code folder}, all or nothing (into a hidden folder
     * first, renamed at the end).
     *
     * @throws FileAlreadyExistsException when the folder exists (nothing is written)
     */
    public static Written write(Study study, Path folder, long seed) throws IOException {
        QuietLog4j.quiet(); // before POI's first class logs: no "could not find a logging provider" on stderr
        if (Files.exists(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "the exports folder exists; move it away "
                    + "or choose another study file");
        }
        Path parent = Files.createDirectories(folder.toAbsolutePath().getParent());
        Path partial = Files.createTempDirectory(parent, "." + folder.getFileName() + ".");
        try {
            String fst = BehaviourRoomDemo.SESSION;
            Exports.Counts c = Exports.write(study, fst, partial.resolve(fst), partial.resolve(fst + ".mapping.json"),
                    SCORED_SESSION, partial.resolve(SCORED_SESSION + " ANY-maze.csv"), partial.resolve(SCORED_SESSION
                            + " BORIS.tsv"), seed);
            Files.move(partial, folder, StandardCopyOption.ATOMIC_MOVE);
            return new Written(folder, folder.resolve(fst), folder.resolve(fst + ".mapping.json"), folder.resolve(
                    SCORED_SESSION + " ANY-maze.csv"), folder.resolve(SCORED_SESSION + " BORIS.tsv"), c.workbooks(),
                    c.tracks(), c.anyMazeTests(), c.borisObservations());
        } finally {
            delete(partial);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package org.vivarium.core.tests;

import java.nio.file.Path;

import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.model.Study;

/**
 * Run in a separate JVM by {@link StoreCrashTest}: opens a study and saves it over and over with titles v1, v2, ...
 * (printing "saving i" before and "saved i" after each save) until it is killed; with "hold" it only keeps the
 * study locked.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (OpenStudy open = FolderStudyStore.containing(file).open(FolderStudyStore.nameOf(file))) {
            System.out.println("locked");
            System.out.flush();
            if (args.length > 1 && args[1].equals("hold")) {
                Thread.sleep(120_000);
                return;
            }
            Study study = open.study();
            for (int i = 1; i < 10_000; i++) {
                study.setTitle("v" + i);
                System.out.println("saving " + i);
                System.out.flush();
                open.save();
                System.out.println("saved " + i);
                System.out.flush();
            }
        }
    }
}

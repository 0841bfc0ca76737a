package org.vivarium.cli.bench;

import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.lab.LabDatabase;

/**
 * A study read and opened for editing from the lab server ({@code LabStudies.read/open}: the stored file, its rows and
 * its trail from the server's audit rows, checked as a chain) next to the same study read and opened from its file
 * through the study store, in turn; the best of the rounds counts.
 */
final class LabOpening {

    /** Best times in seconds. */
    record Result(double fileRead, double labRead, double fileOpen, double labOpen) {

        double readRatio() {
            return labRead / fileRead;
        }

        double openRatio() {
            return labOpen / fileOpen;
        }
    }

    private LabOpening() {
    }

    static Result measure(FolderStudyStore store, String name, LabDatabase db, long id, int rounds)
            throws Exception {
        double[] best = { Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE };
        for (int r = 0; r < rounds; r++) {
            best[0] = Math.min(best[0], timeRead(() -> store.read(name)));
            best[1] = Math.min(best[1], timeRead(() -> db.studies().read(id)));
            best[2] = Math.min(best[2], timeOpen(() -> store.open(name)));
            best[3] = Math.min(best[3], timeOpen(() -> db.studies().open(id)));
        }
        return new Result(best[0], best[1], best[2], best[3]);
    }

    @FunctionalInterface
    private interface Reading {
        ReadStudy run() throws Exception;
    }

    @FunctionalInterface
    private interface Opening {
        OpenStudy run() throws Exception;
    }

    private static double timeRead(Reading read) throws Exception {
        HeapSampler.settledMb();
        long t0 = System.nanoTime();
        Resource resource = read.run().resource();
        double s = (System.nanoTime() - t0) / 1e9;
        resource.getContents().clear();
        return s;
    }

    private static double timeOpen(Opening open) throws Exception {
        HeapSampler.settledMb();
        long t0 = System.nanoTime();
        try (OpenStudy opened = open.run()) {
            return (System.nanoTime() - t0) / 1e9; // closed, and left to the collector
        }
    }
}

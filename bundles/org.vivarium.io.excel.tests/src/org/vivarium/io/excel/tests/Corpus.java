package org.vivarium.io.excel.tests;

import java.nio.file.Path;
import java.util.List;

import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;

/**
 * A bad or hostile input file and exactly what the import must say about it. In the expected lines, {@code %F} stands
 * for the file and {@code %M} for the mapping file.
 */
record Corpus(String name, Maker file, Maker mapping, ImportOptions options, List<String> expected) {

    /** Writes a file into a folder and returns it. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    static Corpus of(String name, Maker file, String... expected) {
        return new Corpus(name, file, null, ImportOptions.DEFAULT, List.of(expected));
    }

    Corpus with(ImportOptions o) {
        return new Corpus(name, file, mapping, o, expected);
    }

    Corpus mapping(Maker m) {
        return new Corpus(name, file, m, options, expected);
    }

    /** Used when there is no mapping file. */
    static final ImportMapping NONE = ImportMapping.AUTOMATIC;

    @Override
    public String toString() {
        return name;
    }
}

package org.vivarium.publish.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Keeps a copy of each printed sample in target/print-samples, to look at (pdftoppm -r 80 -png). */
final class PrintSamples {

    private PrintSamples() {
    }

    static void keep(Path pdf, String name) throws IOException {
        Path folder = Path.of("target", "print-samples");
        Files.createDirectories(folder);
        Files.copy(pdf, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}

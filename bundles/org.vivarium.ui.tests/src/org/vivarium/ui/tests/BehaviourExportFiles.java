package org.vivarium.ui.tests;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small behaviour-room export look-alikes written by the UI tests (synthetic, never a program's own file). */
final class BehaviourExportFiles {

    private BehaviourExportFiles() {
    }

    /** An EthoVision XT raw-data text export (UTF-16LE with mark, ';', decimal commas), 6 min at 25 samples/s. */
    static void ethoVision(Path file, String animal) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_16LE)) {
            w.write('\uFEFF');
            String[][] header = { { "Number of header lines:", "12" }, { "Trial name:", "Trial     1" },
                { "Arena name:", "Arena 1" }, { "Subject name:", "Subject 1" }, { "Mouse ID", animal },
                { "Start time:", "05.12.2026 10:31:09,123" }, { "Trial duration:", "+ 00:06:00,000" },
                { "Field:", "" }, { "Field:", "" }, { "Field:", "" },
                { "Trial time", "Distance moved", "Mobility state(Immobile)" }, { "s", "cm", "" } };
            for (String[] row : header) {
                w.write("\"" + String.join("\";\"", row) + "\"\r\n");
            }
            for (int i = 0; i <= 9000; i++) {
                w.write(String.format(Locale.ROOT, "\"%.2f\";\"0.05\";\"%d\"\r\n", i / 25.0, state(i))
                        .replace('.', ','));
            }
        }
    }

    /** Immobile in alternate 10 s stretches from 40 s on. */
    static int state(int i) {
        return i >= 1000 && (i / 250) % 2 == 0 ? 1 : 0;
    }

    /** Immobility over the last 4 of the 6 minutes, computed here independently: 1/25 s per immobile sample. */
    static double expectedImmobility() {
        double s = 0;
        for (int i = 3000; i < 9000; i++) {
            s += state(i) == 1 ? 0.04 : 0;
        }
        return s;
    }
}

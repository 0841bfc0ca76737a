package org.vivarium.core.tests.audit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.core.audit.internal.TrailChunks.Block;

/** A study file taken apart to tamper with it as someone with a text editor and a zip tool could. */
final class TrailFile {

    final Map<String, byte[]> entries = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>();
    String seal;

    static TrailFile read(Path file) throws IOException {
        TrailFile t = new TrailFile();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                t.entries.put(e.getName(), zip.readAllBytes());
            }
        }
        TrailChunks.Stored stored = TrailChunks.read(new ByteArrayInputStream(t.entries.get("audit.trail")));
        for (Block b : stored.blocks()) {
            String text = new String(TrailChunks.inflate(b), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                t.lines.add(line);
            }
        }
        t.seal = new String(t.entries.get("audit.seal"), StandardCharsets.UTF_8);
        return t;
    }

    /** Replaces text in one entry's line (1-based), keeping its stored hash. */
    TrailFile edit(int entry, UnaryOperator<String> change) {
        lines.set(entry - 1, change.apply(lines.get(entry - 1)));
        return this;
    }

    /** Writes the file again: the entries (in one block) first, the seal (unless taken away) last. */
    void write(Path file) throws IOException {
        ByteArrayOutputStream trail = new ByteArrayOutputStream();
        List<byte[]> bytes = lines.stream().map(l -> (l + "\n").getBytes(StandardCharsets.UTF_8)).toList();
        TrailChunks.write(trail, bytes.isEmpty() ? List.of() : List.of(TrailChunks.block(bytes)));
        if (entries.get("audit.trail") != null) {
            entries.put("audit.trail", trail.toByteArray());
        }
        entries.remove("audit.seal");
        if (seal != null) {
            entries.put("audit.seal", seal.getBytes(StandardCharsets.UTF_8));
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getValue() != null) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
        }
    }
}

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
        t.seal = stored.seal();
        return t;
    }

    /** Replaces text in one entry's line (1-based), keeping its stored hash. */
    TrailFile edit(int entry, UnaryOperator<String> change) {
        lines.set(entry - 1, change.apply(lines.get(entry - 1)));
        return this;
    }

    void write(Path file) throws IOException {
        ByteArrayOutputStream trail = new ByteArrayOutputStream();
        List<byte[]> bytes = lines.stream().map(l -> (l + "\n").getBytes(StandardCharsets.UTF_8)).toList();
        List<Block> blocks = bytes.isEmpty() ? List.of() : List.of(TrailChunks.block(bytes));
        if (seal == null) {
            trail.write("VIVARIUM-AUDIT-TRAIL 1\n".getBytes(StandardCharsets.ISO_8859_1));
            for (Block b : blocks) {
                java.io.DataOutputStream out = new java.io.DataOutputStream(trail);
                out.writeByte('B');
                out.writeInt(b.count());
                out.writeInt(b.deflated().length);
                out.write(b.deflated());
            }
        } else {
            TrailChunks.write(trail, blocks, seal);
        }
        entries.put("audit.trail", trail.toByteArray());
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

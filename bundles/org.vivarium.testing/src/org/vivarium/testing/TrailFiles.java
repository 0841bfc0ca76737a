package org.vivarium.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage;
import org.vivarium.model.support.StudyResource;

/**
 * Tampering with study files for tests of the audit trail, as someone with a ZIP tool and an editor could: the trail
 * ({@code audit.trail}: header, blocks of deflated "HASH JSON" lines; its seal in {@code audit.seal}, or at the end of
 * the trail in files of the first 1.2 builds) is read and written here independently of
 * the core, so a test can alter an entry's JSON, delete or swap entries, cut the trail short, or change the study
 * without an entry. Each method rewrites the file in place; entries are named by their number ({@code seq}).
 */
public final class TrailFiles {

    public static final String XMI = "study.xmi";
    public static final String MEASUREMENTS = "measurements.bin";
    public static final String TRAIL = "audit.trail";
    /** The seal's own entry (written after the study); files of the first 1.2 builds kept it inside the trail. */
    public static final String SEAL = "audit.seal";

    private TrailFiles() {
    }

    /** A stored trail: its blocks (each a list of "HASH JSON" lines) and its seal (null: cut off before it). */
    public static final class Trail {
        public final List<List<String>> blocks;
        public String seal;

        Trail(List<List<String>> blocks, String seal) {
            this.blocks = blocks;
            this.seal = seal;
        }

        /** Every line, oldest first. */
        public List<String> lines() {
            return blocks.stream().flatMap(List::stream).toList();
        }

        /** Block and index of the line of entry {@code seq}. */
        int[] find(long seq) {
            for (int b = 0; b < blocks.size(); b++) {
                for (int i = 0; i < blocks.get(b).size(); i++) {
                    if (seqOf(blocks.get(b).get(i)) == seq) {
                        return new int[] {b, i};
                    }
                }
            }
            throw new IllegalArgumentException("no entry " + seq + " in the trail");
        }
    }

    /** The entries of a study file, name to bytes, in their order. */
    public static LinkedHashMap<String, byte[]> entries(Path file) throws IOException {
        LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    /** Writes the entries as a study file (in the map's order). */
    public static void write(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    /** The trail of a study file. */
    public static Trail trail(Path file) throws IOException {
        LinkedHashMap<String, byte[]> entries = entries(file);
        byte[] bytes = entries.get(TRAIL);
        if (bytes == null) {
            throw new IllegalArgumentException(file + " has no " + TRAIL);
        }
        TrailChunks.Stored stored = TrailChunks.read(new ByteArrayInputStream(bytes));
        if (stored.damage() != null) {
            throw new IllegalArgumentException(file + ": " + stored.damage());
        }
        List<List<String>> blocks = new ArrayList<>();
        for (TrailChunks.Block b : stored.blocks()) {
            byte[] inflated = TrailChunks.inflate(b);
            if (inflated == null) {
                throw new IOException(file + ": a block of the trail cannot be inflated");
            }
            blocks.add(new ArrayList<>(List.of(new String(inflated, StandardCharsets.UTF_8).split("\n"))));
        }
        String seal = entries.containsKey(SEAL) ? new String(entries.get(SEAL), StandardCharsets.UTF_8) : null;
        return new Trail(blocks, seal);
    }

    /** Writes the trail into the study file (the study's entries as they are; no seal entry when it is null). */
    public static void write(Path file, Trail trail) throws IOException {
        List<TrailChunks.Block> blocks = new ArrayList<>();
        for (List<String> block : trail.blocks) {
            if (!block.isEmpty()) {
                blocks.add(TrailChunks.block(List.of((String.join("\n", block) + "\n").getBytes(
                        StandardCharsets.UTF_8))));
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TrailChunks.write(bytes, blocks);
        LinkedHashMap<String, byte[]> entries = entries(file);
        entries.put(TRAIL, bytes.toByteArray());
        entries.remove(SEAL);
        if (trail.seal != null) {
            entries.put(SEAL, trail.seal.getBytes(StandardCharsets.UTF_8));
        }
        write(file, entries);
    }

    /** Changes the JSON of entry {@code seq}, keeping its stored hash (which then no longer matches). */
    public static void alterEntry(Path file, long seq, UnaryOperator<String> json) throws IOException {
        Trail t = trail(file);
        int[] at = t.find(seq);
        String line = t.blocks.get(at[0]).get(at[1]);
        String altered = line.substring(0, 65) + json.apply(line.substring(65));
        if (altered.equals(line)) {
            throw new IllegalArgumentException("the change left entry " + seq + " as it was");
        }
        t.blocks.get(at[0]).set(at[1], altered);
        write(file, t);
    }

    /** Removes entry {@code seq} from the trail. */
    public static void deleteEntry(Path file, long seq) throws IOException {
        Trail t = trail(file);
        int[] at = t.find(seq);
        t.blocks.get(at[0]).remove(at[1]);
        write(file, t);
    }

    /** Swaps entries {@code a} and {@code b}. */
    public static void swapEntries(Path file, long a, long b) throws IOException {
        Trail t = trail(file);
        int[] x = t.find(a);
        int[] y = t.find(b);
        String first = t.blocks.get(x[0]).get(x[1]);
        t.blocks.get(x[0]).set(x[1], t.blocks.get(y[0]).get(y[1]));
        t.blocks.get(y[0]).set(y[1], first);
        write(file, t);
    }

    /** Keeps the first {@code keep} entries and drops the rest and the seal, as a file cut short would. */
    public static void cutAfter(Path file, long keep) throws IOException {
        Trail t = trail(file);
        long n = 0;
        for (List<String> block : t.blocks) {
            for (int i = 0; i < block.size(); i++) {
                if (++n > keep) {
                    block.subList(i, block.size()).clear();
                    break;
                }
            }
        }
        t.seal = null;
        write(file, t);
    }

    /**
     * Changes the study as a tool that knows nothing of the trail would: reads it without the trail, applies the
     * change, writes study.xmi and measurements.bin anew and keeps the old audit.trail as it was.
     */
    public static void changeStudy(Path file, Consumer<Study> change) throws IOException {
        VivariumPackage.eINSTANCE.eClass();
        StudyResource resource = new StudyResource(URI.createFileURI(file.toAbsolutePath().toString()));
        new ResourceSetImpl().getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, StudyResource.loadOptions());
        }
        change.accept((Study) resource.getContents().get(0));
        ByteArrayOutputStream saved = new ByteArrayOutputStream();
        try (OutputStream out = saved) {
            resource.save(out, StudyResource.saveOptions());
        }
        Path temp = Files.createTempFile(file.getParent(), "changed", ".zip");
        try {
            Files.write(temp, saved.toByteArray());
            LinkedHashMap<String, byte[]> changed = entries(temp);
            LinkedHashMap<String, byte[]> entries = entries(file);
            entries.put(XMI, changed.get(XMI));
            entries.put(MEASUREMENTS, changed.get(MEASUREMENTS));
            write(file, entries);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The number of an entry line ("HASH {"seq":N,...}"), or -1. */
    public static long seqOf(String line) {
        int i = line.indexOf("{\"seq\":");
        if (i < 0) {
            return -1;
        }
        int from = i + 7;
        int to = from;
        while (to < line.length() && Character.isDigit(line.charAt(to))) {
            to++;
        }
        return to == from ? -1 : Long.parseLong(line.substring(from, to));
    }

    /** Unmodifiable view, for assertions. */
    public static List<String> lines(Path file) throws IOException {
        return Collections.unmodifiableList(trail(file).lines());
    }
}

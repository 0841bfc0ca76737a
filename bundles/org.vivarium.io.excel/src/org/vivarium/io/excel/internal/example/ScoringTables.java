package org.vivarium.io.excel.internal.example;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.demo.DemoFst;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;

/**
 * Look-alikes of two scoring programs' tables, written by Vivarium: an ANY-maze results table (one row per test, CSV)
 * and a BORIS v8 tabular events export (one row per event, TSV). The treatment column names the arm only when the
 * study's treatments are not coded (a coded study's arms stay hidden).
 */
final class ScoringTables {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private ScoringTables() {
    }

    /** ANY-maze results of the animals in the session (one test each). */
    static void anyMaze(Path file, AssaySession session, List<Animal> animals, Random random) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Test,Animal,Treatment,Stage,Sex,Apparatus,Distance (m),Mean speed (m/s),Time immobile (s),"
                    + "Immobile episodes,Latency to immobility (s)\r\n");
            int test = 1;
            for (Animal a : animals) {
                DemoFst.Scores s = DemoFst.draw(a, random);
                double distance = 8 + 10 * random.nextDouble();
                w.write(String.format(Locale.ROOT, "%d,%s,%s,%s,%s,%s,%.3f,%.4f,%.1f,%d,%.1f\r\n", test++, a.getId(),
                        treatment(a), session.getName(), a.getSex() == null ? "" : a.getSex().getLiteral()
                                .toLowerCase(Locale.ROOT), "Cylinder " + (1 + (test - 2) % 4), distance, distance
                                        / 360, s.immobility(), 8 + random.nextInt(25), s.latency()));
            }
        }
    }

    private static String treatment(Animal a) {
        return Coding.isCoded(Studies.studyOf(a)) || a.getArm() == null ? "" : a.getArm().getCode();
    }

    /**
     * BORIS events of the animals' sessions, scored from video: Immobility as a state (START/STOP) and Diving as a
     * point event, one observation per animal.
     */
    static void boris(Path file, AssaySession session, List<Animal> animals, Random random) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join("\t", "Observation id", "Observation date", "Description", "Observation duration",
                    "Observation type", "Source", "Time offset (s)", "Media duration (s)", "FPS", "Mouse ID",
                    "Subject", "Behavior", "Behavioral category", "Behavior type", "Time", "Media file name",
                    "Image index", "Image file path", "Comment") + "\n");
            int n = 0;
            for (Animal a : animals) {
                String id = session.getName() + " " + a.getId();
                String video = "videos/" + session.getName().replace(' ', '_') + "_" + a.getId() + ".mp4";
                String date = DATE.format(session.getDate().plusMinutes(8L * (n++ / 4)));
                FstTrack track = new FstTrack(DemoFst.draw(a, random), random);
                for (String[] e : events(track, random)) {
                    w.write(String.join("\t", id, date, "", "360.000", "Media file(s)", "player #1:" + video,
                            "0.000", "360.000", "25.00", a.getId(), "No focal subject", e[0], e[1], e[2], e[3],
                            video, e[4], "NA", "") + "\n");
                }
            }
        }
    }

    /** The events of a track: behaviour, category, type, time, frame - in time order. */
    private static List<String[]> events(FstTrack t, Random random) {
        List<String[]> events = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < FstTrack.SAMPLES; i++) {
            int s = t.immobile[i];
            if (s != previous) {
                events.add(event("Immobility", "Passive coping", s == 1 ? "START" : "STOP", i));
            } else if (s == 0 && random.nextInt(2500) == 0) {
                events.add(event("Diving", "Active coping", "POINT", i));
            }
            previous = s;
        }
        if (previous == 1) {
            events.add(event("Immobility", "Passive coping", "STOP", FstTrack.SAMPLES - 1));
        }
        return events;
    }

    private static String[] event(String behaviour, String category, String type, int frame) {
        return new String[] {behaviour, category, type, String.format(Locale.ROOT, "%.3f", FstTrack.time(frame)),
            Integer.toString(frame)};
    }
}

package org.vivarium.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.blinding.Coding;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.NaturalOrder;
import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * {@code animals list STUDY [--cohort C] [--format text|csv|json]}: one animal per line - id, ear tag, cohort, cage,
 * sex, date of birth, arm (its code while the treatments are coded), blind code, status - by cohort, then by id in
 * natural order ("A-2" before "A-10").
 */
final class AnimalsListCommand implements Command {

    static final List<String> COLUMNS = List.of("id", "earTag", "cohort", "cage", "sex", "dateOfBirth", "arm",
            "blindCode", "status");


    @Override
    public String name() {
        return "animals list";
    }

    @Override
    public String usage() {
        return "animals list STUDY [--cohort C] [--format text|csv|json]";
    }

    @Override
    public String summary() {
        return "the animals: id, ear tag, cohort, cage, sex, date of birth, arm, blind code, status";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String cohortName = args.option("cohort", null);
        String format = args.format("text", "csv", "json");
        args.checkNoneLeft(1);
        ReadStudy read = StudyFiles.read(file);
        Study study = read.study();
        List<Cohort> cohorts = cohortName == null ? study.getCohorts() : List.of(StudyEdits.cohort(file, study,
                cohortName));
        List<String[]> rows = new ArrayList<>();
        for (Cohort c : cohorts) {
            c.getAnimals().stream().sorted(Comparator.comparing(Animal::getId, NaturalOrder.INSTANCE))
                    .forEach(a -> rows.add(row(c, a)));
        }
        switch (format) {
            case "csv" -> csv(rows, console.out());
            case "json" -> json(rows, console.out());
            default -> text(rows, console.out());
        }
        return Cli.OK;
    }

    private static String[] row(Cohort c, Animal a) {
        return new String[] { a.getId(), a.getEarTag(), c.getName(), a.getCage() == null ? null : a.getCage()
                .getLabel(), a.getSex() == null ? null : a.getSex().getLiteral().toLowerCase(Locale.ROOT),
                a.getDateOfBirth() == null ? null : a.getDateOfBirth().toString(), a.getArm() == null ? null
                        : Coding.armLabel(a), blank(a.getBlindCode()) ? null : a.getBlindCode(),
                a.getStatus() == null ? null : a.getStatus().getName() };
    }

    private static void csv(List<String[]> rows, PrintStream out) {
        out.println(String.join(",", COLUMNS));
        for (String[] r : rows) {
            out.println(String.join(",", Arrays.stream(r).map(AnimalsListCommand::csvCell).toList()));
        }
    }

    private static String csvCell(String s) {
        if (s == null) {
            return "";
        }
        return s.matches(".*[\",\\r\\n].*") || s.startsWith(" ") || s.endsWith(" ") ? "\"" + s.replace("\"",
                "\"\"") + "\"" : s;
    }

    private static void json(List<String[]> rows, PrintStream out) {
        JsonArray animals = new JsonArray();
        for (String[] r : rows) {
            JsonObject o = new JsonObject();
            for (int i = 0; i < COLUMNS.size(); i++) {
                o.addProperty(COLUMNS.get(i), r[i]);
            }
            animals.add(o);
        }
        JsonObject root = new JsonObject();
        root.add("animals", animals);
        out.println(new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(root));
    }

    private static void text(List<String[]> rows, PrintStream out) {
        int[] width = new int[COLUMNS.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = COLUMNS.get(i).length();
            for (String[] r : rows) {
                width[i] = Math.max(width[i], r[i] == null ? 1 : r[i].length());
            }
        }
        print(COLUMNS.toArray(String[]::new), width, out);
        rows.forEach(r -> print(r, width, out));
    }

    private static void print(String[] cells, int[] width, PrintStream out) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i] == null ? "-" : cells[i];
            b.append(s);
            if (i < cells.length - 1) {
                b.append(" ".repeat(width[i] - s.length() + 2));
            }
        }
        out.println(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

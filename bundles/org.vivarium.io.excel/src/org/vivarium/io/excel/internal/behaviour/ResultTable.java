package org.vivarium.io.excel.internal.behaviour;

import java.util.ArrayList;
import java.util.List;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.internal.map.HeaderText;
import org.vivarium.io.excel.internal.map.Names;
import org.vivarium.io.excel.internal.map.RowOrigins;
import org.vivarium.io.excel.internal.read.CellValue;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;

/**
 * An ANY-maze results table: one row per test (Test, Animal, Treatment, Stage, user columns, then results with their
 * units, e.g. "Time immobile (s)", "Distance (m)", "Centre : time"). The results are ANY-maze's own (its test
 * settings decide the window); a result column is imported when it names a measure of the study (or the mapping
 * maps it); the others are listed as not imported.
 */
final class ResultTable {

    private final ExportContext context;
    private final String file;
    private final String fileName;
    private final int headerRow;

    ResultTable(ExportContext context, String file, String fileName, int headerRow) {
        this.context = context;
        this.file = file;
        this.fileName = fileName;
        this.headerRow = headerRow;
    }

    void read(WorkbookReader reader) throws ReadFailure {
        SheetInfo sheet = reader.sheets().get(0);
        List<String> names = new ArrayList<>();
        int[] animal = {-1};
        int[] test = {-1};
        int[] stage = {-1};
        int[] date = {-1};
        reader.read(sheet, r -> {
            if (r.index() < headerRow) {
                return true;
            }
            if (r.index() == headerRow) {
                for (int c = 0; c < r.width(); c++) {
                    CellValue v = r.get(c);
                    names.add(v == null ? "" : v.asText().strip());
                }
                animal[0] = context.animalName(names);
                test[0] = names.stream().map(Names::key).toList().indexOf("test");
                stage[0] = names.stream().map(Names::key).toList().indexOf("stage");
                date[0] = names.stream().map(Names::key).toList().indexOf("date");
                if (stage[0] < 0) {
                    stage[0] = context.roleName(names, ColumnRole.SESSION);
                }
                return animal[0] >= 0;
            }
            row(r, sheet.name(), names, new int[] {animal[0], test[0], stage[0], date[0]});
            return true;
        }, (done, total) -> {
        });
        if (animal[0] < 0) {
            context.problem(file, sheet.name(), headerRow, -1, "no column names the animal (e.g. 'Animal'); name it "
                    + "in a mapping: {\"header\": \"...\", \"role\": \"animal\"}");
        }
    }

    /** @param cols the columns of the animal, test, stage and date (-1 when absent) */
    private void row(SheetRow r, String sheet, List<String> names, int[] cols) {
        int animal = cols[0];
        int test = cols[1];
        int stage = cols[2];
        String date = cols[3] < 0 ? null : Num.date(r.get(cols[3]));
        CellValue a = r.get(animal);
        if (a == null || a.asText().isBlank()) {
            return;
        }
        String stageText = stage < 0 || r.get(stage) == null ? null : r.get(stage).asText().strip();
        Target target = Target.of(context.study, context.mapping.defaults(), stageText, null);
        String testText = test < 0 || r.get(test) == null ? "row " + (r.index() + 1) : "Test " + text(r.get(test));
        RowOrigins.Location at = new RowOrigins.Location(file, sheet, r.index(), animal);
        for (int c = 0; c < names.size(); c++) {
            if (c == animal || c == test || c == stage || c == cols[3] || names.get(c).isBlank()) {
                continue;
            }
            String measure = context.measure(names.get(c), target.assay());
            if (measure == null) {
                continue;
            }
            double v;
            try {
                v = Num.of(r.get(c));
            } catch (IllegalArgumentException e) {
                context.problem(file, sheet, r.index(), c, e.getMessage());
                continue;
            }
            if (Double.isNaN(v)) {
                continue;
            }
            HeaderText h = HeaderText.parse(names.get(c));
            context.add(new ExportRow(text(a), target.named(), target.assay() == null ? null : target.assay()
                    .getCode(), date, measure, v,
                    h.unit(), false, fileName + "!" + sheet + "!" + testText, "ANY-maze results: '" + names.get(c)
                            + "' as ANY-maze computed it (window and thresholds as set in its protocol)", at));
        }
    }

    private static String text(CellValue v) {
        return v.kind() == CellValue.Kind.NUMBER ? Num.text(v.number()) : v.asText().strip();
    }
}

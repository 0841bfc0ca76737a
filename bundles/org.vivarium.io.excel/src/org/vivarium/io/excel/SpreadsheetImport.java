package org.vivarium.io.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.LayoutDetector;
import org.vivarium.io.excel.internal.map.Vocabulary;
import org.vivarium.io.excel.internal.plan.PlanBuilder;
import org.vivarium.io.excel.internal.read.CellRange;
import org.vivarium.io.excel.internal.read.FileSniffer;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.ReadLimits;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;
import org.vivarium.io.excel.internal.read.WorkbookReaders;
import org.vivarium.model.Study;

/**
 * Imports lab sheets (.xlsx, .xls, .csv; the format is found from the content) into a study. The steps the import
 * wizard shows are its methods: {@link #sheets()}, {@link #detect(String, Study, ImportMapping)} (header and column
 * mapping, which the user may correct), {@link #plan(Study, ImportMapping, ImportOptions, IProgressMonitor)} (every
 * problem by cell, what would be added), then {@link ImportPlan#applyTo(Study)} or
 * {@link ImportPlan#toCommand(org.eclipse.emf.edit.domain.EditingDomain)}. Nothing changes before the plan is applied.
 *
 * <pre>
 * try (SpreadsheetImport in = SpreadsheetImport.open(file)) {
 *     SheetLayout layout = in.detect(in.sheets().get(0), study, mapping);   // show layout.columns()
 *     ImportPlan plan = in.plan(study, mapping, ImportOptions.DEFAULT, monitor);
 *     if (!plan.hasProblems()) {
 *         domain.getCommandStack().execute(plan.toCommand(domain));
 *     }
 * }
 * </pre>
 */
public final class SpreadsheetImport implements AutoCloseable {

    private final String file;
    private final String fileName;
    private final WorkbookReader reader;
    private final Map<String, List<CellRange>> merges = new HashMap<>();
    private final Map<String, List<SheetRow>> previews = new HashMap<>();

    private SpreadsheetImport(String file, String fileName, WorkbookReader reader) {
        this.file = file;
        this.fileName = fileName;
        this.reader = reader;
    }

    /** Opens a file; refuses what is not a readable spreadsheet (with a message saying what it is). */
    public static SpreadsheetImport open(Path file) throws ImportException {
        return open(file, ImportOptions.DEFAULT);
    }

    public static SpreadsheetImport open(Path file, ImportOptions options) throws ImportException {
        String label = file.toString();
        try {
            ReadLimits limits = ReadLimits.DEFAULT.withMaxRows(options.maxRows());
            return new SpreadsheetImport(label, file.getFileName().toString(), WorkbookReaders.open(file, limits));
        } catch (ReadFailure f) {
            throw new ImportException(problem(label, f));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            throw new ImportException(new ImportProblem(label, null, -1, -1, "cannot be read ("
                    + FileSniffer.describe(e) + ")"));
        }
    }

    private static ImportProblem problem(String file, ReadFailure f) {
        return new ImportProblem(file, f.sheet(), f.sheet() == null ? -1 : f.row(), f.column(), f.getMessage());
    }

    /** The file as named in messages. */
    public String file() {
        return file;
    }

    /** The sheet names in workbook order (a CSV file has one, named after the file). */
    public List<String> sheets() {
        return reader.sheets().stream().map(SheetInfo::name).toList();
    }

    /** Whether a sheet is hidden in the workbook. */
    public boolean isHidden(String sheet) {
        return reader.sheets().stream().anyMatch(s -> s.name().equals(sheet) && s.hidden());
    }

    /** The layout of a sheet (header, what each column holds) for a study and a mapping. */
    public SheetLayout detect(String sheet, Study study, ImportMapping mapping) throws ImportException {
        SheetInfo info = sheet(sheet);
        try {
            return new SheetLayout(file, layout(info, new Vocabulary(study), study, mapping));
        } catch (ReadFailure f) {
            throw new ImportException(problem(file, f.in(info.name())));
        }
    }

    /**
     * Reads the chosen sheets and plans the import; the study does not change. Cancelling the monitor throws
     * {@link org.eclipse.core.runtime.OperationCanceledException}.
     */
    public ImportPlan plan(Study study, ImportMapping mapping, ImportOptions options, IProgressMonitor monitor)
            throws ImportException {
        List<String> names = !options.sheets().isEmpty() ? options.sheets()
                : mapping.sheet() != null ? List.of(mapping.sheet()) : List.of();
        List<SheetInfo> chosen = new ArrayList<>();
        for (String n : names) {
            chosen.add(sheet(n));
        }
        boolean explicit = !chosen.isEmpty() || reader.sheets().size() == 1;
        if (chosen.isEmpty()) {
            chosen.addAll(reader.sheets().stream().filter(s -> !s.hidden()).toList());
            if (chosen.isEmpty()) {
                chosen.addAll(reader.sheets());
            }
        }
        PlanBuilder builder = new PlanBuilder(study, reader, mapping, options, file, fileName);
        PlanBuilder.Result result = builder.plan(chosen, explicit, (s, v) -> layout(s, v, study, mapping),
                monitor);
        return new ImportPlan(file, study, result);
    }

    private SheetInfo sheet(String name) throws ImportException {
        for (SheetInfo s : reader.sheets()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        for (SheetInfo s : reader.sheets()) {
            if (s.name().equalsIgnoreCase(name.strip())) {
                return s;
            }
        }
        throw new ImportException(new ImportProblem(file, null, -1, -1, "has no sheet named '" + name + "' (its "
                + "sheets: " + String.join(", ", sheets()) + ")"));
    }

    private Layout layout(SheetInfo sheet, Vocabulary vocabulary, Study study, ImportMapping mapping)
            throws ReadFailure {
        List<SheetRow> preview = previews.get(sheet.name());
        if (preview == null) {
            List<SheetRow> rows = new ArrayList<>();
            reader.read(sheet, r -> {
                rows.add(r);
                return rows.size() < LayoutDetector.PREVIEW_ROWS;
            }, (done, total) -> {
            });
            preview = rows;
            previews.put(sheet.name(), preview);
        }
        List<CellRange> m = merges.get(sheet.name());
        if (m == null) {
            m = reader.merges(sheet);
            merges.put(sheet.name(), m);
        }
        return new LayoutDetector(study, vocabulary, mapping).detect(sheet, preview, m);
    }

    @Override
    public void close() {
        reader.close();
    }
}

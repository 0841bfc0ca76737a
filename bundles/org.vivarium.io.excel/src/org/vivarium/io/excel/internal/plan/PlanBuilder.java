package org.vivarium.io.excel.internal.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.internal.map.Layout;
import org.vivarium.io.excel.internal.map.Vocabulary;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.io.excel.internal.read.WorkbookReader;
import org.vivarium.model.Study;

/**
 * Plans an import: reads each chosen sheet once, row by row, and collects what would be added or created and every
 * problem. The study is not changed; {@link Result#changes()} applies the plan later.
 */
public final class PlanBuilder {

    /** Finds the layout of a sheet (header, columns) for a vocabulary. */
    public interface Layouts {
        Layout layout(SheetInfo sheet, Vocabulary vocabulary) throws ReadFailure;
    }

    /** The outcome of planning one sheet. */
    public record SheetOutcome(String sheet, boolean imported, String note, SheetCounts counts,
            List<String> unrecognised) {

        SheetOutcome(String sheet, boolean imported, String note, SheetCounts counts) {
            this(sheet, imported, note, counts, List.of());
        }
    }

    /** What planning found. */
    public record Result(Problems problems, List<SheetOutcome> sheets, Changes changes, Set<EObject> created,
            Map<String, Integer> createdCounts, int added, int present) {
    }

    private final Study study;
    private final WorkbookReader reader;
    private final ImportMapping mapping;
    private final ImportOptions options;
    private final String file;
    private final String fileName;

    public PlanBuilder(Study study, WorkbookReader reader, ImportMapping mapping, ImportOptions options, String file,
            String fileName) {
        this.study = study;
        this.reader = reader;
        this.mapping = mapping;
        this.options = options;
        this.file = file;
        this.fileName = fileName;
    }

    /** Plans the sheets (all chosen explicitly, or all with a recognised header when {@code explicit} is false). */
    public Result plan(List<SheetInfo> sheets, boolean explicit, Layouts layouts, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + fileName, sheets.size() * 1000);
        Vocabulary vocabulary = new Vocabulary(study);
        PlanContext context = new PlanContext(study, vocabulary, options, file, fileName,
                new Cells(reader.decimalComma(), mapping.missing()));
        List<SheetOutcome> outcomes = new ArrayList<>();
        int imported = 0;
        for (SheetInfo sheet : sheets) {
            SubMonitor sub = progress.split(1000).setWorkRemaining(1000);
            SheetCounts counts = new SheetCounts();
            try {
                Layout layout = layouts.layout(sheet, vocabulary);
                if (!layout.recognised() && !explicit) {
                    outcomes.add(new SheetOutcome(sheet.name(), false, layout.issues.get(0).message(), counts));
                    continue;
                }
                imported++;
                for (Layout.Issue i : layout.issues) {
                    context.problems.add(sheet.name(), sheet.index(), i.row(), i.column(), i.message());
                }
                if (!layout.issues.isEmpty()) {
                    outcomes.add(new SheetOutcome(sheet.name(), true, null, counts));
                    continue;
                }
                nothingToImport(context, layout, sheet);
                SheetPass pass = new SheetPass(context, layout, sheet.index(), counts);
                if (pass.usable()) {
                    sub.setTaskName("Reading " + fileName + ": " + sheet.name());
                    reader.read(sheet, pass, new Ticks(sub));
                }
                outcomes.add(new SheetOutcome(sheet.name(), true, null, counts, unrecognised(layout)));
            } catch (ReadFailure f) {
                context.problems.fatal(sheet.name(), sheet.index(), f.row(), f.column(), f.getMessage());
                outcomes.add(new SheetOutcome(sheet.name(), true, null, counts));
                break;
            }
            if (context.overLimit) {
                break;
            }
        }
        if (imported == 0 && context.problems.isEmpty()) {
            if (sheets.size() == 1) {
                context.problems.add(sheets.get(0).name(), 0, -1, -1, outcomes.get(0).note());
            } else {
                context.problems.add("no sheet has a header naming the animal or cage next to measures ("
                        + String.join(", ", outcomes.stream().map(SheetOutcome::sheet).toList()) + ")");
            }
        }
        context.creations.finish(context.changes);
        context.scorings.finish(context.changes, context.creations);
        progress.done();
        return new Result(context.problems, outcomes, context.changes, context.creations.created(),
                context.creations.counts(), context.added, context.present);
    }

    /**
     * Plans rows that did not come from a sheet (values computed from behaviour exports): the layout says what each
     * column holds and, through {@link Layout#origins}, where each row came from; problems found before (files that
     * could not be read) come first. The same checks, matching and duplicate detection as for sheets apply.
     */
    public Result planRows(Layout layout, Iterable<SheetRow> rows, List<ImportProblem> earlier,
            IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Checking " + fileName, 1);
        PlanContext context = new PlanContext(study, new Vocabulary(study), options, file, fileName,
                new Cells(false, mapping.missing()));
        for (ImportProblem p : earlier) {
            context.problems.add(p.file(), p.sheet(), -1, p.row(), p.column(), p.message());
        }
        SheetCounts counts = new SheetCounts();
        SheetPass pass = new SheetPass(context, layout, 0, counts);
        if (pass.usable()) {
            for (SheetRow r : rows) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (!pass.row(r)) {
                    break;
                }
            }
        }
        context.creations.finish(context.changes);
        context.scorings.finish(context.changes, context.creations);
        progress.done();
        return new Result(context.problems, List.of(new SheetOutcome(layout.sheet.name(), true, null, counts)),
                context.changes, context.creations.created(), context.creations.counts(), context.added,
                context.present);
    }

    /** Columns with a header that names no role or measure of the study ("column C 'Ratio'"). */
    private static List<String> unrecognised(Layout layout) {
        List<String> list = new ArrayList<>();
        for (org.vivarium.io.excel.internal.map.ResolvedColumn c : layout.columns) {
            if (c.role == ColumnRole.IGNORE && !c.fromMapping && c.note != null && c.note.startsWith(
                    "not imported: no role")) {
                list.add(c.describe());
            }
        }
        return list;
    }

    private void nothingToImport(PlanContext context, Layout layout, SheetInfo sheet) {
        boolean values = layout.column(ColumnRole.MEASURE) != null || layout.column(ColumnRole.VALUE) != null;
        boolean roster = layout.columns.stream().anyMatch(c -> c.role.isRoster());
        if (!values && !(options.create() && roster)) {
            context.problems.add(sheet.name(), sheet.index(), layout.headerRow, -1, "nothing to import: no column "
                    + "holds values of a measure of the study" + (roster ? " (to add the animals of a roster, use the "
                            + "create option)" : "") + "; map columns to measures in a mapping file");
        }
    }

    /** Reports reading progress in units of 1/1000 of a sheet and cancels when asked. */
    private static final class Ticks implements org.vivarium.io.excel.internal.read.Progress {
        private final SubMonitor monitor;
        private int reported;

        Ticks(SubMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void at(long done, long total) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (total > 0) {
                int now = (int) Math.min(1000, done * 1000 / total);
                if (now > reported) {
                    monitor.worked(now - reported);
                    reported = now;
                }
            }
        }
    }
}

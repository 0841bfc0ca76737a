package org.vivarium.io.excel.behaviour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.internal.behaviour.ExportContext;
import org.vivarium.io.excel.internal.behaviour.ExportReaders;
import org.vivarium.io.excel.internal.behaviour.ExportRows;
import org.vivarium.io.excel.internal.behaviour.Recogniser;
import org.vivarium.io.excel.internal.plan.PlanBuilder;
import org.vivarium.io.excel.internal.read.FileSniffer;
import org.vivarium.io.excel.internal.read.ReadFailure;
import org.vivarium.io.excel.internal.read.ReadLimits;
import org.vivarium.io.excel.internal.read.WorkbookReader;
import org.vivarium.io.excel.internal.read.WorkbookReaders;
import org.vivarium.model.Study;

/**
 * Imports behaviour-room exports (EthoVision XT raw data and statistics, ANY-maze results and time series, BORIS
 * events and aggregated events, ezTrack freezing output and batch summaries; recognised by their content) from one file or a folder of them, all or nothing, through the plan lab sheets use:
 * animals by identifier, ear tag or blind code, sessions by name, assay and time since dose or the mapping's
 * defaults, duplicates and values already present, every problem at its file, sheet and cell. Tracks are streamed and
 * scored on the fly (see the README's "Behaviour-room exports").
 *
 * <pre>
 * BehaviourImport in = BehaviourImport.open(folder);
 * ImportPlan plan = in.plan(study, mapping, ImportOptions.DEFAULT, monitor);   // in.notes(): what was not imported
 * </pre>
 */
public final class BehaviourImport {

    /** Rows of one sheet or text file read at most (a track of 1,000,000 samples and more fits). */
    public static final int MAX_SAMPLES = 20_000_000;

    /** The exports recognised, for messages. */
    static final String RECOGNISED = "EthoVision XT raw data or statistics, ANY-maze results or time series, BORIS "
            + "events or aggregated events, ezTrack freezing output or batch summary";

    private final Path input;
    private final List<Path> files;
    private final Map<Path, ExportKind> recognised = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private BehaviourImport(Path input, List<Path> files) {
        this.input = input;
        this.files = files;
    }

    /** A file, or every file of a folder (by name; hidden files and sub-folders are not read). */
    public static BehaviourImport open(Path fileOrFolder) throws ImportException {
        if (Files.isRegularFile(fileOrFolder)) {
            return new BehaviourImport(fileOrFolder, List.of(fileOrFolder));
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw new ImportException(new ImportProblem(fileOrFolder.toString(), null, -1, -1, "no such file or "
                    + "folder"));
        }
        try (Stream<Path> s = Files.list(fileOrFolder)) {
            List<Path> list = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (list.isEmpty()) {
                throw new ImportException(new ImportProblem(fileOrFolder.toString(), null, -1, -1, "the folder has "
                        + "no files"));
            }
            return new BehaviourImport(fileOrFolder, list);
        } catch (IOException e) {
            throw new ImportException(new ImportProblem(fileOrFolder.toString(), null, -1, -1, "cannot be read ("
                    + FileSniffer.describe(e) + ")"));
        }
    }

    /** The kind of export a file is, from its content; null when it is none (or cannot be read). */
    public static ExportKind recognise(Path file) {
        try (WorkbookReader r = WorkbookReaders.open(file, ReadLimits.DEFAULT.withMaxRows(MAX_SAMPLES))) {
            Recogniser.Found f = Recogniser.recognise(r);
            return f == null ? null : f.kind();
        } catch (ReadFailure | RuntimeException e) {
            return null;
        }
    }

    /** The files read. */
    public List<Path> files() {
        return files;
    }

    /** The files recognised by the last {@link #plan}, with their kind. */
    public Map<Path, ExportKind> recognised() {
        return Collections.unmodifiableMap(recognised);
    }

    /** What the last plan did not import without it being a problem (behaviours without a measure, gaps). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Reads every file and plans the import; the study does not change. Cancelling throws. */
    public ImportPlan plan(Study study, ImportMapping mapping, ImportOptions options, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Reading " + input.getFileName(), files.size() + 1);
        recognised.clear();
        notes.clear();
        ExportContext context = new ExportContext(study, mapping);
        for (Path f : files) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(f.getFileName().toString());
            read(context, f);
            progress.worked(1);
        }
        notes.addAll(context.notes());
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        ExportRows rows = new ExportRows(context.rows(), mapping, name, options.create());
        PlanBuilder builder = new PlanBuilder(study, null, mapping, options, input.toString(), name);
        PlanBuilder.Result result = builder.planRows(rows.layout(), rows.sheetRows(), context.problems(),
                progress.split(1));
        return new ImportPlan(input.toString(), study, result);
    }

    private void read(ExportContext context, Path f) {
        String label = f.toString();
        try (WorkbookReader r = WorkbookReaders.open(f, ReadLimits.DEFAULT.withMaxRows(MAX_SAMPLES))) {
            Recogniser.Found found = Recogniser.recognise(r);
            if (found == null) {
                context.problems().add(new ImportProblem(label, null, -1, -1, "not a behaviour export Vivarium "
                        + "recognises (" + RECOGNISED + "); take it out of the folder or import it on its own"));
                return;
            }
            recognised.put(f, found.kind());
            ExportReaders.read(context, label, f.getFileName().toString(), r, found);
        } catch (ReadFailure e) {
            context.problems().add(new ImportProblem(label, e.sheet(), e.sheet() == null ? -1 : e.row(), e.column(),
                    e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            if (e instanceof OperationCanceledException c) {
                throw c;
            }
            context.problems().add(new ImportProblem(label, null, -1, -1, "cannot be read (" + FileSniffer.describe(
                    e) + ")"));
        }
    }
}

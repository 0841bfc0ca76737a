package org.vivarium.io.excel.internal.plan;

import java.util.IdentityHashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.internal.map.Vocabulary;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/** What the passes over the sheets of one import share: the study's index, what is created, found and planned. */
final class PlanContext {

    final Study study;
    final StudyIndex index;
    final Vocabulary vocabulary;
    final Creations creations;
    /** Checks the names of new objects (with the create option only). */
    final NewNames names;
    final SessionFinder sessions;
    final Problems problems;
    final Changes changes = new Changes();
    /** How the values of each session were scored (rows from behaviour exports). */
    final Scorings scorings = new Scorings();
    final ImportOptions options;
    /** Reads numbers, flags and dates from cells. */
    final Cells cells;
    /** The file name used in measurement sources ("file!sheet!cell"). */
    final String fileName;
    int added;
    int present;
    boolean overLimit;

    private final Map<AssaySession, Map<EObject, long[]>> planned = new IdentityHashMap<>();
    private final Map<MeasureDefinition, Integer> measureIndex = new IdentityHashMap<>();
    private AssaySession lastSession;
    private Map<EObject, long[]> lastPlanned;

    PlanContext(Study study, Vocabulary vocabulary, ImportOptions options, String file, String fileName,
            Cells cells) {
        this.cells = cells;
        this.study = study;
        this.index = new StudyIndex(study);
        this.vocabulary = vocabulary;
        this.creations = new Creations(study, index);
        this.names = options.create() ? new NewNames(study) : null;
        this.sessions = new SessionFinder(index, creations, options.create());
        this.problems = new Problems(file, options.maxProblems());
        this.options = options;
        this.fileName = fileName;
    }

    /**
     * Records that a value for (session, unit, measure) comes from a cell; returns the cell of an earlier value for
     * the same, encoded as row &lt;&lt; 16 | column, or -1.
     */
    long mark(AssaySession session, EObject unit, MeasureDefinition measure, int row, int column) {
        Integer known = measureIndex.get(measure);
        int m = known != null ? known : measureIndex.computeIfAbsent(measure, k -> measureIndex.size());
        if (session != lastSession) {
            lastPlanned = planned.computeIfAbsent(session, k -> new IdentityHashMap<>());
            lastSession = session;
        }
        long[] cells = lastPlanned.get(unit);
        if (cells == null || cells.length <= m) {
            long[] grown = new long[Math.max(m + 1, 4)];
            if (cells != null) {
                System.arraycopy(cells, 0, grown, 0, cells.length);
            }
            cells = grown;
            lastPlanned.put(unit, cells);
        }
        long previous = cells[m];
        if (previous != 0) {
            return previous - 1;
        }
        cells[m] = ((long) row << 16 | column) + 1;
        return -1;
    }
}

package org.vivarium.publish.prism;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.vivarium.core.blinding.Coding;
import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.publish.PublishException;
import org.vivarium.publish.TrailRecord;

/**
 * Writes a study's measurements as a GraphPad Prism file (.pzfx): per assay measure a grouped table (time since dose x
 * arm, replicates as subcolumns) followed by a column table per session (one column per arm); excluded values marked
 * excluded; arms by their codes (coded letters while the treatments are coded). Written atomically. The workbench and
 * {@code vivarium export STUDY OUT.pzfx} call it.
 */
public final class PrismExport {

    /**
     * What was written.
     *
     * @param tables   how many tables
     * @param measures how many assay measures
     * @param values   how many values (excluded ones included)
     */
    public record Result(int tables, int measures, int values) {
    }

    private PrismExport() {
    }

    /** Whether the file is one this export writes (.pzfx, any case). */
    public static boolean supports(Path out) {
        return out.getFileName() != null && out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(
                ".pzfx");
    }

    /**
     * Writes the file.
     *
     * @param assayCode   an assay's code to export only that assay, or null for all
     * @param measureName a measure of that assay to export only it, or null for all its measures
     * @throws PublishException for an unknown assay or measure (naming the valid ones) or when there are no values
     */
    public static Result write(Study study, Path out, String assayCode, String measureName, IProgressMonitor monitor)
            throws IOException, PublishException {
        List<AssayDefinition> assays = assays(study, assayCode);
        SubMonitor progress = SubMonitor.convert(monitor, "Writing " + out.getFileName(), assays.size() + 1);
        List<PrismTable> tables = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int measures = 0;
        for (AssayDefinition assay : assays) {
            for (MeasureDefinition m : measures(assay, measureName)) {
                if (PrismTables.hasValues(assay, m)) {
                    tables.addAll(PrismTables.of(study, assay, m));
                    measures++;
                }
            }
            progress.worked(1);
        }
        if (tables.isEmpty()) {
            String what = assayCode == null ? "the study" : "assay " + assays.get(0).getCode() + (measureName == null
                    ? "" : ", measure " + measureName + ",");
            throw new PublishException("nothing to export: " + what + " has no measurements");
        }
        notes.add("Exported by Vivarium from study " + (study.getId() == null ? "" : study.getId()) + ".");
        notes.add("Grouped tables: rows are times since dose, columns arms, subcolumns the animals (or cages) of "
                + "the arm; column tables: one per session.");
        notes.add("Values the analyses leave out (measurement excluded, or animal no longer in the study) are "
                + "marked excluded.");
        if (Coding.isCoded(study) && !Coding.revealed(study, null)) {
            notes.add("The treatments are coded: arms are named by their codes.");
        }
        String trail = TrailRecord.note(study);
        if (trail != null) {
            notes.add(trail + ".");
        }
        notes.addAll(TrailRecord.signatureNotes(study));
        int values = tables.stream().filter(t -> !t.grouped()).flatMap(t -> t.columns().stream()).mapToInt(c -> c
                .subcolumns().get(0).size()).sum();
        AtomicFileWriter.write(out, o -> PzfxWriter.write(study, tables, notes, o));
        progress.worked(1);
        return new Result(tables.size(), measures, values);
    }

    private static List<AssayDefinition> assays(Study study, String assayCode) throws PublishException {
        if (assayCode == null) {
            return List.copyOf(study.getAssays());
        }
        AssayDefinition assay = Studies.findAssay(study, assayCode);
        if (assay == null) {
            throw new PublishException("the study has no assay '" + assayCode + "' (assays: " + String.join(", ",
                    study.getAssays().stream().map(AssayDefinition::getCode).toList()) + ")");
        }
        return List.of(assay);
    }

    private static List<MeasureDefinition> measures(AssayDefinition assay, String measureName)
            throws PublishException {
        if (measureName == null) {
            return List.copyOf(assay.getMeasures());
        }
        for (MeasureDefinition m : assay.getMeasures()) {
            if (m.getName().equalsIgnoreCase(measureName.strip())) {
                return List.of(m);
            }
        }
        throw new PublishException("assay " + assay.getCode() + " has no measure '" + measureName + "' (measures: "
                + String.join(", ", assay.getMeasures().stream().map(MeasureDefinition::getName).toList()) + ")");
    }
}

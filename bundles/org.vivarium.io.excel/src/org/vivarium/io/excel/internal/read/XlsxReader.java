package org.vivarium.io.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.eclipse.core.runtime.OperationCanceledException;
import org.vivarium.model.support.CountingInputStream;

/**
 * Streams the sheets of an .xlsx workbook with SAX (POI's OPC package layer for the zip and its relationships), so
 * memory stays flat however long a sheet is. The zip layer refuses zip bombs (POI's ZipSecureFile: an entry that
 * inflates more than 100 times) and the XML parser refuses document type declarations.
 */
public final class XlsxReader implements WorkbookReader {

    private final OPCPackage pkg;
    private final PackagePart workbookPart;
    private final XlsxWorkbook workbook;
    private final ReadLimits limits;
    private final List<SheetInfo> sheets = new ArrayList<>();
    private XlsxSharedStrings strings;
    private XlsxStyles styles;

    private XlsxReader(OPCPackage pkg, PackagePart workbookPart, XlsxWorkbook workbook, ReadLimits limits) {
        this.pkg = pkg;
        this.workbookPart = workbookPart;
        this.workbook = workbook;
        this.limits = limits;
        for (int i = 0; i < workbook.sheets.size(); i++) {
            XlsxWorkbook.Sheet s = workbook.sheets.get(i);
            sheets.add(new SheetInfo(s.name(), i, s.hidden()));
        }
    }

    public static XlsxReader open(Path file, ReadLimits limits) throws ReadFailure {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception | LinkageError e) {
            throw OoxmlFailures.translate(e, "the zip container");
        }
        try {
            PackagePart wb = mainPart(pkg);
            if (wb == null) {
                throw new ReadFailure("the workbook is damaged: it has no workbook part (xl/workbook.xml)");
            }
            XlsxWorkbook workbook;
            try (InputStream in = wb.getInputStream()) {
                workbook = XlsxWorkbook.read(in, wb.getPartName().getName());
            }
            if (workbook.sheets.isEmpty()) {
                throw new ReadFailure("the workbook has no sheets");
            }
            return new XlsxReader(pkg, wb, workbook, limits);
        } catch (ReadFailure e) {
            pkg.revert();
            throw e;
        } catch (Exception e) {
            pkg.revert();
            throw OoxmlFailures.translate(e, "xl/workbook.xml");
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        return rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
    }

    @Override
    public List<SheetInfo> sheets() {
        return sheets;
    }

    @Override
    public void read(SheetInfo sheet, RowSink sink, Progress progress) throws ReadFailure {
        loadShared();
        PackagePart part = sheetPart(sheet);
        long size = part.getSize();
        try (CountingInputStream in = new CountingInputStream(part.getInputStream())) {
            XlsxSheetHandler handler = new XlsxSheetHandler(sheet.name(), strings, styles, workbook.date1904, limits,
                    sink, () -> progress.at(in.count(), size));
            Xml.parse(in, handler, part.getPartName().getName());
        } catch (ReadFailure e) {
            throw e.in(sheet.name());
        } catch (OperationCanceledException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OoxmlFailures.translate(e, part.getPartName().getName()).in(sheet.name());
        }
    }

    @Override
    public List<CellRange> merges(SheetInfo sheet) throws ReadFailure {
        PackagePart part = sheetPart(sheet);
        try (InputStream in = part.getInputStream()) {
            return XlsxMerges.scan(in);
        } catch (IOException | RuntimeException e) {
            throw OoxmlFailures.translate(e, part.getPartName().getName()).in(sheet.name());
        }
    }

    private PackagePart sheetPart(SheetInfo sheet) throws ReadFailure {
        String id = workbook.sheets.get(sheet.index()).relationId();
        try {
            PackageRelationship rel = workbookPart.getRelationship(id);
            PackagePart part = rel == null ? null : workbookPart.getRelatedPart(rel);
            if (part == null) {
                throw new ReadFailure("the workbook is damaged: the part of sheet '" + sheet.name() + "' is missing",
                        sheet.name(), -1, -1, null);
            }
            return part;
        } catch (ReadFailure e) {
            throw e;
        } catch (Exception e) {
            throw OoxmlFailures.translate(e, "the part of sheet '" + sheet.name() + "'").in(sheet.name());
        }
    }

    private void loadShared() throws ReadFailure {
        if (strings != null) {
            return;
        }
        PackagePart sst = related("/sharedStrings");
        PackagePart st = related("/styles");
        try {
            if (sst == null) {
                strings = XlsxSharedStrings.empty();
            } else {
                try (InputStream in = sst.getInputStream()) {
                    strings = XlsxSharedStrings.read(in, sst.getPartName().getName(), limits);
                }
            }
            if (st == null) {
                styles = XlsxStyles.none();
            } else {
                try (InputStream in = st.getInputStream()) {
                    styles = XlsxStyles.read(in, st.getPartName().getName());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw OoxmlFailures.translate(e, "the shared strings or styles");
        }
    }

    private PackagePart related(String typeSuffix) throws ReadFailure {
        try {
            for (PackageRelationship rel : workbookPart.getRelationships()) {
                if (rel.getRelationshipType().endsWith(typeSuffix)) {
                    return workbookPart.getRelatedPart(rel);
                }
            }
            return null;
        } catch (Exception e) {
            throw OoxmlFailures.translate(e, "the workbook relationships");
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

}

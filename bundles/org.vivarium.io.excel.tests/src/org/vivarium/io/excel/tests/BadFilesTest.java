package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivarium.io.excel.tests.HostileFiles.repeat;
import static org.vivarium.io.excel.tests.Workbooks.number;
import static org.vivarium.io.excel.tests.Workbooks.sheetXml;
import static org.vivarium.io.excel.tests.Workbooks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.StudyFileImport;
import org.vivarium.io.excel.tests.Workbooks.DateNumber;
import org.vivarium.io.excel.tests.Workbooks.Formula;

/**
 * The corpus of bad and hostile files: each is refused with exactly the expected lines, and the study file is byte for
 * byte what it was (no save, no temporary file left behind).
 */
class BadFilesTest {

    private static final String ROWS_HINT = "no header row found in the first 30 rows: expected a column naming the "
            + "animal or cage ('Animal', 'Animal ID', 'Mouse', 'Cage') next to measure columns (e.g. 'Immobility (s)')";

    @TempDir
    Path dir;

    static Stream<Corpus> corpus() {
        List<Corpus> c = new ArrayList<>();
        c.addAll(notSpreadsheets());
        c.addAll(damagedAndHostile());
        c.addAll(badLayouts());
        c.addAll(badValues());
        c.addAll(misreadValues());
        return c.stream();
    }

    static List<Corpus> notSpreadsheets() {
        return List.of(
                Corpus.of("empty file", d -> Files.write(d.resolve("empty.xlsx"), new byte[0]),
                        "%F: the file is empty"),
                Corpus.of("program renamed .xlsx", d -> HostileFiles.bytes(d.resolve("setup.xlsx"), 'M', 'Z', 0x90, 0,
                        3, 0, 0, 0, 4, 0), "%F: a Windows program (.exe/.dll), not a spreadsheet; refused"),
                Corpus.of("ELF renamed .csv", d -> HostileFiles.bytes(d.resolve("tool.csv"), 0x7F, 'E', 'L', 'F', 2, 1,
                        1, 0), "%F: a Linux program (ELF), not a spreadsheet; refused"),
                Corpus.of("PDF renamed .xlsx", d -> HostileFiles.padded(d.resolve("report.xlsx"), "%PDF-1.7\n%"),
                        "%F: a PDF document, not a spreadsheet; refused"),
                Corpus.of("PNG renamed .xls", d -> HostileFiles.bytes(d.resolve("plot.xls"), 0x89, 'P', 'N', 'G', 13,
                        10, 26, 10), "%F: an image, not a spreadsheet; refused"),
                Corpus.of("random bytes", d -> HostileFiles.random(d.resolve("noise.xlsx")),
                        "%F: binary data (neither .xlsx, .xls nor text), not a spreadsheet; refused"),
                Corpus.of("zip without a workbook", d -> HostileFiles.zip(d.resolve("data.xlsx"), "readme.txt", "hi"),
                        "%F: a zip archive without a workbook in it; refused"),
                Corpus.of("Word document renamed .xlsx", d -> HostileFiles.zip(d.resolve("doc.xlsx"),
                        "[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"),
                        "%F: a Word document (.docx), not a workbook; refused"),
                Corpus.of("OpenDocument spreadsheet", d -> HostileFiles.zip(d.resolve("sheet.ods"), "mimetype",
                        "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>"),
                        "%F: an OpenDocument spreadsheet (.ods), which Vivarium does not read; open it in LibreOffice "
                                + "and save it as .xlsx (File > Save As > Excel 2007-365)"),
                Corpus.of("Word 97 document renamed .xls", d -> HostileFiles.wordDocument(d.resolve("old.xls")),
                        "%F: a Word 97-2003 document (.doc), not a workbook; refused"),
                Corpus.of("Excel 2003 XML renamed .xls", d -> Workbooks.csv(d.resolve("x.xls"),
                        "<?xml version=\"1.0\"?><Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
                                + "</Workbook>"),
                        "%F: an Excel 2003 XML spreadsheet, which Vivarium does not read; open it in Excel or "
                                + "LibreOffice and save it as .xlsx"),
                Corpus.of("web page renamed .xls", d -> Workbooks.csv(d.resolve("page.xls"), "<html><body><table><tr>"
                        + "<td>Animal</td></tr></table></body></html>"), "%F: a web page (HTML) saved with a "
                                + "spreadsheet name; open it in Excel or LibreOffice and save it as .xlsx"));
    }

    static List<Corpus> damagedAndHostile() {
        String encrypted = "%F: the workbook is password-protected (encrypted); open it in Excel, remove the password "
                + "(File > Info > Protect Workbook > Encrypt with Password) and save it again";
        String doctype = "the workbook contains an XML document type declaration (in %s), which Excel never writes; "
                + "refused (it could load external entities)";
        return List.of(
                Corpus.of("truncated .xlsx", d -> HostileFiles.truncated(d.resolve("cut.xlsx")),
                        "%F: is a damaged or truncated zip archive (an .xlsx file is a zip archive); refused"),
                Corpus.of("corrupt compressed sheet", d -> HostileFiles.corruptData(d.resolve("bad.xlsx")),
                        "%F:BW 0 h: the workbook is damaged or truncated: /xl/worksheets/sheet1.xml cannot be "
                                + "unpacked; refused"),
                Corpus.of("zip bomb", d -> HostileFiles.zipBomb(d.resolve("bomb.xlsx")),
                        "%F:Sheet1: the workbook looks like a zip bomb: xl/worksheets/sheet1.xml expands to more than "
                                + "100 times its compressed size; refused"),
                Corpus.of("XXE in a sheet", d -> HostileFiles.xxeInSheet(d.resolve("xxe.xlsx")),
                        "%F:Sheet1: " + doctype.formatted("/xl/worksheets/sheet1.xml")),
                Corpus.of("XXE in the shared strings", d -> HostileFiles.xxeInSharedStrings(d.resolve("xxe.xlsx")),
                        "%F:Sheet1: " + doctype.formatted("/xl/sharedStrings.xml")),
                Corpus.of("XXE in the workbook", d -> HostileFiles.xxeInWorkbook(d.resolve("xxe.xlsx")),
                        "%F: " + doctype.formatted("/xl/workbook.xml")),
                Corpus.of("entity expansion in the content types", d -> HostileFiles.laughsInContentTypes(d.resolve(
                        "laughs.xlsx")), "%F: " + doctype.formatted("the zip container")),
                Corpus.of("encrypted .xlsx", d -> HostileFiles.encryptedXlsx(d.resolve("locked.xlsx")), encrypted),
                Corpus.of("encrypted .xls", d -> HostileFiles.encryptedXls(d.resolve("locked.xls")), encrypted),
                Corpus.of("1,048,576-row sheet", d -> HostileFiles.millionRows(d.resolve("huge.xlsx")),
                        "%F:BW 0 h!A1000001: the sheet has more than 1,000,000 rows of data; Vivarium reads at most "
                                + "1,000,000 rows from one sheet (split it into several sheets or files)"),
                Corpus.of("row beyond Excel's last row", d -> Workbooks.raw(d.resolve("rows.xlsx"), sheetXml(
                        "<row r=\"1\">" + text("A1", "Animal") + "</row><row r=\"1048577\">" + number("A1048577", "1")
                                + "</row>"), null), "%F:Sheet1: row 1,048,577 is beyond Excel's last row (1,048,576); "
                                        + "refused"),
                Corpus.of("cell beyond column XFD", d -> Workbooks.raw(d.resolve("cols.xlsx"), sheetXml(
                        "<row r=\"3\">" + number("XFE3", "1") + "</row>"), null),
                        "%F:Sheet1!A3: cell XFE3 is beyond Excel's last column (XFD); refused"),
                Corpus.of("shared string that does not exist", d -> Workbooks.raw(d.resolve("sst.xlsx"), sheetXml(
                        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>7</v></c></row>"),
                        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                                + "\"><si><t>Animal</t></si><si><t>x</t></si></sst>"),
                        "%F:Sheet1!A1: the sheet is damaged: cell B1 refers to shared string 7 but the table has 2"),
                Corpus.of("32,000-character animal", d -> Workbooks.xlsx(d.resolve("long.xlsx"), "BW 0 h",
                        new Object[][] {{"Animal", "Body weight (g)"}, {repeat('x', 32_000), 20}}),
                        "%F:BW 0 h!A2: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...' (32,000 characters) is not an "
                                + "animal identifier (too long)"),
                Corpus.of("32,000-character value", d -> Workbooks.xlsx(d.resolve("long.xlsx"), "BW 0 h",
                        new Object[][] {{"Animal", "Body weight (g)"}, {"A1", repeat('9', 32_000) + "x"}}),
                        "%F:BW 0 h!B2: '9999999999999999999999999999999999999...' (32,001 characters) is not a "
                                + "number"),
                Corpus.of("CSV cell over Excel's limit", d -> Workbooks.csv(d.resolve("data.csv"), "Animal,Notes\nA1,"
                        + repeat('n', 40_000) + "\n"), "%F:data!B2: a cell has more than 32,767 characters (Excel's "
                                + "limit per cell); refused"),
                Corpus.of("CSV unterminated quote", d -> Workbooks.csv(d.resolve("data.csv"), "Animal,Body weight (g)\n"
                        + "A1,20\nA2,\"24\nA3,22\n"), "%F:data!B3: a quoted field starts here but its closing quote is "
                                + "missing (the rest of the file would be one cell)"),
                Corpus.of("CSV with binary data inside", d -> Workbooks.csv(d.resolve("BW 0 h.csv"),
                        "Animal,Body weight (g)\n" + "A1,\n".repeat(20000) + "A2,2\u00004\n"),
                        "%F:BW 0 h!B20002: the file contains binary data (a NUL character), it is not a text file; "
                                + "refused"));
    }

    static List<Corpus> badLayouts() {
        return List.of(
                Corpus.of("empty sheet", d -> Workbooks.xlsx(d.resolve("blank.xlsx"), "Sheet1", new Object[0][]),
                        "%F:Sheet1: " + ROWS_HINT),
                Corpus.of("numbers without a header", d -> Workbooks.xlsx(d.resolve("n.xlsx"), "Sheet1",
                        new Object[][] {{1, 2, 3}, {4, 5, 6}}), "%F:Sheet1: " + ROWS_HINT),
                Corpus.of("two animal columns", d -> Workbooks.xlsx(d.resolve("two.xlsx"), "BW 0 h", new Object[][] {
                    {"Animal", "Mouse", "Body weight (g)"}, {"A1", "A1", 20}}),
                        "%F:BW 0 h!B1: column B 'Mouse' and column A 'Animal' both look like the animal column; give "
                                + "one of them role ignore in a mapping file"),
                Corpus.of("unit that does not convert", d -> Workbooks.xlsx(d.resolve("u.xlsx"), "BW 0 h",
                        new Object[][] {{"Animal", "Body weight (%)"}, {"A1", 20}}),
                        "%F:BW 0 h!B1: column B 'Body weight (%)' is written in % but BW weight is measured in g; map "
                                + "the column to a measure in % in a mapping file"),
                Corpus.of("nothing to import", d -> Workbooks.xlsx(d.resolve("r.xlsx"), "BW 0 h", new Object[][] {
                    {"Animal", "Sex"}, {"A1", "F"}}), "%F:BW 0 h!A1: nothing to import: no column holds values of a "
                            + "measure of the study (to add the animals of a roster, use the create option); map "
                            + "columns to measures in a mapping file"),
                Corpus.of("sheet for another study", d -> Workbooks.xlsx(d.resolve("t.xlsx"), "TST 24 h",
                        new Object[][] {{"Study:", "OTHER-7"}, null, {"Blind code", "Immobility (s)"}, {"QX7", 100}}),
                        "%F:TST 24 h: this sheet is for study 'OTHER-7', not for study 'TEST-1'"),
                Corpus.of("no such sheet", d -> HostileFiles.valid(d.resolve("v.xlsx")),
                        "%F: has no sheet named 'Nope' (its sheets: BW 0 h)").with(ImportOptions.DEFAULT.withSheets(
                                List.of("Nope"))),
                Corpus.of("mapping with an unknown role", d -> HostileFiles.valid(d.resolve("v.xlsx")),
                        "%M: columns[0].role: unknown role 'animl' (one of " + org.vivarium.io.excel.ColumnRole.ids()
                                + ")").mapping(d -> Workbooks.csv(d.resolve("m.json"),
                                        "{\"columns\": [{\"header\": \"Animal\", \"role\": \"animl\"}]}")),
                Corpus.of("mapping that is not JSON", d -> HostileFiles.valid(d.resolve("v.xlsx")),
                        "%M: is not valid JSON (End of input at line 1 column 13 path $.columns)").mapping(
                                d -> Workbooks.csv(d.resolve("m.json"), "{\"columns\": ")),
                Corpus.of("mapping naming a missing column", d -> HostileFiles.valid(d.resolve("v.xlsx")),
                        "%F:BW 0 h!A1: the mapping names 'Weight (kg)' (columns[0]) but the header has no such column")
                                .mapping(d -> Workbooks.csv(d.resolve("m.json"), "{\"columns\": [{\"header\": "
                                        + "\"Weight (kg)\", \"measure\": \"BW.weight\"}]}")));
    }

    static List<Corpus> badValues() {
        Object[] header = {"Animal", "Body weight (g)"};
        return List.of(
                Corpus.of("unknown animal", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {header,
                    {"A1", 20}, {"Z9", 21}}), "%F:BW 0 h!A3: unknown animal 'Z9': the study has no animal with this "
                            + "identifier, blind code or ear tag (use the create option to add animals)"),
                Corpus.of("unknown animal in an .xls", d -> Workbooks.xls(d.resolve("v.xls"), "BW 0 h", new Object[][] {
                    header, {"Z9", 21}}), "%F:BW 0 h!A2: unknown animal 'Z9': the study has no animal with this "
                            + "identifier, blind code or ear tag (use the create option to add animals)"),
                Corpus.of("animal not in the session's cohort", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {header, {"D1", 20}}), "%F:BW 0 h!A2: animal D1 is not tested in session BW 0 h "
                                + "(animal D1 is in cohort C2; the session tests cohort C1)"),
                Corpus.of("value out of range", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {
                    header, {"A1", 120}}), "%F:BW 0 h!B2: weight 120 g is outside the valid range 5-80 g"),
                Corpus.of("value that is not a number", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {header, {"A1", "heavy"}}), "%F:BW 0 h!B2: 'heavy' is not a number"),
                Corpus.of("ambiguous thousands separator", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {header, {"A1", "1,234"}}), "%F:BW 0 h!B2: '1,234' is ambiguous: write 1234 or "
                                + "1.234 (thousands separators and decimal commas cannot be told apart)"),
                Corpus.of("unit in the cell that does not convert", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {header, {"A1", "20 s"}}), "%F:BW 0 h!B2: '20 s' is in s, but BW weight is "
                                + "measured in g"),
                Corpus.of("date in a value column", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {
                    header, {"A1", LocalDate.of(2026, 3, 1)}}), "%F:BW 0 h!B2: is a date (2026-03-01), not a number"),
                Corpus.of("Excel error", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {header,
                    {"A1", new Formula("1/0")}}), "%F:BW 0 h!B2: the cell shows the Excel error #DIV/0!"),
                Corpus.of("formula without a saved result", d -> Workbooks.raw(d.resolve("f.xlsx"), "BW 0 h", sheetXml(
                        "<row r=\"1\">" + text("A1", "Animal") + text("B1", "Body weight (g)") + "</row><row r=\"2\">"
                                + text("A2", "A1") + "<c r=\"B2\"><f>SUM(10,10)</f></c></row>"), null),
                        "%F:BW 0 h!B2: the formula =SUM(10,10) has no saved result; open the file in Excel or "
                                + "LibreOffice and save it again"),
                Corpus.of("same row twice", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {header,
                    {"A1", 20}, {"A1", 20}}), "%F:BW 0 h!A3: the same animal, session and measure as row 2 (animal A1, "
                            + "weight in session BW 0 h)"),
                Corpus.of("second value for the same animal", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "FST 1 wk",
                        new Object[][] {{"Animal", "Immobility (s)", "Latency to immobility (s)"}, {"D1", 100, null},
                            {"D1", null, 50}, {"D1", 101, 51}}),
                        "%F:FST 1 wk!B4: a second value for animal D1, immobility in session FST 1 wk (the first is in "
                                + "B2)",
                        "%F:FST 1 wk!C4: a second value for animal D1, latency in session FST 1 wk (the first is in "
                                + "C3)"),
                Corpus.of("different value than recorded", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "FST 24 h",
                        new Object[][] {{"Animal", "Immobility (s)"}, {"A1", 155}}), "%F:FST 24 h!B2: would change the "
                                + "recorded immobility of animal A1 in session FST 24 h from 150 s to 155 s; an import "
                                + "never overwrites recorded values (correct them in the workbench)"),
                Corpus.of("latency beyond the censoring cutoff", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "NSF 24 h",
                        new Object[][] {{"Animal", "Latency to feed (s)"}, {"A1", 700}}), "%F:NSF 24 h!B2: latency "
                                + "700 s is beyond the censoring cutoff of 600 (record 600, censored)"),
                Corpus.of("censored without a cutoff", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {{"Animal", "Body weight (g)", "Censored"}, {"A1", 20, "yes"}}),
                        "%F:BW 0 h!B2: is marked censored but weight has no censoring cutoff"),
                Corpus.of("excluded without a reason", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {{"Animal", "Body weight (g)", "Excluded"}, {"A1", 20, "yes"}}),
                        "%F:BW 0 h!C2: the value is excluded without a reason (add an Exclusion reason column; ARRIVE "
                                + "asks for every exclusion's reason)"),
                Corpus.of("session that cannot be told", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "Weights",
                        new Object[][] {header, {"A1", 20}}), "%F:Weights!A2: animal A1 is tested in 2 BW sessions "
                                + "(BW 0 h, BW 1 wk); add a Session or Time since dose column, or a default session or "
                                + "timepoint in a mapping file"),
                Corpus.of("arm that does not match", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {
                    {"Animal", "Arm", "Body weight (g)"}, {"A1", "KET", 20}}), "%F:BW 0 h!B2: animal A1 is in arm VEH, "
                            + "not in 'KET'"),
                Corpus.of("values without an animal", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {header, {"A1", 20}, {null, 21}}), "%F:BW 0 h!A3: the row has values but no "
                                + "animal (A3 is empty)"),
                Corpus.of("unknown blind code", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "TST 24 h", new Object[][] {
                    {"Blind code", "Immobility (s)"}, {"QX7", 100}, {"QQ1", 120}}), "%F:TST 24 h!A3: unknown animal "
                            + "'QQ1': the study has no animal with this identifier, blind code or ear tag (use the "
                            + "create option to add animals)"),
                Corpus.of("ambiguous date of birth", d -> Workbooks.csv(d.resolve("r.csv"), "Animal,Sex,Date of birth,"
                        + "Body weight (g),Session\nN1,F,1/2/2026,20,BW 0 h\n"), "%F:r!C2: '1/2/2026' is ambiguous "
                                + "(day/month or month/day?); write the date as 2026-MM-DD").with(ImportOptions.DEFAULT
                                        .withCreate(true)),
                Corpus.of("too many values", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {header,
                    {"A1", 20}, {"A2", 21}, {"B1", 22}}), "%F:BW 0 h!A4: more than 2 values in one import; split the "
                            + "file").with(ImportOptions.DEFAULT.withLimits(1_000_000, 2, 1000)),
                Corpus.of("problems in two sheets, in sheet order", BadFilesTest::twoSheets,
                        "%F:BW 0 h!B3: weight 200 g is outside the valid range 5-80 g",
                        "%F:TST 24 h!B2: 'x' is not a number"));
    }

    /** Values that were once read as something else without a word: each has one reading or is refused. */
    static List<Corpus> misreadValues() {
        Object[] header = {"Animal", "Body weight (g)"};
        Object[] roster = {"Animal", "Sex", "Date of birth", "Body weight (g)"};
        ImportOptions create = ImportOptions.DEFAULT.withCreate(true);
        return List.of(
                Corpus.of("two decimal points", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h", new Object[][] {
                    header, {"A1", "0.5.0"}}), "%F:BW 0 h!B2: '0.5.0' is not a number: more than one decimal point"),
                Corpus.of("two decimal commas in a CSV", d -> Workbooks.csv(d.resolve("BW 0 h.csv"),
                        "Animal,Body weight (g)\nA1,\"0,2,5\"\n"), "%F:BW 0 h!B2: '0,2,5' is not a number: more than "
                                + "one decimal comma"),
                Corpus.of("thousands point in a file with decimal commas", d -> Workbooks.csv(d.resolve("BW 0 h.csv"),
                        "Animal;Body weight (g)\nA1;20.500\n"), "%F:BW 0 h!B2: '20.500' is ambiguous: write 20500 or "
                                + "20,500 (thousands separators and decimal points cannot be told apart)"),
                Corpus.of("digits not grouped by three", d -> Workbooks.xlsx(d.resolve("v.xlsx"), "BW 0 h",
                        new Object[][] {header, {"A1", "2 0"}}), "%F:BW 0 h!B2: '2 0' is not a number: thousands "
                                + "separators must separate groups of three digits (e.g. 12,345.6)"),
                Corpus.of("negative Excel date", d -> Workbooks.xlsx(d.resolve("r.xlsx"), "BW 0 h", new Object[][] {
                    roster, {"N1", "F", new DateNumber(-1), 20}}), "%F:BW 0 h!C2: -1 is not a date (a negative Excel "
                            + "date number)").with(create),
                Corpus.of("Excel's 29 February 1900", d -> Workbooks.xlsx(d.resolve("r.xlsx"), "BW 0 h",
                        new Object[][] {roster, {"N1", "F", new DateNumber(60), 20}}), "%F:BW 0 h!C2: 60 is not a date "
                                + "(Excel's 29 February 1900, a day that did not exist)").with(create),
                Corpus.of("Excel date before March 1900", d -> Workbooks.xls(d.resolve("r.xls"), "BW 0 h",
                        new Object[][] {roster, {"N1", "F", new DateNumber(59), 20}}), "%F:BW 0 h!C2: 59 is not a date "
                                + "(before 1900-03-01, where Excel's date numbers are a day off)").with(create),
                Corpus.of("Excel date after 9999", d -> Workbooks.xlsx(d.resolve("r.xlsx"), "BW 0 h", new Object[][] {
                    roster, {"N1", "F", new DateNumber(2958466), 20}}), "%F:BW 0 h!C2: 2958466 is not a date (after "
                            + "9999-12-31)").with(create),
                Corpus.of("date of birth in 1899", d -> Workbooks.csv(d.resolve("BW 0 h.csv"), "Animal,Sex,Date of "
                        + "birth,Body weight (g)\nN1,F,1899-12-31,20\n"), "%F:BW 0 h!C2: '1899-12-31' is not a date "
                                + "Vivarium reads (before 1900-03-01)").with(create),
                Corpus.of("control character in a CSV cell", d -> Workbooks.csv(d.resolve("BW 0 h.csv"), "Animal,"
                        + "Body weight (g),Excluded,Exclusion reason\nA1,20,yes,fell\u0001\n"), "%F:BW 0 h!D2: contains a "
                                + "control character U+0001, which a study file cannot hold; delete it"),
                Corpus.of("NUL in a new animal of an .xls", d -> Workbooks.xls(d.resolve("r.xls"), "BW 0 h",
                        new Object[][] {roster, {"N\u00001", "F", null, 20}}), "%F:BW 0 h!A2: contains a control "
                                + "character U+0000, which a study file cannot hold; delete it").with(create),
                Corpus.of("control character in a setting above the header", d -> Workbooks.xls(d.resolve("s.xls"),
                        "Data", new Object[][] {{"Session:", "BW 0 h\u0007"}, header, {"A1", 20}}), "%F:Data!B1: "
                                + "contains a control character U+0007, which a study file cannot hold; delete it"),
                Corpus.of("control character escaped in an .xlsx", d -> Workbooks.raw(d.resolve("x.xlsx"), "BW 0 h",
                        sheetXml("<row r=\"1\">" + text("A1", "Animal") + text("B1", "Body weight (g)") + text("C1",
                                "Excluded") + text("D1", "Exclusion reason") + "</row><row r=\"2\">" + text("A2", "A1")
                                + number("B2", "20") + text("C2", "yes") + text("D2", "fell_x0001_") + "</row>"), null),
                        "%F:BW 0 h!D2: contains a control character U+0001, which a study file cannot hold; delete it"),
                Corpus.of("control character in a mapping file", d -> HostileFiles.valid(d.resolve("v.xlsx")),
                        "%M: columns[0].values.KET: contains a control character U+0001, which a study file cannot "
                                + "hold; delete it").mapping(d -> Workbooks.csv(d.resolve("m.json"), "{\"columns\": "
                                        + "[{\"header\": \"Arm\", \"role\": \"arm\", \"values\": {\"KET\": "
                                        + "\"VEH\\u0001\"}}]}")));
    }

    private static Path twoSheets(Path d) throws Exception {
        Path file = d.resolve("two.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Workbooks.fill(wb, "BW 0 h", new Object[][] {{"Animal", "Body weight (g)"}, {"A1", 20}, {"A2", 200}});
            Workbooks.fill(wb, "TST 24 h", new Object[][] {{"Blind code", "Immobility (s)"}, {"QX7", "x"}});
            Workbooks.save(wb, file);
        }
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithExactlyTheseLinesAndTheStudyIsUnchanged(Corpus c) throws Exception {
        Path study = ImportFixtures.save(dir, ImportFixtures.study());
        byte[] before = Files.readAllBytes(study);
        List<String> listing = listing();
        Path file = c.file().make(dir);
        Path mapping = c.mapping() == null ? null : c.mapping().make(dir);
        List<String> lines = new ArrayList<>();
        try {
            ImportMapping m = mapping == null ? ImportMapping.AUTOMATIC : MappingFiles.read(mapping);
            StudyFileImport.Outcome o = StudyFileImport.run(study, file, m, c.options(), false,
                    new NullProgressMonitor());
            assertThat(o.saved()).isFalse();
            o.plan().problems().forEach(p -> lines.add(p.toString()));
        } catch (ImportException e) {
            e.problems().stream().map(ImportProblem::toString).forEach(lines::add);
        }
        List<String> expected = c.expected().stream().map(s -> s.replace("%F", file.toString()).replace("%M",
                String.valueOf(mapping))).toList();
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(Files.readAllBytes(study)).isEqualTo(before);
        assertThat(listing()).as("no temporary or backup file left").containsAll(listing)
                .allMatch(n -> !n.endsWith(".tmp") && !n.endsWith(".bak"));
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @org.junit.jupiter.api.Test
    void theCorpusHasAtLeastFortyFiles() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
    }
}

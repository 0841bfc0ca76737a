package org.vivarium.publish.print;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.internal.PdfFonts;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;

/**
 * Cage cards on a label sheet: six cards per page (two across, three down), with dashed cut lines and crop marks in
 * the margins. A card shows the study (id, title, protocol, PI), the cohort and strain, the cage in large letters,
 * its animals (ear tag, or blind code while the cohort is blinded; sex; date of birth; arm, coded letter or
 * "blinded", see {@link Masking}) and a Code 128 barcode of the cage label with the label under it.
 */
final class CageCards {

    static final int ACROSS = 2;
    static final int DOWN = 3;
    private static final float MARGIN = 18;
    private static final float PAD = 10;
    private static final float BAR_HEIGHT = 28;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PageSize paper;
    private final Study study;
    private PDPage page;
    private Canvas canvas;
    private int slot = ACROSS * DOWN;
    private int pages;

    CageCards(PDDocument document, PdfFonts fonts, PageSize paper, Study study) {
        this.document = document;
        this.fonts = fonts;
        this.paper = paper;
        this.study = study;
    }

    float cardWidth() {
        return (paper.widthPt() - 2 * MARGIN) / ACROSS;
    }

    float cardHeight() {
        return (paper.heightPt() - 2 * MARGIN) / DOWN;
    }

    void add(Cage cage, Cohort cohort, List<Animal> animals) throws IOException {
        if (slot == ACROSS * DOWN) {
            newPage();
        }
        float x = MARGIN + (slot % ACROSS) * cardWidth();
        float y = MARGIN + (slot / ACROSS) * cardHeight();
        card(x, y, cage, cohort, animals, Masking.of(cohort));
        slot++;
    }

    private void newPage() throws IOException {
        close();
        page = new PDPage(new PDRectangle(paper.widthPt(), paper.heightPt()));
        document.addPage(page);
        canvas = new Canvas(document, page, fonts, false);
        pages++;
        slot = 0;
        cutMarks();
    }

    private void cutMarks() throws IOException {
        float w = cardWidth();
        float h = cardHeight();
        canvas.gray(0.55f);
        for (int i = 0; i <= ACROSS; i++) {
            float x = MARGIN + i * w;
            canvas.line(x, 2, x, MARGIN - 4, 0.4f);
            canvas.line(x, paper.heightPt() - MARGIN + 4, x, paper.heightPt() - 2, 0.4f);
            canvas.dashed(x, MARGIN, x, paper.heightPt() - MARGIN, 0.25f);
        }
        for (int j = 0; j <= DOWN; j++) {
            float y = MARGIN + j * h;
            canvas.line(2, y, MARGIN - 4, y, 0.4f);
            canvas.line(paper.widthPt() - MARGIN + 4, y, paper.widthPt() - 2, y, 0.4f);
            canvas.dashed(MARGIN, y, paper.widthPt() - MARGIN, y, 0.25f);
        }
        canvas.gray(0);
    }

    private void card(float x0, float y0, Cage cage, Cohort cohort, List<Animal> animals, Masking masking)
            throws IOException {
        float x = x0 + PAD;
        float w = cardWidth() - 2 * PAD;
        float bottom = y0 + cardHeight() - PAD;
        Canvas c = canvas;
        float y = y0 + PAD + 9;
        String protocol = blank(study.getProtocolNumber()) ? "" : "Protocol " + study.getProtocolNumber();
        float protocolWidth = Math.min(w / 2, c.width(protocol, fonts.regular(), 8));
        c.text(x, y, nz(study.getId()), fonts.bold(), 10, w - protocolWidth - 8);
        c.textRight(x + w, y, protocol, fonts.regular(), 8, w / 2);
        for (String line : c.wrap(nz(study.getTitle()), fonts.regular(), 7.5f, w, 2)) {
            y += 9.5f;
            c.text(x, y, line, fonts.regular(), 7.5f, w);
        }
        y += 10.5f;
        c.text(x, y, "PI: " + (blank(study.getPrincipalInvestigator()) ? "-" : study.getPrincipalInvestigator()),
                fonts.regular(), 8, w);
        y += 5;
        c.line(x, y, x + w, y, 0.6f);
        y += 18;
        String cohortText = "Cohort " + nz(cohort.getName()) + (blank(cohort.getStrain()) ? "" : " · "
                + cohort.getStrain());
        float cohortWidth = Math.min(w * 0.45f, c.width(cohortText, fonts.regular(), 8.5f));
        c.text(x, y, "Cage " + nz(cage.getLabel()), fonts.bold(), 16, w - cohortWidth - 8);
        c.textRight(x + w, y, cohortText, fonts.regular(), 8.5f, w * 0.45f);
        y += 6;
        float barTop = bottom - BAR_HEIGHT - 10;
        animals(c, x, y, w, barTop - 6, animals, masking);
        barcode(c, x0 + cardWidth() / 2, barTop, w, nz(cage.getLabel()));
    }

    private void animals(Canvas c, float x, float y, float w, float bottom, List<Animal> animals, Masking masking)
            throws IOException {
        float[] at = { x, x + w * 0.34f, x + w * 0.46f, x + w * 0.72f };
        float[] widths = { w * 0.33f, w * 0.11f, w * 0.25f, w * 0.28f };
        boolean tags = animals.stream().allMatch(a -> a.getEarTag() != null && !a.getEarTag().isBlank());
        String[] titles = { masking.blinded() ? "Blind code" : tags ? "Ear tag" : "Ear tag or id", "Sex", "Born",
                "Arm" };
        c.gray(0.88f);
        c.fill(x, y, w, 12);
        c.gray(0);
        for (int i = 0; i < titles.length; i++) {
            c.text(at[i] + 2, y + 9, titles[i], fonts.bold(), 7.5f, widths[i]);
        }
        y += 12;
        float row = Math.min(12.5f, Math.max(8.5f, (bottom - y) / Math.max(1, animals.size())));
        int fit = (int) ((bottom - y) / row);
        boolean more = animals.size() > fit;
        int shown = more ? fit - 1 : animals.size();
        float size = Math.min(8.5f, row - 2.5f);
        for (int i = 0; i < shown; i++) {
            Animal a = animals.get(i);
            y += row;
            String[] cells = { masking.mark(a), sex(a.getSex()), born(a), masking.arm(a) };
            for (int k = 0; k < cells.length; k++) {
                c.text(at[k] + 2, y - 3, cells[k], k == 0 ? fonts.bold() : fonts.regular(), size, widths[k]);
            }
            c.gray(0.7f);
            c.line(x, y, x + w, y, 0.3f);
            c.gray(0);
        }
        if (more) {
            y += row;
            c.text(x + 2, y - 3, "+ " + (animals.size() - shown) + " more animals (see the study)", fonts.regular(),
                    size, w);
        }
        notes(c, x, y, w, bottom);
    }

    /** Ruled lines for notes in the space left above the barcode. */
    private void notes(Canvas c, float x, float y, float w, float bottom) throws IOException {
        float line = y + 20;
        if (line > bottom) {
            return;
        }
        c.gray(0.35f);
        c.text(x + 2, line - 3, "Notes", fonts.regular(), 7, w);
        c.gray(0.7f);
        for (; line <= bottom; line += 16) {
            c.line(x + (line == y + 20 ? 28 : 0), line, x + w, line, 0.3f);
        }
        c.gray(0);
    }

    private void barcode(Canvas c, float centre, float top, float maxWidth, String label) throws IOException {
        if (!Code128.canEncode(label)) {
            c.textCentred(centre, top + BAR_HEIGHT / 2, "(no barcode: the label is not plain ASCII)",
                    fonts.regular(), 7, maxWidth);
            c.textCentred(centre, top + BAR_HEIGHT + 9, label, fonts.regular(), 8, maxWidth);
            return;
        }
        int[] modules = Code128.modules(label);
        int total = Code128.width(label) + 2 * Code128.QUIET_ZONE;
        float module = Math.min(1.0f, maxWidth / total);
        float x = centre - Code128.width(label) * module / 2;
        for (int i = 0; i < modules.length; i++) {
            float wBar = modules[i] * module;
            if (i % 2 == 0) {
                c.fill(x, top, wBar, BAR_HEIGHT);
            }
            x += wBar;
        }
        c.textCentred(centre, top + BAR_HEIGHT + 9, label, fonts.regular(), 8, maxWidth);
    }

    private static String born(Animal a) {
        if (a.getDateOfBirth() != null) {
            return DateTexts.format(a.getDateOfBirth());
        }
        Cohort cohort = Studies.cohortOf(a);
        return cohort != null && cohort.getBirthDate() != null ? DateTexts.format(cohort.getBirthDate()) : "";
    }

    private static String sex(Sex sex) {
        return sex == Sex.FEMALE ? "F" : sex == Sex.MALE ? "M" : "";
    }

    int pages() {
        return pages;
    }

    /** Closes the page being drawn. */
    void close() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

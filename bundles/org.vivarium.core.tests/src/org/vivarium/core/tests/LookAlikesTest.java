package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.LookAlikes;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.testing.TestStudies;

/** Names that look the same but are different text. */
class LookAlikesTest {

    @Test
    void invisibleAndControlCharactersAreNamed() {
        assertThat(LookAlikes.problem("A1")).isNull();
        assertThat(LookAlikes.problem("24 h")).isNull();
        assertThat(LookAlikes.problem("A1\u200B")).isEqualTo("contains an invisible character U+200B ZERO WIDTH SPACE");
        assertThat(LookAlikes.problem("A\u00A01")).contains("U+00A0 NO-BREAK SPACE");
        assertThat(LookAlikes.problem("A\u202E1")).contains("U+202E RIGHT-TO-LEFT OVERRIDE");
        assertThat(LookAlikes.problem("A\u00011")).isEqualTo("contains a control character U+0001 START OF HEADING");
        assertThat(LookAlikes.visible("A1\u200B")).isEqualTo("A1<U+200B>");
    }

    @Test
    void cyrillicGreekFullWidthAndInvisibleVariantsHaveTheSameSkeleton() {
        String plain = LookAlikes.skeleton("KET-01");
        assertThat(LookAlikes.skeleton("\u041A\u0415\u0422-01")).isEqualTo(plain); // Cyrillic K, E, T
        assertThat(LookAlikes.skeleton("\u039A\u0395\u03A4-01")).isEqualTo(plain); // Greek
        assertThat(LookAlikes.skeleton("KET-\uFF10\uFF11")).isEqualTo(plain);       // full-width digits
        assertThat(LookAlikes.skeleton("KET-0\u200B1")).isEqualTo(plain);
        assertThat(LookAlikes.confusion("KET-01", "\u041AET-01")).isEqualTo("U+041A CYRILLIC CAPITAL LETTER KA");
        assertThat(LookAlikes.confusion("KET-01", "KET-01")).isNull();
        assertThat(LookAlikes.confusion("KET-01", "KET-02")).isNull();
    }

    @Test
    void validateReportsLookAlikeAndInvisibleIdentifiers() {
        var study = TestStudies.small();
        Studies.animals(study).get(1).setId("\u0410" + "1"); // Cyrillic A + 1 next to A1
        study.getCohorts().get(0).getCages().get(0).setLabel("K1\u200B");
        assertThat(StudyValidation.validate(study)).extracting(p -> p.message())
                .anySatisfy(m -> assertThat(m).isEqualTo("animal '\u04101' looks the same as animal 'A1' (they "
                        + "differ in U+0410 CYRILLIC CAPITAL LETTER A)"))
                .anySatisfy(m -> assertThat(m).isEqualTo("the cage name 'K1<U+200B>' contains an invisible "
                        + "character U+200B ZERO WIDTH SPACE"));
    }
}

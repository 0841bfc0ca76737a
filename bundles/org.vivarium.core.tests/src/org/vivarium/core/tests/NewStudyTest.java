package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vivarium.core.study.Studies;
import org.vivarium.core.validation.StudyValidation;
import org.vivarium.model.Study;
import org.vivarium.model.StudyStatus;

class NewStudyTest {

    @Test
    void newStudyIsPlannedWithTheStandardAssaysAndRoutesAndTheFileNameAsId() {
        Study study = Studies.newStudy("KET-2026.vivarium", "Ketamine and BCI");
        assertThat(study.getId()).isEqualTo("KET-2026");
        assertThat(study.getTitle()).isEqualTo("Ketamine and BCI");
        assertThat(study.getStatus()).isEqualTo(StudyStatus.PLANNED);
        assertThat(study.getAssays()).extracting(a -> a.getCode()).contains("FST", "NSF", "SPT", "TST", "OFT", "BW");
        assertThat(study.getRoutes()).extracting(r -> r.getCode()).contains("i.p.", "s.c.", "p.o.");
        assertThat(study.getArms()).isEmpty();
        assertThat(study.getCohorts()).isEmpty();
        assertThat(StudyValidation.validate(study)).extracting(p -> p.severity() + " " + p.message()).containsExactly(
                "WARNING has no treatment arms yet (one of them the control arm)",
                "WARNING has no cohorts of animals yet", "WARNING has no assay sessions planned yet");
    }

    @Test
    void fileNameForTitleKeepsLettersDigitsAndDashes() {
        assertThat(Studies.fileNameFor("Ketamine + BCI, 2026")).isEqualTo("Ketamine-BCI-2026.vivarium");
        assertThat(Studies.fileNameFor("  Étude kétamine / souris  ")).isEqualTo("Étude-kétamine-souris.vivarium");
        assertThat(Studies.fileNameFor("../../etc/passwd")).isEqualTo("etc-passwd.vivarium");
        assertThat(Studies.fileNameFor("???")).isEqualTo("study.vivarium");
        assertThat(Studies.fileNameFor("x".repeat(100))).isEqualTo("x".repeat(60) + ".vivarium");
    }
}

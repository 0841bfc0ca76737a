package org.vivarium.publish.print;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseRecording;
import org.vivarium.core.dose.DoseRound;
import org.vivarium.core.study.DateTexts;
import org.vivarium.core.study.NaturalOrder;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * The dosing sheet of a round (the doses a cohort gets at one time, {@link DoseRound}): per animal its cage, the
 * latest body weight and when it was taken, what it gets (coded while the treatments are coded), the volume the
 * {@link org.vivarium.core.dose.DoseCalculator} computes from that weight (to 0.01 mL, as syringes measure), the
 * planned time, and columns for the time given and initials (filled with what is recorded once a dose is given).
 */
final class DosingSheets {

    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private DosingSheets() {
    }

    static List<SheetTable.Column> columns(Masking masking) {
        return List.of(new SheetTable.Column(masking.animalTitle(), "", 56, 1),
                new SheetTable.Column("Cage", "", 46, 1),
                new SheetTable.Column("Body weight", "g (weighed)", 76, 0.5f),
                new SheetTable.Column("Dose", "", 112, 3),
                new SheetTable.Column("Volume", "mL", 42, 0),
                new SheetTable.Column("Planned", "time", 44, 0),
                new SheetTable.Column("Time given", "hh:mm", 60, 1),
                new SheetTable.Column("Initials", "", 42, 1),
                new SheetTable.Column("Note", "", 34, 2));
    }

    static SheetTable table(Study study, DoseRound round) {
        Cohort cohort = round.cohort();
        Masking masking = Masking.of(cohort);
        List<List<String>> rows = new ArrayList<>();
        List<DoseLine> lines = new ArrayList<>(round.lines());
        lines.sort(Comparator.comparing((DoseLine l) -> cage(l), NaturalOrder.INSTANCE).thenComparing(l -> masking
                .animal(l.animal()), NaturalOrder.INSTANCE));
        for (DoseLine line : lines) {
            rows.add(List.of(masking.animal(line.animal()), cage(line), weight(line), dose(line), volume(line), time(line.task()
                            .due()), line.isGiven() ? time(line.event().getActualTime()) : "", line.isGiven()
                                    ? nz(line.event().getOperator()) : "", line.warning() == null ? "" : "see below"));
        }
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] { "Study", nz(study.getId()) + " - " + nz(study.getTitle()) });
        facts.add(new String[] { "Protocol", nz(study.getProtocolNumber()) });
        facts.add(new String[] { "Cohort", nz(cohort.getName()) + (cohort.getStrain() == null ? "" : " ("
                + cohort.getStrain() + ")") });
        facts.add(new String[] { "Round", round.due() == null ? "no anchor dose time set" : DateTexts.format(round
                .due()) });
        facts.add(new String[] { "Compounds", round.compounds() });
        facts.add(new String[] { "Doses", round.lines().size() + " (" + round.given() + " recorded as given)" });
        List<String> closing = new ArrayList<>();
        for (DoseLine line : lines) {
            if (line.warning() != null) {
                closing.add("Note " + masking.animal(line.animal()) + ": " + line.warning() + " - checked by");
            }
        }
        closing.add("Dosed by (name, signature)");
        closing.add("Checked by (name, signature), date");
        return new SheetTable("Dosing sheet - cohort " + nz(cohort.getName()) + ", " + (round.due() == null ? "round"
                : round.due().format(HM)), facts, columns(masking), rows, closing);
    }

    private static String cage(DoseLine line) {
        return line.animal().getCage() == null ? "" : nz(line.animal().getCage().getLabel());
    }

    private static String weight(DoseLine line) {
        if (!(line.weightGrams() > 0)) {
            return "not weighed";
        }
        return String.format(Locale.ROOT, "%.1f", line.weightGrams()) + (line.weighedAt() == null ? "" : " (" + line.weighedAt().format(
                DAY) + ")");
    }

    private static String dose(DoseLine line) {
        String dose = line.dose();
        int at = dose.lastIndexOf(" at ");
        return at > 0 ? dose.substring(0, at) : dose;
    }

    /** The volume to give as the sheet prints it, to 0.01 mL; "-" when it cannot be computed. */
    static String volume(DoseLine line) {
        if (!line.volume().isComputed()) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.2f", DoseRecording.roundMl(line.volume().volumeMl()));
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : t.format(HM);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

package org.vivarium.ui.review;

import java.util.List;
import java.util.Locale;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;

/**
 * What a result says about its assumptions (normality of residuals, equal variances, sphericity), in whichever form
 * it carries them: statistics whose key starts with {@code assumption:}, tables about assumption checks, and
 * assumption notes. The rest of the result is shown apart from them.
 */
final class Assumptions {

    static final String PREFIX = "assumption:";

    private Assumptions() {
    }

    static boolean isCheck(Statistic s) {
        return s.key().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    static boolean isCheck(ResultTable t) {
        return t.id().toLowerCase(Locale.ROOT).contains("assumption")
                || t.title().toLowerCase(Locale.ROOT).contains("assumption");
    }

    /** The assumption checks as statistics, named without the prefix ("normality of residuals"). */
    static List<Statistic> statistics(AnalysisResult r) {
        return r.statistics().stream().filter(Assumptions::isCheck).map(s -> new Statistic(
                s.key().substring(PREFIX.length()).strip(), s.test(), s.statisticName(), s.statistic(), s.df(),
                s.df2(), s.p(), s.pAdjusted(), s.adjustment(), s.estimateName(), s.estimate(), s.ciLevel(),
                s.ciLower(), s.ciUpper(), s.effectSizeName(), s.effectSize(), null)).toList();
    }

    static List<ResultTable> tables(AnalysisResult r) {
        return r.tables().stream().filter(Assumptions::isCheck).toList();
    }

    static List<String> notes(AnalysisResult r) {
        return r.notes().stream().filter(n -> n.kind() == Note.Kind.ASSUMPTION).map(Note::text).toList();
    }

    static boolean any(AnalysisResult r) {
        return !statistics(r).isEmpty() || !tables(r).isEmpty() || !notes(r).isEmpty();
    }
}

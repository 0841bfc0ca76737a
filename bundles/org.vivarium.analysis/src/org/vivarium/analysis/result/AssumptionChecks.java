package org.vivarium.analysis.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The assumption checks of a result: the built-in analyses put them in one {@link ResultTable} with id
 * {@value #TABLE_ID} and title {@value #TITLE}, one row per {@link AssumptionCheck}, columns (machine names)
 * {@code check}, {@code test}, {@code statisticName}, {@code statistic}, {@code df1}, {@code df2}, {@code p}
 * ({@link Column.Type#P_VALUE}), {@code verdict} ({@link AssumptionCheck.Verdict#label()}) and {@code comment}. The
 * numbers are also named values for scripts (e.g. {@code shapiro.w}, {@code levene.p}, {@code mauchly.p}; each
 * analysis documents its names). A view lists them with {@link #of(AnalysisResult)}; a plug-in analysis may add the
 * same table with {@link #table(List)}.
 */
public final class AssumptionChecks {

    /** Id of the table. */
    public static final String TABLE_ID = "assumptions";
    /** Title of the table. */
    public static final String TITLE = "Assumption checks";

    private AssumptionChecks() {
    }

    /** The table of these checks. */
    public static ResultTable table(List<AssumptionCheck> checks) {
        ResultTable.Builder t = new ResultTable.Builder(TABLE_ID, TITLE).column(Column.text("check", "Assumption"))
                .column(Column.text("test", "Test")).column(Column.text("statisticName", "Statistic"))
                .column(Column.number("statistic", "Value", "")).column(Column.number("df1", "df1", ""))
                .column(Column.number("df2", "df2", "")).column(Column.p("p", "p"))
                .column(Column.text("verdict", "Verdict")).column(Column.text("comment", "Comment"));
        for (AssumptionCheck c : checks) {
            t.row(c.check(), c.test(), c.statisticName(), c.statistic(), c.df1(), c.df2(), c.p(),
                    c.verdict().label(), c.comment());
        }
        return t.build();
    }

    /** The checks of a result, in order; empty when it has none. */
    public static List<AssumptionCheck> of(AnalysisResult r) {
        ResultTable t = r.table(TABLE_ID);
        List<AssumptionCheck> checks = new ArrayList<>();
        if (t == null) {
            return checks;
        }
        for (List<Object> row : t.rows()) {
            checks.add(new AssumptionCheck((String) cell(t, row, "check"), (String) cell(t, row, "test"),
                    (String) cell(t, row, "statisticName"), (Double) cell(t, row, "statistic"),
                    (Double) cell(t, row, "df1"), (Double) cell(t, row, "df2"), (Double) cell(t, row, "p"),
                    AssumptionCheck.Verdict.ofLabel((String) cell(t, row, "verdict")),
                    (String) cell(t, row, "comment")));
        }
        return checks;
    }

    private static Object cell(ResultTable t, List<Object> row, String column) {
        int i = t.columnIndex(column);
        if (i < 0) {
            throw new IllegalArgumentException("table " + t.id() + " has no column '" + column + "'");
        }
        return row.get(i);
    }
}

package org.vivarium.publish.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The look of Vivarium charts: white background, no box, light horizontal grid, sans-serif text, and one colour per
 * arm that stays the same in every chart (colour-blind safe, Okabe-Ito; the control arm is grey).
 */
final class ChartStyle {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    static final BasicStroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final BasicStroke THIN = new BasicStroke(1.0f);
    static final BasicStroke DASHED = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] { 4f, 3f }, 0f);

    private static final Color GREY = new Color(0x6e, 0x6e, 0x6e);
    private static final List<Color> PALETTE = List.of(new Color(0x00, 0x72, 0xb2), new Color(0xd5, 0x5e, 0x00),
            new Color(0x00, 0x9e, 0x73), new Color(0xcc, 0x79, 0xa7), new Color(0xe6, 0x9f, 0x00),
            new Color(0x56, 0xb4, 0xe9), new Color(0x44, 0x44, 0x99), new Color(0x99, 0x44, 0x11));

    private ChartStyle() {
    }

    /** The colour of a series: grey for vehicle/control, else by position among the treated arms of the chart. */
    static Paint colour(String name, int treatedIndex) {
        if (isControl(name)) {
            return GREY;
        }
        return PALETTE.get(Math.floorMod(treatedIndex, PALETTE.size()));
    }

    static boolean isControl(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return n.equals("VEH") || n.startsWith("VEH+VEH") || n.equals("VEHICLE") || n.contains("CONTROL")
                || n.equals("VEH/VEH");
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LABEL);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            legend.setPosition(RectangleEdge.RIGHT);
        }
        if (chart.getPlot() instanceof XYPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setOutlineVisible(false);
            plot.setDomainGridlinesVisible(false);
            plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
            plot.setRangeGridlineStroke(THIN);
            plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
            for (int i = 0; i < plot.getDomainAxisCount(); i++) {
                axis(plot.getDomainAxis(i));
            }
            for (int i = 0; i < plot.getRangeAxisCount(); i++) {
                axis(plot.getRangeAxis(i));
            }
        }
    }

    private static void axis(org.jfree.chart.axis.Axis axis) {
        if (axis != null) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
            axis.setAxisLinePaint(Color.DARK_GRAY);
            axis.setTickMarkPaint(Color.DARK_GRAY);
        }
    }
}

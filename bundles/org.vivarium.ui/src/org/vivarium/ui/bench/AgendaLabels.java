package org.vivarium.ui.bench;

import java.time.LocalDateTime;
import java.util.function.Supplier;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ITableColorProvider;
import org.eclipse.jface.viewers.ITableFontProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.vivarium.core.schedule.Agenda;
import org.vivarium.core.schedule.Agenda.Section;
import org.vivarium.core.schedule.ScheduledItem;

/**
 * Columns of the agenda: when (time today, else day and time), what (with a dosing or session icon) and where it
 * stands. Overdue work is red and bold with a warning icon, done work grey with a check mark.
 */
final class AgendaLabels extends LabelProvider implements ITableLabelProvider, ITableColorProvider, ITableFontProvider {

    private static final Color RED = color("vivarium.agenda.overdue", new RGB(190, 0, 0));
    private static final Color GREY = color("vivarium.agenda.done", new RGB(120, 120, 120));

    private final Supplier<LocalDateTime> now;

    AgendaLabels(Supplier<LocalDateTime> now) {
        this.now = now;
    }

    private static Color color(String key, RGB rgb) {
        JFaceResources.getColorRegistry().put(key, rgb);
        return JFaceResources.getColorRegistry().get(key);
    }

    @Override
    public String getColumnText(Object element, int column) {
        if (element instanceof Section s) {
            return column == 0 ? s.title() + "  (" + s.items().size() + ")" : "";
        }
        ScheduledItem item = (ScheduledItem) element;
        return switch (column) {
            case 0 -> Agenda.when(item, now.get().toLocalDate());
            case 1 -> item.title();
            default -> Agenda.status(item, now.get());
        };
    }

    @Override
    public Image getColumnImage(Object element, int column) {
        if (!(element instanceof ScheduledItem item)) {
            return null;
        }
        if (column == 1) {
            return BenchImages.get(item.kind() == ScheduledItem.Kind.DOSING ? BenchImages.DOSING : BenchImages.SESSION);
        }
        if (column == 2) {
            return item.done() ? BenchImages.get(BenchImages.DONE)
                    : item.isOverdue(now.get()) ? BenchImages.get(BenchImages.OVERDUE) : null;
        }
        return null;
    }

    @Override
    public Color getForeground(Object element, int column) {
        if (element instanceof Section s) {
            return s.overdue() ? RED : null;
        }
        ScheduledItem item = (ScheduledItem) element;
        return item.done() ? GREY : item.isOverdue(now.get()) ? RED : null;
    }

    @Override
    public Color getBackground(Object element, int column) {
        return null;
    }

    @Override
    public Font getFont(Object element, int column) {
        if (element instanceof Section) {
            return JFaceResources.getBannerFont();
        }
        return !((ScheduledItem) element).done() && ((ScheduledItem) element).isOverdue(now.get())
                ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
    }
}

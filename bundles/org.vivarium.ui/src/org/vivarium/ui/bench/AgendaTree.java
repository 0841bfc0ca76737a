package org.vivarium.ui.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TreeColumn;
import org.vivarium.core.schedule.Agenda.Section;
import org.vivarium.core.schedule.ScheduledItem;

/** The agenda tree of the Today view: sections (overdue, today, days ahead) with their items in three columns. */
final class AgendaTree {

    private AgendaTree() {
    }

    static TreeViewer create(Composite parent, Supplier<LocalDateTime> now) {
        TreeViewer viewer = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        column(viewer, "Due", 185);
        column(viewer, "Work", 500);
        column(viewer, "Status", 260);
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new AgendaLabels(now));
        viewer.setComparer(new SameWork());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        return viewer;
    }

    /** Shows sections, keeping the selected item selected. */
    static void show(TreeViewer viewer, List<Section> sections) {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        viewer.setInput(sections);
        if (selected != null) {
            for (Section s : sections) {
                for (ScheduledItem item : s.items()) {
                    if (new SameWork().equals(item, selected)) {
                        viewer.setSelection(new StructuredSelection(item), true);
                        return;
                    }
                }
            }
        }
    }

    /** The items shown, in order. */
    @SuppressWarnings("unchecked")
    static List<ScheduledItem> items(TreeViewer viewer) {
        List<ScheduledItem> items = new ArrayList<>();
        if (viewer.getInput() instanceof List<?> sections) {
            for (Section s : (List<Section>) sections) {
                items.addAll(s.items());
            }
        }
        return items;
    }

    private static void column(TreeViewer viewer, String title, int width) {
        TreeColumn column = new TreeColumn(viewer.getTree(), SWT.NONE);
        column.setText(title);
        column.setWidth(width);
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> l ? l.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Section s ? s.items().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Section s && !s.items().isEmpty();
        }
    }

    /** The same work (round of a cohort at a time, or session), whether or not done since. */
    private static final class SameWork implements IElementComparer {
        @Override
        public boolean equals(Object a, Object b) {
            if (a instanceof Section x && b instanceof Section y) {
                return x.title().equals(y.title());
            }
            if (a instanceof ScheduledItem x && b instanceof ScheduledItem y) {
                return x.kind() == y.kind() && x.cohort() == y.cohort() && Objects.equals(x.due(), y.due())
                        && (x.kind() == ScheduledItem.Kind.DOSING || x.subjects().get(0) == y.subjects().get(0));
            }
            return Objects.equals(a, b);
        }

        @Override
        public int hashCode(Object o) {
            if (o instanceof Section s) {
                return s.title().hashCode();
            }
            if (o instanceof ScheduledItem i) {
                return Objects.hash(i.kind(), System.identityHashCode(i.cohort()), i.due());
            }
            return Objects.hashCode(o);
        }
    }
}

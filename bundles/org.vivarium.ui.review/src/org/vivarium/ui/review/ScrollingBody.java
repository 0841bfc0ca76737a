package org.vivarium.ui.review;

import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;

/**
 * The body of a review view: as wide as the view, scrolling vertically when its content (tables, charts, text that
 * wraps to the width) is taller. Call {@link #relayout()} after changing the content.
 */
final class ScrollingBody {

    private final ScrolledComposite scroll;
    private final Composite body;

    /** @param content makes the body inside the given scrolling parent */
    ScrollingBody(Composite parent, Function<Composite, ? extends Composite> content) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        body = content.apply(scroll);
        scroll.setContent(body);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> relayout());
    }

    /** The scrolling control (for layout data in its parent). */
    ScrolledComposite control() {
        return scroll;
    }

    /** Lays the body out again at the view's width and lets it scroll to its new height. */
    void relayout() {
        if (!scroll.isDisposed()) {
            body.layout(true, true);
            scroll.setMinSize(body.computeSize(scroll.getClientArea().width, SWT.DEFAULT));
        }
    }
}

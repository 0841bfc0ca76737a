package org.vivarium.ui.emf;

import java.time.LocalDateTime;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/** A calendar (and, for a date and time, a clock) to choose the value of a date field. */
final class DatePickerDialog extends Dialog {

    private final String what;
    private final boolean withTime;
    private LocalDateTime value;
    private DateTime calendar;
    private DateTime clock;

    /** @param initial the value to start from (null: today, 09:00) */
    DatePickerDialog(Shell parent, String what, boolean withTime, LocalDateTime initial) {
        super(parent);
        this.what = what;
        this.withTime = withTime;
        this.value = initial != null ? initial : LocalDateTime.now().withHour(9).withMinute(0).withSecond(0).withNano(0);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(what);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
        calendar = new DateTime(area, SWT.CALENDAR | SWT.BORDER);
        calendar.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
        GridDataFactory.fillDefaults().span(2, 1).applyTo(calendar);
        if (withTime) {
            new Label(area, SWT.NONE).setText("Time:");
            clock = new DateTime(area, SWT.TIME | SWT.SHORT | SWT.BORDER);
            clock.setTime(value.getHour(), value.getMinute(), 0);
        }
        return area;
    }

    @Override
    protected void okPressed() {
        value = LocalDateTime.of(calendar.getYear(), calendar.getMonth() + 1, calendar.getDay(),
                clock == null ? 0 : clock.getHours(), clock == null ? 0 : clock.getMinutes());
        super.okPressed();
    }

    /** The date and time chosen (for a date field, at 00:00). */
    LocalDateTime chosen() {
        return value;
    }
}

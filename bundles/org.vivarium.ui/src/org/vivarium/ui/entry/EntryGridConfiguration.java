package org.vivarium.ui.entry;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.IEditableRule;
import org.eclipse.nebula.widgets.nattable.data.convert.ContextualDisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.validate.ContextualDataValidator;
import org.eclipse.nebula.widgets.nattable.data.validate.ValidationFailedException;
import org.eclipse.nebula.widgets.nattable.edit.EditConfigAttributes;
import org.eclipse.nebula.widgets.nattable.edit.action.KeyEditAction;
import org.eclipse.nebula.widgets.nattable.edit.action.MouseEditAction;
import org.eclipse.nebula.widgets.nattable.edit.config.RenderErrorHandling;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.edit.editor.IEditErrorHandler;
import org.eclipse.nebula.widgets.nattable.edit.editor.TextCellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.style.TextDecorationEnum;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.CellEditorMouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.LetterOrDigitKeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.util.GUIHelper;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Color;
import org.vivarium.core.entry.EntryText;
import org.vivarium.model.Measurement;

/**
 * How the entry grid looks and edits: values right-aligned, censored ones blue with a "+", excluded ones grey and
 * struck through, invalid stored values red; typing opens a text editor on the selected cell that checks the value
 * with the rules of validation and import as it is typed (red, with the reason), commits with Enter (moving down), Tab
 * (moving right) or Up and Down, and refuses to commit an invalid value. After a commit the next cell is selected, not
 * edited, so the arrow keys move between cells; while a value is typed, Left and Right move in its text.
 */
final class EntryGridConfiguration extends AbstractRegistryConfiguration {

    static final Color ERROR_BACKGROUND = GUIHelper.getColor(255, 214, 214);
    static final Color ERROR_FOREGROUND = GUIHelper.getColor(168, 0, 0);
    static final Color CENSORED_FOREGROUND = GUIHelper.getColor(0, 84, 166);
    static final Color EXCLUDED_FOREGROUND = GUIHelper.getColor(140, 140, 140);

    private final EntryGrid grid;
    private final boolean readOnly;

    EntryGridConfiguration(EntryGrid grid, boolean readOnly) {
        this.grid = grid;
        this.readOnly = readOnly;
    }

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITABLE_RULE,
                readOnly ? IEditableRule.NEVER_EDITABLE : IEditableRule.ALWAYS_EDITABLE, DisplayMode.EDIT,
                EntryGrid.CELL);
        // Enter, Tab and Up/Down commit and select the next cell without opening it: the arrows then move on, and
        // typing starts editing the cell that is selected (NatTable opens the next cell's editor by default)
        registry.registerConfigAttribute(EditConfigAttributes.ACTIVATE_EDITOR_ON_TRAVERSAL, Boolean.FALSE,
                DisplayMode.EDIT, EntryGrid.CELL);
        registry.registerConfigAttribute(EditConfigAttributes.OPEN_ADJACENT_EDITOR, Boolean.FALSE, DisplayMode.EDIT,
                EntryGrid.CELL);
        IEditErrorHandler reporter = new Reporter();
        registry.registerConfigAttribute(EditConfigAttributes.CELL_EDITOR, editor(reporter), DisplayMode.EDIT,
                EntryGrid.CELL);
        registry.registerConfigAttribute(EditConfigAttributes.DATA_VALIDATOR, new Validator(), DisplayMode.EDIT,
                EntryGrid.CELL);
        registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_HANDLER, reporter, DisplayMode.EDIT,
                EntryGrid.CELL);
        registry.registerConfigAttribute(EditConfigAttributes.CONVERSION_ERROR_HANDLER, reporter, DisplayMode.EDIT,
                EntryGrid.CELL);
        Style error = new Style();
        error.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, ERROR_BACKGROUND);
        error.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, ERROR_FOREGROUND);
        registry.registerConfigAttribute(EditConfigAttributes.VALIDATION_ERROR_STYLE, error, DisplayMode.EDIT,
                EntryGrid.CELL);
        registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new Converter(), DisplayMode.NORMAL,
                EntryGrid.CELL);

        Style value = new Style();
        value.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, value, DisplayMode.NORMAL, EntryGrid.CELL);
        Style censored = new Style();
        censored.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, CENSORED_FOREGROUND);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, censored, DisplayMode.NORMAL,
                EntryGrid.CENSORED);
        Style excluded = new Style();
        excluded.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, EXCLUDED_FOREGROUND);
        excluded.setAttributeValue(CellStyleAttributes.TEXT_DECORATION, TextDecorationEnum.STRIKETHROUGH);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, excluded, DisplayMode.NORMAL,
                EntryGrid.EXCLUDED);
        Style struck = new Style(); // selected: the selection's colours, still struck through
        struck.setAttributeValue(CellStyleAttributes.TEXT_DECORATION, TextDecorationEnum.STRIKETHROUGH);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, struck, DisplayMode.SELECT,
                EntryGrid.EXCLUDED);
        for (DisplayMode mode : new DisplayMode[] { DisplayMode.NORMAL, DisplayMode.SELECT }) {
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, error, mode, EntryGrid.INVALID);
        }
        Style inactive = new Style();
        inactive.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, EXCLUDED_FOREGROUND);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, inactive, DisplayMode.NORMAL,
                EntryGrid.INACTIVE);
        Style left = new Style();
        left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL,
                GridRegion.ROW_HEADER);
    }

    @Override
    public void configureUiBindings(UiBindingRegistry bindings) {
        if (readOnly) {
            return;
        }
        // typing starts editing with the typed character; F2 or a double-click edits the value; a click only selects
        KeyEditAction edit = new KeyEditAction() {
            @Override
            public void run(NatTable table, KeyEvent event) {
                grid.showAnchor(); // the selected cell may be scrolled out of view
                super.run(table, event);
            }
        };
        bindings.registerKeyBinding(new LetterOrDigitKeyEventMatcher(), edit);
        bindings.registerKeyBinding(new LetterOrDigitKeyEventMatcher(SWT.MOD2), edit);
        bindings.registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.F2), edit);
        bindings.registerDoubleClickBinding(new CellEditorMouseEventMatcher(GridRegion.BODY), new MouseEditAction());
    }

    private ICellEditor editor(IEditErrorHandler reporter) {
        // commit on Enter and move down, commit on up/down arrows (like a spreadsheet); Left/Right stay in the text
        TextCellEditor editor = new TextCellEditor(true, true, false) {
            @Override
            protected org.eclipse.swt.widgets.Control activateCell(org.eclipse.swt.widgets.Composite parent,
                    Object originalCanonicalValue) {
                grid.editing(getRowIndex(), getColumnIndex()); // a lab study: what others store meanwhile clashes
                return super.activateCell(parent, originalCanonicalValue);
            }
        };
        editor.setErrorDecorationEnabled(true);
        editor.setDecorationPositionOverride(SWT.RIGHT | SWT.TOP);
        editor.setInputValidationErrorHandler(new RenderErrorHandling(reporter, editor.getDecorationProvider()));
        return editor;
    }

    /** Shows a value as its text ("123.5", "600+"); typed text stays text until the sheet records it. */
    private static final class Converter extends ContextualDisplayConverter {
        @Override
        public Object canonicalToDisplayValue(ILayerCell cell, IConfigRegistry registry, Object canonical) {
            return canonical instanceof Measurement m ? EntryText.format(m) : canonical == null ? "" : canonical;
        }

        @Override
        public Object displayToCanonicalValue(ILayerCell cell, IConfigRegistry registry, Object display) {
            return display == null ? "" : display.toString();
        }
    }

    /** Checks typed text with the rules validation and import use; the exception's message is the reason. */
    private final class Validator extends ContextualDataValidator {
        @Override
        public boolean validate(ILayerCell cell, IConfigRegistry registry, Object value) {
            String text = value instanceof Measurement m ? EntryText.format(m) : value == null ? "" : value.toString();
            EntryText.Parsed parsed = EntryText.parse(text, grid.sheet().measure(cell.getColumnIndex()));
            if (!parsed.isValid()) {
                throw new ValidationFailedException(parsed.problem());
            }
            return true;
        }
    }

    /** Tells the editor why a value is refused (or that the refusal is over). */
    private final class Reporter implements IEditErrorHandler {
        @Override
        public void displayError(ICellEditor editor, Exception e) {
            grid.report(grid.edits().where(editor.getRowIndex(), editor.getColumnIndex()) + ": "
                    + e.getLocalizedMessage());
        }

        @Override
        public void removeError(ICellEditor editor) {
            grid.report(null);
        }
    }
}

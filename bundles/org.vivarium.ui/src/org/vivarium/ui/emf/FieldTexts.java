package org.vivarium.ui.emf;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vivarium.core.study.DateTexts;

/**
 * Values of EMF data types as fields show them and as people type them: dates and times through {@link DateTexts}
 * ("2026-12-08 09:00", also "8 Dec 2026 9:00"), everything else as the model writes it.
 */
final class FieldTexts {

    private FieldTexts() {
    }

    static boolean isDate(EDataType type) {
        return type.getInstanceClass() == LocalDate.class;
    }

    static boolean isDateTime(EDataType type) {
        return type.getInstanceClass() == LocalDateTime.class;
    }

    /** The value a text means (null for a blank one); throws IllegalArgumentException saying what is expected. */
    static Object parse(EDataType type, String text) {
        if (type.getInstanceClass() == String.class) {
            return text == null || text.isEmpty() ? null : text;
        }
        if (text == null || text.isBlank()) {
            return null;
        }
        if (isDate(type)) {
            return DateTexts.parseDate(text);
        }
        if (isDateTime(type)) {
            return DateTexts.parseDateTime(text);
        }
        try {
            return EcoreUtil.createFromString(type, text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not " + describe(type));
        }
    }

    /** Why a text is not a value of the type, or null when it is. */
    static String problem(EDataType type, String text) {
        try {
            parse(type, text);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    static String format(EDataType type, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime t) {
            return DateTexts.format(t);
        }
        if (value instanceof LocalDate d) {
            return DateTexts.format(d);
        }
        return value instanceof String s ? s : EcoreUtil.convertToString(type, value);
    }

    /** What values of a data type look like, e.g. "a date like 2026-12-08". */
    static String describe(EDataType type) {
        return switch (type.getName()) {
            case "LocalDate" -> "a date like " + DateTexts.DATE_EXAMPLE;
            case "LocalDateTime" -> "a date and time like " + DateTexts.DATE_TIME_EXAMPLE;
            case "EDouble", "EDoubleObject", "EFloat", "EFloatObject" -> "a number (e.g. 12.5)";
            case "EInt", "EIntegerObject", "ELong", "ELongObject" -> "a whole number";
            default -> "a valid " + type.getName();
        };
    }
}

package org.vivarium.core.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * One rule violation: how bad, where (the object and its label, e.g. "animal 1W-017") and what is wrong.
 */
public record Problem(Severity severity, EObject target, String where, String message) {

    /** Errors make a study invalid; warnings are worth a look. */
    public enum Severity {
        WARNING, ERROR
    }

    /** e.g. "error: animal 1W-017: dose volume ...". */
    @Override
    public String toString() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + where + ": " + message;
    }
}

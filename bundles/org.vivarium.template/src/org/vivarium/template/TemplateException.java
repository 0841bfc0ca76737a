package org.vivarium.template;

/** An argument of a template cannot be used; the message names it and says why. */
public final class TemplateException extends Exception {

    private static final long serialVersionUID = 1L;

    public TemplateException(String message) {
        super(message);
    }
}

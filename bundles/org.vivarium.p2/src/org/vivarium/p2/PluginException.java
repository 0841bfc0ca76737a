package org.vivarium.p2;

/** A plug-in could not be installed, listed or removed; the message is one line for people (no stack trace needed). */
public final class PluginException extends Exception {

    private static final long serialVersionUID = 1L;

    public PluginException(String message) {
        super(message);
    }

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}

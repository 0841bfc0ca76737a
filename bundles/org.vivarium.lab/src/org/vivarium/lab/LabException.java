package org.vivarium.lab;

/** A lab server operation failed; the message is one line saying what and where (no stack trace needed). */
public class LabException extends Exception {

    private static final long serialVersionUID = 1L;

    public LabException(String message) {
        super(message);
    }

    public LabException(String message, Throwable cause) {
        super(message, cause);
    }
}

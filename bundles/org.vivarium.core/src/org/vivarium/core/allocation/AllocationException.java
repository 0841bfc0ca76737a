package org.vivarium.core.allocation;

/** A randomisation that cannot be made as asked; the message is one line that says what and where. */
public final class AllocationException extends Exception {

    private static final long serialVersionUID = 1L;

    public AllocationException(String message) {
        super(message);
    }
}

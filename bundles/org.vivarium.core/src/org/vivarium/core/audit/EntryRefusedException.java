package org.vivarium.core.audit;

/**
 * A shared store refused to record a change (it conflicts with one made meanwhile, the user's role does not allow it,
 * the server cannot be reached): nothing of it was stored. The message says what and why, for people.
 */
public class EntryRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EntryRefusedException(String message) {
        super(message);
    }

    public EntryRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

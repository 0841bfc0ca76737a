package org.vivarium.cli;

/** The command line is wrong (exit code 1). */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}

package org.vivarium.cli;

/** One sub-command of the command line. */
interface Command {

    /** The word that selects it, e.g. "info". */
    String name();

    /** Its synopsis, e.g. "info STUDY [--format text|json]". */
    String usage();

    /** One line on what it does. */
    String summary();

    /** Runs it; returns the exit code. */
    int run(Args args, Console console) throws Exception;
}

package org.vivarium.cli;

import java.io.PrintStream;

/** Where a command writes: results to {@code out}, messages to {@code err}. */
record Console(PrintStream out, PrintStream err) {
}

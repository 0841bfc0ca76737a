package org.vivarium.io.excel.internal.read;

/** Receives the rows of a sheet in order. */
@FunctionalInterface
public interface RowSink {

    /** Takes one row; returns false to stop reading the sheet. */
    boolean row(SheetRow row) throws ReadFailure;
}

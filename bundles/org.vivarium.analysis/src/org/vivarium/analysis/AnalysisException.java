package org.vivarium.analysis;

/** The data or parameters do not suit the analysis; the message says what is wrong, for the user. */
public class AnalysisException extends Exception {

    private static final long serialVersionUID = 1L;

    public AnalysisException(String message) {
        super(message);
    }
}

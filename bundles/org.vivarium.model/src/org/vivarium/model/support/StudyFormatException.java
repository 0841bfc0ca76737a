package org.vivarium.model.support;

import java.io.IOException;

/** A study file that cannot be read: damaged, truncated, or not a study at all. */
public class StudyFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public StudyFormatException(String message) {
        super(message);
    }
}

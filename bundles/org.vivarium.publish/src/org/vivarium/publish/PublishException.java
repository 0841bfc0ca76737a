package org.vivarium.publish;

/**
 * A publication that cannot be made from this study or these options (an unknown assay, a study without the data a
 * report needs). Its message is one line for the user; nothing has been written.
 */
public final class PublishException extends Exception {

    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }
}

package org.vivarium.analysis.tests.plugins;

import java.util.List;

import org.vivarium.analysis.Parameter;

/** Cannot say which parameters it takes. */
public class ThrowingParameters extends Broken {

    @Override
    public List<Parameter> parameters() {
        throw new UnsupportedOperationException("lab bug in parameters()");
    }
}

package org.vivarium.analysis.tests.plugins;

/** Its constructor throws. */
public class ThrowingConstructor extends Broken {

    public ThrowingConstructor() {
        throw new IllegalStateException("lab bug in the constructor");
    }
}

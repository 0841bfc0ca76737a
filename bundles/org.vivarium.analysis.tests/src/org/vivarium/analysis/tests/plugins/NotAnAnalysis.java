package org.vivarium.analysis.tests.plugins;

/** Named as an analysis class in fragment.xml, but does not implement Analysis. */
public class NotAnAnalysis {
}

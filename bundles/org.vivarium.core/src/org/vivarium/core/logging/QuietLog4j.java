package org.vivarium.core.logging;

/**
 * Keeps the log4j API's output off the user's console. Apache POI logs through it (refused XML such as "DOCTYPE is
 * disallowed", with a stack trace), and PDFBox does too, through commons-logging, which hands over to the log4j API
 * when it is installed; without a provider that API prints "could not find a logging provider" on stderr, and it must
 * not depend on the ServiceLoader mediator, which the command line never starts. Unless the user configured log4j,
 * its API then logs through its own simple logger at level OFF ({@code -Dorg.apache.logging.log4j.simplelog.level=WARN}
 * shows the messages again). Must run before the first POI or PDFBox class logs: the bundles that use them call it
 * from the classes that open those libraries. Sets system properties only; no log4j class is needed here.
 */
public final class QuietLog4j {

    private static final String[] USER_CHOICES = { "log4j.provider", "log4j2.provider", "log4j2.loggerContextFactory",
            "log4j2.configurationFile", "log4j.configurationFile" };

    private QuietLog4j() {
    }

    /** Chooses log4j's simple logger, switched off, unless the user chose a log4j set-up. */
    public static void quiet() {
        for (String property : USER_CHOICES) {
            if (System.getProperty(property) != null) {
                return;
            }
        }
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
    }
}

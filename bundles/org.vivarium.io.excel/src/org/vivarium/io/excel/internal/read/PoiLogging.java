package org.vivarium.io.excel.internal.read;

/**
 * Keeps POI's log4j output (which logs refused XML, e.g. "DOCTYPE is disallowed", with a stack trace) off the user's
 * console, and log4j independent of the ServiceLoader mediator, which the command line never starts: unless the user
 * configured log4j, its API logs through its own simple logger at level OFF. {@code
 * -Dorg.apache.logging.log4j.simplelog.level=WARN} shows POI's messages again. Must run before the first POI class
 * logs (it is called from the static initialisers of the classes that open POI).
 */
public final class PoiLogging {

    private static final String[] USER_CHOICES = { "log4j.provider", "log4j2.provider", "log4j2.loggerContextFactory",
            "log4j2.configurationFile", "log4j.configurationFile" };

    private PoiLogging() {
    }

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

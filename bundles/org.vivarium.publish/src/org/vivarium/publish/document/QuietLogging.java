package org.vivarium.publish.document;

/**
 * Keeps PDFBox's log output off the user's console: PDFBox logs through commons-logging, which hands over to the log4j
 * API when that is installed (Apache POI brings it), and the log4j API without a provider prints "could not find a
 * logging provider" on stderr. Unless the user configured log4j, it logs through its own simple logger at level OFF
 * ({@code -Dorg.apache.logging.log4j.simplelog.level=WARN} shows the messages again), as io.excel's POI logging does.
 */
final class QuietLogging {

    private static final String[] USER_CHOICES = { "log4j.provider", "log4j2.provider", "log4j2.loggerContextFactory",
            "log4j2.configurationFile", "log4j.configurationFile" };

    private QuietLogging() {
    }

    static void quiet() {
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

package org.vivarium.publish.internal;

/**
 * Keeps PDFBox's logging off the user's console: PDFBox logs through commons-logging, which hands over to log4j's API;
 * without a configured provider log4j printed "Log4j API could not find a logging provider" on stderr for each
 * command that wrote a PDF. Unless the user configured log4j, its API logs through its simple logger at level OFF
 * ({@code -Dorg.apache.logging.log4j.simplelog.level=WARN} shows the messages again), as io.excel does for POI. Must
 * run before the first PDFBox class logs.
 */
public final class PdfLogging {

    private static final String[] USER_CHOICES = { "log4j.provider", "log4j2.provider", "log4j2.loggerContextFactory",
            "log4j2.configurationFile", "log4j.configurationFile" };

    private PdfLogging() {
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

package org.vivarium.publish.print;

/**
 * PDFBox logs through commons-logging, which finds the Log4j API in the product (POI brings it) but no Log4j
 * provider, and then prints "Log4j API could not find a logging provider" on stderr of every print command. Unless the
 * user chose a Log4j set-up, Log4j's simple logger is used, switched off (as io.excel does for POI).
 */
final class PdfLogging {

    private static final String[] USER_CHOICES = { "log4j.provider", "log4j2.provider", "log4j2.loggerContextFactory",
            "log4j2.configurationFile", "log4j.configurationFile" };

    private PdfLogging() {
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

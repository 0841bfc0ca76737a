package org.vivarium.io.excel.internal.read;

/**
 * Keeps POI's log4j output (which logs refused XML, e.g. "DOCTYPE is disallowed", with a stack trace) off the user's
 * console: without a configuration, log4j's default root level is set to OFF, unless the user chose a level with
 * {@code -Dlog4j2.level=...}. Must run before the first POI class logs (it is called from the static initialisers of
 * the classes that open POI).
 */
public final class PoiLogging {

    private PoiLogging() {
    }

    public static void quiet() {
        if (System.getProperty("log4j2.level") == null && System.getProperty("org.apache.logging.log4j.level") == null
                && System.getProperty("log4j2.configurationFile") == null
                && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.level", "OFF");
            System.setProperty("org.apache.logging.log4j.level", "OFF");
        }
    }
}

package org.vivarium.core.study;

/** Times since dose as labs write them: 30 min, 1 h, 24 h, 1 wk, 8 wk. */
public final class Time {

    private static final double WEEK = 168;

    private Time() {
    }

    /** e.g. 1 → "1 h", 0.5 → "30 min", 168 → "1 wk", 48 → "48 h", 240 → "10 d". */
    public static String sinceDose(double hours) {
        double h = Math.abs(hours);
        String sign = hours < 0 ? "-" : "";
        if (h < 1 && h > 0) {
            return sign + Labels.number(Math.round(h * 600) / 10.0) + " min";
        }
        if (h >= WEEK && h % WEEK == 0) {
            return sign + Labels.number(h / WEEK) + " wk";
        }
        if (h > 72 && h % 24 == 0) {
            return sign + Labels.number(h / 24) + " d";
        }
        return sign + Labels.number(h) + " h";
    }

    /** An offset relative to the anchor dose: "0 h", "+30 min", "-1 h". */
    public static String offset(double hours) {
        return hours > 0 ? "+" + sinceDose(hours) : sinceDose(hours);
    }
}

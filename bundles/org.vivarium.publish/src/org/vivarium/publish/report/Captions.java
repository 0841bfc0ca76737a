package org.vivarium.publish.report;

/** Numbers tables and figures in the order they appear: "Table 3. ...", "Figure 2. ...". */
final class Captions {

    private int tables;
    private int figures;

    String table(String text) {
        return "Table " + ++tables + ". " + text;
    }

    String figure(String text) {
        return "Figure " + ++figures + ". " + text;
    }
}

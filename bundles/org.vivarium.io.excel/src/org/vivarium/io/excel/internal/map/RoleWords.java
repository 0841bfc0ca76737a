package org.vivarium.io.excel.internal.map;

import java.util.HashMap;
import java.util.Map;

import org.vivarium.io.excel.ColumnRole;

/**
 * The header words recognised for each column role, with a strength: strong words ("Animal ID", "Mouse") win over
 * weak ones ("ID", "Code") when two columns claim the same role.
 */
public final class RoleWords {

    /** A role matched by a header, and how strongly. */
    public record Match(ColumnRole role, int strength) {
    }

    private static final Map<String, Match> WORDS = new HashMap<>();

    static {
        strong(ColumnRole.ANIMAL, "animal", "animal id", "animal no", "animal number", "animal name", "animal code",
                "mouse", "mouse id", "mouse no", "mouse number", "rat", "rat id", "subject id", "blind code",
                "animal identifier", "ear tag", "animals id");
        weak(ColumnRole.ANIMAL, "id", "identifier", "code", "subject", "tag");
        strong(ColumnRole.CAGE, "cage", "cage id", "cage no", "cage number", "cage label", "cage card", "home cage");
        weak(ColumnRole.CAGE, "box");
        strong(ColumnRole.COHORT, "cohort", "cohort name", "cohort id");
        weak(ColumnRole.COHORT, "batch", "batch no", "shipment");
        strong(ColumnRole.ARM, "arm", "arm code", "treatment group", "treatment arm", "dose group", "arm label");
        weak(ColumnRole.ARM, "group", "treatment", "treatment id", "condition", "drug");
        strong(ColumnRole.SEX, "sex", "gender");
        strong(ColumnRole.STRAIN, "strain", "mouse line", "genetic background");
        weak(ColumnRole.STRAIN, "line", "background");
        strong(ColumnRole.DATE_OF_BIRTH, "date of birth", "dob", "birth date", "birthdate", "birthday", "born");
        strong(ColumnRole.SESSION, "session", "session name", "test session");
        strong(ColumnRole.TIMEPOINT, "timepoint", "time point", "time since dose", "time after dose",
                "time from dose", "time post dose", "post dose", "hours post dose", "hours after dose");
        strong(ColumnRole.DATE, "date", "test date", "session date", "date of test", "scoring date");
        strong(ColumnRole.ASSAY, "assay", "assay code", "test", "paradigm");
        strong(ColumnRole.MEASURE_NAME, "measure", "measure name", "variable", "parameter", "endpoint", "readout");
        strong(ColumnRole.VALUE, "value", "result", "measurement", "reading");
        weak(ColumnRole.VALUE, "score");
        strong(ColumnRole.UNIT, "unit", "units");
        strong(ColumnRole.CENSORED, "censored", "censor", "censoring", "cutoff reached");
        strong(ColumnRole.EXCLUDED, "excluded", "exclude", "exclusion");
        strong(ColumnRole.EXCLUSION_REASON, "exclusion reason", "reason for exclusion", "reason");
        strong(ColumnRole.IGNORE, "notes", "note", "comment", "comments", "remarks", "source", "index", "row",
                "row number", "operator", "scorer", "observer", "experimenter", "status");
    }

    private RoleWords() {
    }

    private static void strong(ColumnRole role, String... words) {
        for (String w : words) {
            WORDS.put(Names.key(w), new Match(role, 2));
        }
    }

    private static void weak(ColumnRole role, String... words) {
        for (String w : words) {
            WORDS.put(Names.key(w), new Match(role, 1));
        }
    }

    /** The role a header names, or null. */
    public static Match of(String key) {
        return WORDS.get(key);
    }
}

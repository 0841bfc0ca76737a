package org.vivarium.io.excel;

/**
 * What a column of an imported sheet holds. The {@link #id()} is the name used in mapping files (for example
 * {@code "role": "animal"}); ids are permanent because users' mapping files contain them.
 */
public enum ColumnRole {
    /** The animal: its identifier, blind code (for blinded sessions) or ear tag. */
    ANIMAL("animal", "Animal"),
    /** The cage label: the experimental unit of per-cage assays, otherwise checked or (with create) assigned. */
    CAGE("cage", "Cage"),
    /** The cohort name (checked, or used to create cohorts). */
    COHORT("cohort", "Cohort"),
    /** The treatment arm: code, label or blinded code (checked, or used to create arms). */
    ARM("arm", "Arm"),
    /** Sex: F/M, female/male (checked, or set on created animals). */
    SEX("sex", "Sex"),
    /** Strain (checked against the cohort, or set on created cohorts). */
    STRAIN("strain", "Strain"),
    /** Date of birth (checked, or set on created animals). */
    DATE_OF_BIRTH("dateOfBirth", "Date of birth"),
    /** The session name. */
    SESSION("session", "Session"),
    /** Time since dose ("24 h", "1 wk", or a number of hours) that selects the session. */
    TIMEPOINT("timepoint", "Time since dose"),
    /** Date of the test (used for sessions created by the import). */
    DATE("date", "Date"),
    /** The assay code (long layouts with several assays). */
    ASSAY("assay", "Assay"),
    /** A column of values of one measure (wide layouts); the mapping names the measure. */
    MEASURE("measure", "Measure values"),
    /** The name of the measure of each row (long layouts), with the values in a {@link #VALUE} column. */
    MEASURE_NAME("measureName", "Measure name"),
    /** The value of each row (long layouts). */
    VALUE("value", "Value"),
    /** The unit of each row's value (long layouts); values are converted to the measure's unit. */
    UNIT("unit", "Unit"),
    /** Whether the value is right-censored (yes/no). */
    CENSORED("censored", "Censored"),
    /** Whether the value is excluded from analyses (yes/no); needs an exclusion reason. */
    EXCLUDED("excluded", "Excluded"),
    /** Why the value is excluded. */
    EXCLUSION_REASON("exclusionReason", "Exclusion reason"),
    /** Not imported. */
    IGNORE("ignore", "Not imported");

    private final String id;
    private final String label;

    ColumnRole(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in mapping files. */
    public String id() {
        return id;
    }

    /** A label for people. */
    public String label() {
        return label;
    }

    /** The role of a mapping-file name (case-insensitive), or null. */
    public static ColumnRole of(String id) {
        for (ColumnRole r : values()) {
            if (r.id.equalsIgnoreCase(id.strip()) || r.name().equalsIgnoreCase(id.strip())) {
                return r;
            }
        }
        return null;
    }

    /** Roles that describe the animal (cross-checked for existing animals, set on created ones). */
    public boolean isRoster() {
        return this == COHORT || this == CAGE || this == ARM || this == SEX || this == STRAIN || this == DATE_OF_BIRTH;
    }

    /** All ids, for messages. */
    public static String ids() {
        StringBuilder b = new StringBuilder();
        for (ColumnRole r : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(r.id);
        }
        return b.toString();
    }
}

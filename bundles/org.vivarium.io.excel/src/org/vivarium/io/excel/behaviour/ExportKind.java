package org.vivarium.io.excel.behaviour;

/** The behaviour-room exports Vivarium recognises by their content (never by their file name). */
public enum ExportKind {
    /** Noldus EthoVision XT raw data: a header block, then one row per sample (.xlsx sheet per track, or .txt). */
    ETHOVISION_RAW("EthoVision XT raw data"),
    /** Noldus EthoVision XT statistics: up to four header rows, then one row per track (or per track and bin). */
    ETHOVISION_STATS("EthoVision XT statistics"),
    /** Stoelting ANY-maze results table: one row per test. */
    ANYMAZE_RESULTS("ANY-maze results"),
    /** Stoelting ANY-maze time series of one test (Time, Centre position X/Y, 1/0 state and zone columns). */
    ANYMAZE_SERIES("ANY-maze time series"),
    /** BORIS tabular events (v8+ Behavior type START/STOP/POINT; up to v7 a metadata block and Status). */
    BORIS_EVENTS("BORIS events"),
    /** BORIS aggregated events (Start (s), Stop (s), Duration (s)). */
    BORIS_AGGREGATED("BORIS aggregated events"),
    /** BORIS time budget (Total duration (s), Total number of occurences). */
    BORIS_TIME_BUDGET("BORIS time budget"),
    /** ezTrack freezing output of one video (one row per frame). */
    EZTRACK_FREEZING("ezTrack freezing output"),
    /** ezTrack batch summary (one row per video and time bin). */
    EZTRACK_SUMMARY("ezTrack batch summary"),
    /** DeepLabCut pose estimates (scorer / bodyparts / coords header rows): recognised, not imported. */
    DEEPLABCUT_POSE("DeepLabCut pose file");

    private final String label;

    ExportKind(String label) {
        this.label = label;
    }

    /** The name for people ("EthoVision XT raw data"). */
    public String label() {
        return label;
    }
}

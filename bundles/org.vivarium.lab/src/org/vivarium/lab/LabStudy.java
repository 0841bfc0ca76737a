package org.vivarium.lab;

import java.time.Instant;

/** A study on the lab server, as listed: its id, title, number of audit entries, who pushed it and when. */
public record LabStudy(long id, String title, String modelVersion, long entries, String pushedBy, Instant pushedAt) {
}

package org.vivarium.ui.review.publish;

import java.nio.file.Path;

/**
 * What to publish, where, and on what options.
 *
 * @param publication what to write
 * @param out the file to write
 * @param letter US Letter rather than A4 (printed publications)
 * @param cohort the cohort's name, or null for every cohort
 * @param assay the assay's code, or null for every assay
 * @param measure the measure's name, or null for every measure of the assay
 */
public record PublishRequest(Publication publication, Path out, boolean letter, String cohort, String assay,
        String measure) {
}

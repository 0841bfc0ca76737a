package org.vivarium.p2;

/**
 * A feature offered by a plug-in site.
 *
 * @param id the feature id as people type it (without p2's ".feature.group")
 * @param version its full version
 * @param name its label (the id when it has none)
 * @param installed the version of it installed in the product, or null
 */
public record SiteFeature(String id, String version, String name, String installed) {
}

package org.vivarium.p2;

import java.util.List;

/**
 * A lab plug-in installed with p2: a root feature of the product's profile that is not the product itself.
 *
 * @param id the feature id as people type it (without p2's ".feature.group")
 * @param version its full version
 * @param name its label (the id when it has none)
 * @param bundles the symbolic names of the bundles it brought
 */
public record InstalledPlugin(String id, String version, String name, List<String> bundles) {
}

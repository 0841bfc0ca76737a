package org.vivarium.p2;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.metadata.VersionRange;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;

/**
 * Says in people's words why p2 could not plan an install: for each unit of the site whose requirement neither the
 * product nor the site meets, "X 1.0.0 needs org.vivarium.analysis [2.0.0,3.0.0) and this Vivarium has 1.1.0".
 */
final class MissingRequirements {

    private static final java.util.regex.Pattern REQUIREMENT = java.util.regex.Pattern
            .compile("([^;\\s]+); ([^\\s]+)(?: ([\\[(][^\\s]*[\\])]|[0-9][^\\s]*))?");

    private MissingRequirements() {
    }

    static String explain(IMetadataRepository site, IProfile profile, List<IInstallableUnit> wanted, IStatus status) {
        Set<String> lines = new LinkedHashSet<>();
        List<IInstallableUnit> siteUnits = units(site);
        List<IInstallableUnit> productUnits = units(profile);
        for (IInstallableUnit iu : closure(wanted, siteUnits)) {
            for (IRequirement r : iu.getRequirements()) {
                if (r.getMin() == 0 || r.getFilter() != null || r.getMatches() == null) {
                    continue;
                }
                if (productUnits.stream().noneMatch(r::isMatch) && siteUnits.stream().noneMatch(r::isMatch)) {
                    lines.add(describe(iu, r, productUnits));
                }
            }
        }
        if (lines.isEmpty()) {
            return "cannot install " + String.join(", ", wanted.stream().map(u -> PluginManager.plain(u.getId()))
                    .toList()) + ": " + firstLine(status);
        }
        return String.join("\n", lines);
    }

    /** The units required (directly or not) by the wanted ones that the site holds. */
    private static List<IInstallableUnit> closure(List<IInstallableUnit> wanted, List<IInstallableUnit> siteUnits) {
        List<IInstallableUnit> out = new ArrayList<>(wanted);
        for (int i = 0; i < out.size(); i++) {
            for (IRequirement r : out.get(i).getRequirements()) {
                for (IInstallableUnit u : siteUnits) {
                    if (r.isMatch(u) && !out.contains(u)) {
                        out.add(u);
                    }
                }
            }
        }
        return out;
    }

    private static String describe(IInstallableUnit iu, IRequirement r, List<IInstallableUnit> productUnits) {
        String who = PluginManager.plain(iu.getId()) + " " + shortVersion(iu.getVersion());
        // the requirement's namespace, name and range, from its expression's parameters (p2 keeps them there)
        // p2 writes a requirement on a capability as "NAMESPACE; NAME RANGE" (as in its planner messages)
        String name = null;
        String namespace = null;
        VersionRange range = VersionRange.emptyRange;
        java.util.regex.Matcher m = REQUIREMENT.matcher(r.toString());
        if (m.matches()) {
            namespace = m.group(1);
            name = m.group(2);
            try {
                range = m.group(3) == null ? VersionRange.emptyRange : VersionRange.create(m.group(3));
            } catch (IllegalArgumentException e) {
                range = VersionRange.emptyRange;
            }
        }
        if (name != null) {
            List<String> have = new ArrayList<>();
            for (IInstallableUnit u : productUnits) {
                for (IProvidedCapability c : u.getProvidedCapabilities()) {
                    if (c.getNamespace().equals(namespace) && c.getName().equals(name)) {
                        String v = shortVersion(c.getVersion());
                        if (!have.contains(v)) {
                            have.add(v);
                        }
                    }
                }
            }
            String what = (namespace.equals("java.package") ? "package " : "") + name
                    + (range.equals(VersionRange.emptyRange) ? "" : " " + range);
            return who + " needs " + what + " and this Vivarium "
                    + (have.isEmpty() ? "does not have it" : "has " + String.join(", ", have));
        }
        return who + " needs " + r + ", which this Vivarium does not have";
    }

    static String shortVersion(Version v) {
        String s = v.toString();
        String[] parts = s.split("\\.");
        return parts.length > 3 ? parts[0] + "." + parts[1] + "." + parts[2] : s;
    }

    static List<IInstallableUnit> matches(IProfile profile, IRequirement r) {
        return units(profile).stream().filter(r::isMatch).toList();
    }

    private static List<IInstallableUnit> units(IQueryable<IInstallableUnit> q) {
        List<IInstallableUnit> out = new ArrayList<>();
        q.query(QueryUtil.ALL_UNITS, null).forEach(out::add);
        return out;
    }

    private static String firstLine(IStatus s) {
        IStatus d = s;
        while (d.isMultiStatus() && d.getChildren().length > 0) {
            d = d.getChildren()[0];
        }
        return d.getMessage().lines().findFirst().orElse("p2 could not plan it");
    }
}

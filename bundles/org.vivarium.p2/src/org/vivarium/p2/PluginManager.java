package org.vivarium.p2;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IArtifactKey;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IRequirement;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.planner.ProfileInclusionRules;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;

/**
 * Installs, lists and removes lab plug-ins (p2 features) in a Vivarium product through p2, as the CLI's {@code plugin}
 * commands and the workbench's Help menu do. Changes take effect at the next start of the product.
 */
public final class PluginManager implements AutoCloseable {

    private static final String GROUP = ".feature.group";
    private static final String ROOT = "org.eclipse.equinox.p2.type.root";

    private final ProductAgent product;

    private PluginManager(ProductAgent product) {
        this.product = product;
    }

    /** The product folder this runtime was started from ({@code -install}). */
    public static Path runningProduct() throws PluginException {
        String area = System.getProperty("osgi.install.area");
        if (area == null) {
            throw new PluginException("this runtime has no install location (osgi.install.area)");
        }
        try {
            return new File(new URL(area).getPath()).toPath().toAbsolutePath().normalize();
        } catch (MalformedURLException e) {
            throw new PluginException("this runtime's install location is not a folder: " + area);
        }
    }

    /** Checks what people typed as a site (a folder with a p2 site, a .zip file, a URL) before anything is read. */
    public static void checkSite(String site) throws PluginException {
        Sites.uri(site);
    }

    /** Opens the p2 profile of a product folder. */
    public static PluginManager open(Path productFolder, IProgressMonitor monitor) throws PluginException {
        return new PluginManager(ProductAgent.open(productFolder.toAbsolutePath().normalize(), monitor(monitor)));
    }

    public Path product() {
        return product.product;
    }

    /** The installed lab plug-ins, by id. */
    public List<InstalledPlugin> installed() {
        IProfile profile = product.profile();
        List<InstalledPlugin> out = new ArrayList<>();
        for (IInstallableUnit iu : roots(profile)) {
            out.add(new InstalledPlugin(plain(iu.getId()), iu.getVersion().toString(), name(iu), bundles(profile, iu)));
        }
        return out;
    }

    /** The features a site offers (newest version of each), with the installed version if any. */
    public List<SiteFeature> features(String site, IProgressMonitor monitor) throws PluginException {
        URI uri = Sites.uri(site);
        IMetadataRepository repo = load(site, uri, monitor(monitor));
        try {
            List<SiteFeature> out = new ArrayList<>();
            for (IInstallableUnit iu : offered(repo)) {
                out.add(new SiteFeature(plain(iu.getId()), iu.getVersion().toString(), name(iu),
                        installedVersion(plain(iu.getId())).orElse(null)));
            }
            return out;
        } finally {
            forget(uri);
        }
    }

    /**
     * Installs one feature of a site (id given) or all of them (id null); a newer version replaces the installed one.
     *
     * @return the features installed (empty when each was installed already at that version)
     */
    public List<SiteFeature> install(String site, String id, IProgressMonitor monitor) throws PluginException {
        IProgressMonitor m = monitor(monitor);
        URI uri = Sites.uri(site);
        if (uri.getScheme().equals("http")) {
            System.setProperty("p2.httpRule", "allow"); // else p2 turns http into https (the user typed http)
        }
        IMetadataRepository repo = load(site, uri, m);
        try {
            List<IInstallableUnit> offered = offered(repo);
            List<IInstallableUnit> chosen = id == null ? offered
                    : offered.stream().filter(iu -> plain(iu.getId()).equals(plain(id))).toList();
            if (offered.isEmpty()) {
                throw new PluginException(site + ": nothing installable there (the site has no features)");
            }
            if (chosen.isEmpty()) {
                throw new PluginException(id + " is not on " + site + " (it has: "
                        + String.join(", ", offered.stream().map(iu -> plain(iu.getId())).toList()) + ")");
            }
            IProfile profile = product.profile();
            List<IInstallableUnit> older = new ArrayList<>();
            List<IInstallableUnit> toInstall = new ArrayList<>();
            for (IInstallableUnit iu : chosen) {
                List<IInstallableUnit> same = roots(profile).stream().filter(r -> r.getId().equals(iu.getId())).toList();
                if (same.stream().noneMatch(r -> r.getVersion().equals(iu.getVersion()))) {
                    toInstall.add(iu);
                    older.addAll(same);
                }
            }
            if (toInstall.isEmpty()) {
                return List.of();
            }
            IPlanner planner = product.agent.getService(IPlanner.class);
            IProfileChangeRequest req = planner.createChangeRequest(profile);
            req.removeAll(older);
            for (IInstallableUnit iu : toInstall) {
                req.add(iu);
                req.setInstallableUnitProfileProperty(iu, ROOT, "true");
                req.setInstallableUnitInclusionRules(iu, ProfileInclusionRules.createStrictInclusionRule(iu));
            }
            IProvisioningPlan plan = planner.getProvisioningPlan(req, product.context(uri), m);
            if (plan.getStatus().matches(IStatus.ERROR)) {
                throw new PluginException(MissingRequirements.explain(repo, profile, toInstall, plan.getStatus()));
            }
            perform(plan, m, "could not install from " + site);
            return toInstall.stream().map(iu -> new SiteFeature(plain(iu.getId()), iu.getVersion().toString(),
                    name(iu), iu.getVersion().toString())).toList();
        } finally {
            forget(uri);
        }
    }

    /** Removes an installed lab plug-in (only those: never a part of the product). */
    public InstalledPlugin remove(String id, IProgressMonitor monitor) throws PluginException {
        IProfile profile = product.profile();
        List<IInstallableUnit> roots = roots(profile).stream().filter(iu -> plain(iu.getId()).equals(plain(id)))
                .toList();
        if (roots.isEmpty()) {
            List<String> ids = installed().stream().map(InstalledPlugin::id).toList();
            throw new PluginException(id + " is not installed (" + (ids.isEmpty() ? "no plug-ins are installed"
                    : "installed: " + String.join(", ", ids)) + ")");
        }
        InstalledPlugin removed = installed().stream().filter(p -> p.id().equals(plain(id))).findFirst().orElseThrow();
        IPlanner planner = product.agent.getService(IPlanner.class);
        IProfileChangeRequest req = planner.createChangeRequest(profile);
        req.removeAll(roots);
        IProvisioningPlan plan = planner.getProvisioningPlan(req, product.context(), monitor(monitor));
        if (plan.getStatus().matches(IStatus.ERROR)) {
            throw new PluginException("could not remove " + id + ": " + plan.getStatus().getMessage());
        }
        perform(plan, monitor(monitor), "could not remove " + id);
        return removed;
    }

    private void perform(IProvisioningPlan plan, IProgressMonitor monitor, String what) throws PluginException {
        IStatus s = product.perform(plan, monitor);
        if (s.matches(IStatus.ERROR | IStatus.CANCEL)) {
            throw new PluginException(what + ": " + deepest(s));
        }
        product.purgeHistory();
        // the launcher starts afresh when config.ini is newer than its configuration area (make sure it is)
        Path ini = product.product.resolve("configuration/config.ini");
        try {
            Files.setLastModifiedTime(ini, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            throw new PluginException(ini + ": could not be updated (" + e.getMessage() + ")");
        }
    }

    private static String deepest(IStatus s) {
        IStatus d = s;
        while (d.isMultiStatus() && d.getChildren().length > 0) {
            d = d.getChildren()[0];
        }
        return d.getMessage() + (d.getException() != null ? " (" + d.getException().getMessage() + ")" : "");
    }

    private Optional<String> installedVersion(String id) {
        return installed().stream().filter(p -> p.id().equals(id)).map(InstalledPlugin::version).findFirst();
    }

    private IMetadataRepository load(String site, URI uri, IProgressMonitor monitor) throws PluginException {
        try {
            return manager().loadRepository(uri, monitor);
        } catch (ProvisionException e) {
            forget(uri);
            throw new PluginException(site + ": no such site or not a p2 site (" + e.getMessage() + ")", e);
        }
    }

    private void forget(URI uri) {
        manager().removeRepository(uri); // keep the product's list of known sites clean
    }

    private IMetadataRepositoryManager manager() {
        return product.agent.getService(IMetadataRepositoryManager.class);
    }

    /** The site's features (newest version each) that are not part of the product. */
    private List<IInstallableUnit> offered(IMetadataRepository repo) {
        IProfile profile = product.profile();
        List<IInstallableUnit> out = new ArrayList<>();
        for (IInstallableUnit iu : repo.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null)) {
            boolean partOfProduct = !profile.query(QueryUtil.createIUQuery(iu.getId()), null).isEmpty()
                    && roots(profile).stream().noneMatch(r -> r.getId().equals(iu.getId()));
            if (!partOfProduct) {
                out.add(iu);
            }
        }
        out.sort(Comparator.comparing(IInstallableUnit::getId));
        return out;
    }

    /** User-visible roots of the profile except the product IU itself. */
    private static List<IInstallableUnit> roots(IProfile profile) {
        List<IInstallableUnit> out = new ArrayList<>();
        for (IInstallableUnit iu : profile.query(new UserVisibleRootQuery(), null)) {
            if (!"true".equals(iu.getProperty("org.eclipse.equinox.p2.type.product"))) {
                out.add(iu);
            }
        }
        out.sort(Comparator.comparing(IInstallableUnit::getId));
        return out;
    }

    private static List<String> bundles(IProfile profile, IInstallableUnit feature) {
        List<String> out = new ArrayList<>();
        for (IRequirement r : feature.getRequirements()) {
            for (IInstallableUnit iu : MissingRequirements.matches(profile, r)) {
                for (IArtifactKey k : iu.getArtifacts()) {
                    if (k.getClassifier().equals("osgi.bundle") && !out.contains(k.getId())) {
                        out.add(k.getId());
                    }
                }
            }
        }
        return out;
    }

    static String plain(String id) {
        return id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
    }

    private static String name(IInstallableUnit iu) {
        String n = iu.getProperty(IInstallableUnit.PROP_NAME, Locale.getDefault().toString());
        return n == null || n.isBlank() || n.startsWith("%") ? plain(iu.getId()) : n;
    }

    private static IProgressMonitor monitor(IProgressMonitor m) {
        return m == null ? new NullProgressMonitor() : m;
    }

    @Override
    public void close() {
        product.close();
    }
}

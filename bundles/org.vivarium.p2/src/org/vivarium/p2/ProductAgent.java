package org.vivarium.p2;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A p2 agent of its own on PRODUCT/p2 with the product's profile. Never the running ("self") agent: with ./vivarium's
 * configuration area outside the product, p2 would treat the product as a shared install and write elsewhere.
 */
final class ProductAgent implements AutoCloseable {

    static final String PROFILE = "DefaultProfile";

    final IProvisioningAgent agent;
    final Path product;

    private ProductAgent(IProvisioningAgent agent, Path product) {
        this.agent = agent;
        this.product = product;
    }

    static ProductAgent open(Path product, IProgressMonitor monitor) throws PluginException {
        Path p2 = product.resolve("p2");
        if (!Files.isDirectory(p2.resolve("org.eclipse.equinox.p2.engine/profileRegistry"))) {
            throw new PluginException(product + ": not an installed Vivarium product (no p2 profile in " + p2 + ")");
        }
        BundleContext bc = FrameworkUtil.getBundle(ProductAgent.class).getBundleContext();
        ServiceReference<IProvisioningAgentProvider> ref = bc.getServiceReference(IProvisioningAgentProvider.class);
        if (ref == null) {
            throw new PluginException("the p2 installer is missing from this product (no provisioning agent service)");
        }
        IProvisioningAgent agent;
        try {
            agent = bc.getService(ref).createAgent(p2.toUri());
        } catch (ProvisionException e) {
            throw new PluginException(p2 + ": could not open the product's p2 data (" + e.getMessage() + ")", e);
        }
        Object installer = agent.getService(IProvisioningAgent.INSTALLER_AGENT);
        if (installer != null) {
            agent.unregisterService(IProvisioningAgent.INSTALLER_AGENT, installer);
        }
        ProductAgent a = new ProductAgent(agent, product);
        if (a.registry().getProfile(PROFILE) == null) {
            a.close();
            throw new PluginException(product + ": not an installed Vivarium product (no p2 profile " + PROFILE + ")");
        }
        a.fixRoaming(monitor);
        return a;
    }

    IProfileRegistry registry() {
        return agent.getService(IProfileRegistry.class);
    }

    IProfile profile() {
        return registry().getProfile(PROFILE);
    }

    ProvisioningContext context(URI... repositories) {
        ProvisioningContext ctx = new ProvisioningContext(agent);
        ctx.setMetadataRepositories(repositories);
        ctx.setArtifactRepositories(repositories);
        return ctx;
    }

    /** Performs a plan; returns its status. */
    IStatus perform(IProvisioningPlan plan, IProgressMonitor monitor) {
        return agent.getService(IEngine.class).perform(plan, monitor);
    }

    /** Drops the profile's older snapshots (each change adds a few of about 85 KB). */
    void purgeHistory() {
        IProfileRegistry registry = registry();
        long[] stamps = registry.listProfileTimestamps(PROFILE);
        for (int i = 0; i < stamps.length - 1; i++) {
            try {
                registry.removeProfile(PROFILE, stamps[i]);
            } catch (ProvisionException e) {
                return; // harmless: only disk space
            }
        }
    }

    /**
     * Tycho materialises a roaming profile that still names the folder the product was built in: point it at the real
     * folder first (the director application does the same), or p2 writes jars and bundles.info there.
     */
    private void fixRoaming(IProgressMonitor monitor) throws PluginException {
        IProfile profile = profile();
        String here = product.toString();
        if (!Boolean.parseBoolean(profile.getProperty(IProfile.PROP_ROAMING))
                || (here.equals(profile.getProperty(IProfile.PROP_INSTALL_FOLDER))
                        && here.equals(profile.getProperty(IProfile.PROP_CACHE)))) {
            return;
        }
        IPlanner planner = agent.getService(IPlanner.class);
        IProfileChangeRequest req = planner.createChangeRequest(profile);
        req.setProfileProperty(IProfile.PROP_INSTALL_FOLDER, here);
        req.setProfileProperty(IProfile.PROP_CACHE, here);
        IProvisioningPlan plan = planner.getProvisioningPlan(req, context(), monitor);
        IStatus s = plan.getStatus().matches(IStatus.ERROR) ? plan.getStatus() : perform(plan, monitor);
        if (s.matches(IStatus.ERROR)) {
            throw new PluginException(product + ": could not point the product's profile at its folder ("
                    + s.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        agent.stop();
    }
}

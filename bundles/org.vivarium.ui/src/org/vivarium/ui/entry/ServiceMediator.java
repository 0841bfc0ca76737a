package org.vivarium.ui.entry;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/**
 * The data entry grid (NatTable) needs eclipse-collections, which finds its implementation through the OSGi
 * ServiceLoader mediator (Aries SPI Fly). Starting the mediator costs more than a second of CPU (it parses the
 * implementation's capability header once per each of its 239 services), so the product does not start it with the
 * platform: {@link #startInBackground()} starts it in a job once the window shows the study, and {@link #await()}
 * makes sure it runs before the first grid is built. The order matters: the mediator rewrites eclipse-collections' ServiceLoader
 * calls as their classes load, so they must load after it.
 */
public final class ServiceMediator {

    private static final String[] BUNDLES = { "org.apache.aries.spifly.dynamic.bundle", "org.eclipse.collections.impl" };

    private static Job job;

    private ServiceMediator() {
    }

    /**
     * Starts the mediator in a background job (once); the workbench calls it as soon as its window shows the study,
     * so that a data entry grid opened right after a start (a double-click in Today) does not wait long for it.
     */
    public static synchronized void startInBackground() {
        if (job == null) {
            job = Job.createSystem("Start the ServiceLoader mediator", (ICoreRunnable) monitor -> start());
            job.schedule();
        }
    }

    /** Returns once the mediator runs: at once when it does, else after starting it here or waiting for the job. */
    public static void await() {
        startInBackground();
        if (job.cancel()) { // not running (yet, or any more): starting again is harmless
            start();
            return;
        }
        try {
            job.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static synchronized void start() {
        for (String name : BUNDLES) {
            Bundle bundle = Platform.getBundle(name);
            if (bundle != null && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT); // the next launch starts without it again
                } catch (BundleException e) {
                    ILog.of(ServiceMediator.class).error("Cannot start " + name + "; the data entry grid needs it", e);
                }
            }
        }
    }
}

package org.vivarium.analysis.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/** The monitor an analysis runs under: the caller's, plus a cancel flag the runner sets on time-out. */
public final class CancellableMonitor extends ProgressMonitorWrapper {

    private volatile boolean stopped;

    public CancellableMonitor(IProgressMonitor caller) {
        super(caller);
    }

    public void cancel() {
        stopped = true;
    }

    @Override
    public boolean isCanceled() {
        return stopped || super.isCanceled();
    }
}

package org.vivarium.ui.session;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** The reasons for changes given last (most recent first, at most {@value #KEPT}), offered again by the reason dialog. */
public final class RecentReasons {

    static final int KEPT = 10;
    private static final String KEY = "recentReasons";
    private static final String SEPARATOR = "\n";

    private RecentReasons() {
    }

    /** The reasons given last, most recent first. */
    public static List<String> list() {
        String stored = preferences().get(KEY, "");
        List<String> reasons = new ArrayList<>();
        for (String r : stored.split(SEPARATOR)) {
            if (!r.isBlank()) {
                reasons.add(r);
            }
        }
        return reasons;
    }

    /** Puts a reason first (once), keeping the last {@value #KEPT}. */
    public static void remember(String reason) {
        String r = reason.strip().replace('\n', ' ').replace('\r', ' ');
        if (r.isEmpty()) {
            return;
        }
        List<String> reasons = list();
        reasons.remove(r);
        reasons.add(0, r);
        Preferences p = preferences();
        p.put(KEY, String.join(SEPARATOR, reasons.subList(0, Math.min(KEPT, reasons.size()))));
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // only a convenience for the next change
        }
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.vivarium.ui");
    }
}

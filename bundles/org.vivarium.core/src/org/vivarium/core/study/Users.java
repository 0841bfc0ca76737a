package org.vivarium.core.study;

import java.io.IOException;
import java.net.InetAddress;

/** Who is working: the operating-system user at this computer, as records of who did what name them. */
public final class Users {

    private static volatile String host;

    private Users() {
    }

    /** "user@host", e.g. "jdoe@lab-pc" (the host is looked up once). */
    public static String current() {
        return System.getProperty("user.name", "unknown") + "@" + host();
    }

    private static String host() {
        String h = host;
        if (h == null) {
            try {
                h = InetAddress.getLocalHost().getHostName();
            } catch (IOException | RuntimeException e) {
                h = "this-computer";
            }
            host = h;
        }
        return h;
    }
}

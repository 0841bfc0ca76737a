package org.vivarium.core.study;

import java.io.IOException;
import java.net.InetAddress;

/** Who is working: "user@host", as blinding records, allocations and the study lock name people. */
public final class Users {

    private Users() {
    }

    /** The operating system user and this computer's host name, e.g. "jdoe@lab-pc". */
    public static String current() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this-computer";
        }
        String user = System.getProperty("user.name");
        return (user == null || user.isBlank() ? "unknown" : user) + "@" + host;
    }
}

package org.vivarium.core.audit;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Who makes changes, as the store knows them: for study files the operating-system user and host, which nothing
 * authenticates; a server store names its authenticated user.
 */
public record AuditUser(String name, boolean authenticated) {

    /** The user of this process and this machine: "alice@lab-pc", not authenticated. */
    public static AuditUser operatingSystem() {
        String user = System.getProperty("user.name", "unknown");
        return new AuditUser(user + "@" + host(), false);
    }

    private static String host() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            String name = Files.readString(Path.of("/etc/hostname")).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (Exception e) {
            // not a Linux machine: ask the network layer
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}

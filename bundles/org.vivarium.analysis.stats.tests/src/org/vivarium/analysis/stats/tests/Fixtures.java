package org.vivarium.analysis.stats.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Reads fixture files of this test fragment (r/, nist/): from the bundle in OSGi, else from the working folder. */
final class Fixtures {

    private Fixtures() {
    }

    static List<String> lines(String path) throws IOException {
        Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
        InputStream in;
        if (bundle != null) {
            // the classes live in the host bundle; findEntries also searches its fragments (this one)
            int slash = path.lastIndexOf('/');
            Enumeration<URL> found = bundle.findEntries(path.substring(0, slash), path.substring(slash + 1), false);
            URL url = found != null && found.hasMoreElements() ? found.nextElement() : null;
            if (url == null) {
                throw new IOException("fixture " + path + " not found in " + bundle.getSymbolicName());
            }
            in = url.openStream();
        } else {
            in = Files.newInputStream(Path.of(System.getProperty("fixtures.dir", "."), path));
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}

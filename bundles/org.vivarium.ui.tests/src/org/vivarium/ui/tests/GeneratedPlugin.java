package org.vivarium.ui.tests;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.ManifestElement;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.template.AnalysisPluginTemplate;

/**
 * The analysis bundle of a project written by {@code plugin new} (the same {@link AnalysisPluginTemplate}), built the
 * way its Maven build would (its Java sources compiled with the JDK's compiler against the bundles its MANIFEST
 * requires, packed with MANIFEST.MF and plugin.xml) and installed into the running workbench; {@link #close()}
 * uninstalls it.
 */
final class GeneratedPlugin implements AutoCloseable {

    private final String id;
    private final Bundle bundle;

    private GeneratedPlugin(String id, Bundle bundle) {
        this.id = id;
        this.bundle = bundle;
    }

    /** Generates the project of this id into {@code dir}, builds its analysis bundle, installs and starts it. */
    static GeneratedPlugin install(String id, Path dir) throws Exception {
        Path project = dir.resolve("project");
        new AnalysisPluginTemplate(id, dir.resolve("no-site").toUri().toString()).write(project);
        Path bundleDir = project.resolve("bundles").resolve(id);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        compile(bundleDir, classes);
        Path jar = pack(bundleDir, classes, dir.resolve(id + ".jar"));
        BundleContext context = FrameworkUtil.getBundle(GeneratedPlugin.class).getBundleContext();
        AtomicBoolean added = new AtomicBoolean();
        IRegistryEventListener listener = listener(id, added, true);
        RegistryFactory.getRegistry().addListener(listener, AnalysisRegistry.EXTENSION_POINT);
        Bundle installed;
        try (InputStream in = Files.newInputStream(jar)) {
            installed = context.installBundle("uitest:" + jar.toUri(), in);
        }
        try {
            installed.start(Bundle.START_ACTIVATION_POLICY);
            Ui.waitUntil(() -> added.get() || contributes(id), "the extension registry lists the analysis of " + id);
        } catch (Exception | AssertionError e) {
            installed.uninstall();
            throw e;
        } finally {
            RegistryFactory.getRegistry().removeListener(listener);
        }
        return new GeneratedPlugin(id, installed);
    }

    Bundle bundle() {
        return bundle;
    }

    /** Whether the extension registry has a contribution of this bundle to the analyses extension point. */
    static boolean contributes(String bundleId) {
        return Stream.of(RegistryFactory.getRegistry().getConfigurationElementsFor(AnalysisRegistry.EXTENSION_POINT))
                .anyMatch(e -> e.getContributor().getName().equals(bundleId));
    }

    private static IRegistryEventListener listener(String id, AtomicBoolean seen, boolean additions) {
        return new IRegistryEventListener() {
            @Override
            public void added(IExtension[] extensions) {
                if (additions && Stream.of(extensions).anyMatch(x -> x.getContributor().getName().equals(id))) {
                    seen.set(true);
                }
            }

            @Override
            public void removed(IExtension[] extensions) {
                if (!additions && Stream.of(extensions).anyMatch(x -> x.getContributor().getName().equals(id))) {
                    seen.set(true);
                }
            }

            @Override
            public void added(IExtensionPoint[] points) {
                // not of interest
            }

            @Override
            public void removed(IExtensionPoint[] points) {
                // not of interest
            }
        };
    }

    /** Compiles the bundle's src/ with the JDK's compiler against the bundles its MANIFEST requires. */
    private static void compile(Path bundleDir, Path classes) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new AssertionError("no Java compiler (javax.tools) in this runtime: " + System.getProperty(
                    "java.home"));
        }
        List<File> sources;
        try (Stream<Path> all = Files.walk(bundleDir.resolve("src"))) {
            sources = all.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        String classpath = String.join(File.pathSeparator, classpath(bundleDir).stream().map(File::getPath)
                .toList());
        StringWriter out = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromFiles(sources);
            boolean ok = javac.getTask(out, files, null, List.of("--release", "21", "-proc:none", "-encoding",
                    "UTF-8", "-d", classes.toString(), "-classpath", classpath), null, units).call();
            if (!ok) {
                throw new AssertionError("the generated analysis does not compile:\n" + out + "\nclasspath: "
                        + classpath);
            }
        }
    }

    /** The files of the bundles the MANIFEST requires and of all the bundles those are wired to. */
    private static List<File> classpath(Path bundleDir) throws Exception {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(bundleDir.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        Deque<Bundle> todo = new ArrayDeque<>();
        String required = manifest.getMainAttributes().getValue("Require-Bundle");
        for (ManifestElement e : ManifestElement.parseHeader("Require-Bundle", required)) {
            Bundle b = Platform.getBundle(e.getValue());
            if (b == null) {
                throw new AssertionError("the generated MANIFEST requires " + e.getValue() + ", not in this runtime");
            }
            todo.add(b);
        }
        Set<Bundle> seen = new LinkedHashSet<>();
        while (!todo.isEmpty()) {
            Bundle b = todo.poll();
            if (b.getBundleId() == 0 || !seen.add(b)) {
                continue;
            }
            BundleWiring wiring = b.adapt(BundleWiring.class);
            if (wiring != null) {
                for (BundleWire w : wiring.getRequiredWires(null)) {
                    todo.add(w.getProvider().getBundle());
                }
            }
        }
        List<File> files = new ArrayList<>();
        for (Bundle b : seen) {
            File f = FileLocator.getBundleFile(b);
            files.add(f);
            if (f.isDirectory()) { // a project of the build: its classes are in a folder of it
                for (String sub : new String[] { "target/classes", "bin" }) {
                    if (new File(f, sub).isDirectory()) {
                        files.add(new File(f, sub));
                    }
                }
                String bundleClassPath = b.getHeaders("").get("Bundle-ClassPath");
                if (bundleClassPath != null) {
                    for (ManifestElement e : ManifestElement.parseHeader("Bundle-ClassPath", bundleClassPath)) {
                        if (!".".equals(e.getValue()) && new File(f, e.getValue()).exists()) {
                            files.add(new File(f, e.getValue()));
                        }
                    }
                }
            }
        }
        return files;
    }

    /** The bundle jar: its MANIFEST first, plugin.xml, the compiled classes. */
    private static Path pack(Path bundleDir, Path classes, Path jar) throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(bundleDir.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("plugin.xml"));
            Files.copy(bundleDir.resolve("plugin.xml"), out);
            out.closeEntry();
            List<Path> compiled;
            try (Stream<Path> all = Files.walk(classes)) {
                compiled = all.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path c : compiled) {
                out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace(File.separatorChar, '/')));
                Files.copy(c, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /** Uninstalls the bundle and waits until its analysis has left the extension registry. */
    @Override
    public void close() throws Exception {
        AtomicBoolean removed = new AtomicBoolean();
        IRegistryEventListener listener = listener(id, removed, false);
        RegistryFactory.getRegistry().addListener(listener, AnalysisRegistry.EXTENSION_POINT);
        try {
            bundle.uninstall();
            FrameworkWiring wiring = FrameworkUtil.getBundle(GeneratedPlugin.class).getBundleContext().getBundle(0)
                    .adapt(FrameworkWiring.class);
            wiring.refreshBundles(List.of(bundle));
            Ui.waitUntil(() -> removed.get() || !contributes(id), "the analysis of " + id + " leaves the registry");
        } finally {
            RegistryFactory.getRegistry().removeListener(listener);
        }
    }
}

package org.vivarium.core.store;

import java.io.CharConversionException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UTFDataFormatException;
import java.io.UnsupportedEncodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.StudyStoreException.Reason;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage;
import org.vivarium.model.support.StudyFormatException;
import org.vivarium.model.support.StudyResource;

/** Reads and writes study files, turning every failure into a {@link StudyStoreException} that says what is wrong. */
final class StudyFormat {

    /** Namespace URIs of study models are this prefix plus "major.minor". */
    static final String NS_PREFIX = "http://vivarium.org/model/";

    private StudyFormat() {
    }

    static Resource newResource(Path file) {
        VivariumPackage.eINSTANCE.eClass(); // registers the package when running outside OSGi
        ResourceSet resourceSet = new ResourceSetImpl();
        StudyResource resource = new StudyResource(URI.createFileURI(file.toAbsolutePath().toString()));
        AuditTrail.attach(resource);
        resourceSet.getResources().add(resource);
        ModelVersions.registerOlderVersions(resourceSet, resource);
        return resource;
    }

    static Resource load(Path file, String name) throws StudyStoreException {
        checkContainer(file, name);
        Resource resource = newResource(file);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, loadOptions());
        } catch (NoSuchFileException e) {
            throw new StudyStoreException(Reason.NOT_FOUND, name, "no such study file");
        } catch (IOException | RuntimeException e) {
            throw classify(e, file, name);
        }
        if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Study)) {
            throw new StudyStoreException(Reason.CORRUPT, name, "the file does not contain a study" + backupHint(file));
        }
        if (!resource.getErrors().isEmpty()) {
            throw new StudyStoreException(Reason.CORRUPT, name, "the study file is damaged: "
                    + resource.getErrors().get(0).getMessage() + backupHint(file));
        }
        String problem = LoadedContent.problem(resource);
        if (problem != null) {
            throw new StudyStoreException(Reason.CORRUPT, name, "the study file is damaged: " + problem
                    + backupHint(file));
        }
        ModelVersions.migrate(resource);
        AuditTrail.of(resource).verify(ModelVersions.migrated(resource));
        return resource;
    }

    /**
     * A study container must have its ZIP directory: the entries are read as a stream, which would not notice that the
     * end of the file is cut off.
     */
    private static void checkContainer(Path file, String name) throws StudyStoreException {
        if (sniff(file) != Kind.CONTAINER) {
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            zip.size();
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new StudyStoreException(Reason.IO, name, "cannot read the file (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new StudyStoreException(Reason.CORRUPT, name, "the study file is damaged or truncated (its ZIP "
                    + "directory is missing or cut off: " + rootMessage(e) + ")" + backupHint(file), e);
        }
    }

    static void save(Resource resource, Path file, String name) throws StudyStoreException {
        try {
            AtomicFileWriter.write(file, (OutputStream out) -> resource.save(out, StudyResource.saveOptions()),
                    replacesBackup(file));
            AuditTrail trail = AuditTrail.of(resource);
            if (trail != null) {
                trail.saved();
            }
        } catch (IOException | RuntimeException e) {
            throw new StudyStoreException(Reason.IO, name, "could not save (" + rootMessage(e)
                    + "); the file on disk is unchanged", e);
        }
    }

    /**
     * Whether saving over the file keeps the file replaced as its {@code .bak}: always, except when that backup is a
     * file of an older model version and the file itself is not - the old version's file, kept by the first save of a
     * migrated study, stays the backup (the only copy an older Vivarium can open) until someone deletes it.
     */
    static boolean replacesBackup(Path file) {
        return !StudyFileVersion.isOlder(AtomicFileWriter.backupOf(file)) || StudyFileVersion.isOlder(file);
    }

    private static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = StudyResource.loadOptions();
        // study files never need a DOCTYPE: refusing it rules out XML external entity tricks
        options.put(XMLResource.OPTION_PARSER_FEATURES,
                Map.of("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE));
        return options;
    }

    private static StudyStoreException classify(Throwable e, Path file, String name) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PackageNotFoundException p) {
                return unknownModel(p.uri(), file, name);
            }
            if (t instanceof StudyFormatException f) {
                return new StudyStoreException(Reason.CORRUPT, name, f.getMessage() + backupHint(file), e);
            }
            if (t instanceof ZipException || t instanceof EOFException) {
                return new StudyStoreException(Reason.CORRUPT, name, "the study file is damaged or truncated ("
                        + t.getMessage() + ")" + backupHint(file), e);
            }
            if (t instanceof StudyStoreException s) {
                return s;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (e instanceof IOException && !(e instanceof Resource.IOWrappedException) && !isContentDamage(e)
                && e.getClass().getName().startsWith("java.")) {
            return new StudyStoreException(Reason.IO, name, "cannot read the file (" + e.getMessage() + ")", e);
        }
        String detail = rootMessage(e) + position(e);
        return switch (sniff(file)) {
            case EMPTY -> new StudyStoreException(Reason.CORRUPT, name, "the file is empty" + backupHint(file), e);
            case CONTAINER -> new StudyStoreException(Reason.CORRUPT, name, "the study file is damaged (" + detail + ")"
                    + backupHint(file), e);
            case XML -> new StudyStoreException(Reason.CORRUPT, name, "not a readable study (" + detail + ")"
                    + backupHint(file), e);
            case OTHER -> new StudyStoreException(Reason.CORRUPT, name, "not a Vivarium study file (neither a study "
                    + "container nor XMI)" + backupHint(file), e);
        };
    }

    /** Failures of the bytes read, not of reading them: a damaged encoding name, characters or strings. */
    private static boolean isContentDamage(Throwable e) {
        return e instanceof UnsupportedEncodingException || e instanceof CharConversionException
                || e instanceof UTFDataFormatException;
    }

    private enum Kind {
        EMPTY, CONTAINER, XML, OTHER
    }

    private static Kind sniff(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(64);
            if (head.length == 0) {
                return Kind.EMPTY;
            }
            if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                return Kind.CONTAINER;
            }
            String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            return text.startsWith("<") || text.startsWith("\uFEFF<") || text.startsWith("\u00EF\u00BB\u00BF<")
                    ? Kind.XML : Kind.OTHER;
        } catch (IOException e) {
            return Kind.OTHER;
        }
    }

    private static String position(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof org.xml.sax.SAXParseException p && p.getLineNumber() > 0) {
                return ", line " + p.getLineNumber() + (p.getColumnNumber() > 0 ? " column " + p.getColumnNumber() : "");
            }
        }
        return "";
    }

    private static StudyStoreException unknownModel(String uri, Path file, String name) {
        if (uri != null && uri.startsWith(NS_PREFIX)) {
            String version = uri.substring(NS_PREFIX.length());
            String current = VivariumPackage.eNS_URI.substring(NS_PREFIX.length());
            if (compareVersions(version, current) > 0) {
                return new StudyStoreException(Reason.NEWER_VERSION, name, "the study was written by a newer Vivarium"
                        + " (study model " + version + "; this Vivarium writes study model " + current + " and reads "
                        + String.join(", ", ModelVersions.readable()) + "): update Vivarium to open it");
            }
            return new StudyStoreException(Reason.CORRUPT, name, "study model " + version
                    + " is not supported by this version of Vivarium (it reads "
                    + String.join(", ", ModelVersions.readable()) + ")");
        }
        return new StudyStoreException(Reason.CORRUPT, name, "not a Vivarium study (its content is of type "
                + uri + ")" + backupHint(file));
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int xi = i < x.length ? parse(x[i]) : 0;
            int yi = i < y.length ? parse(y[i]) : 0;
            if (xi != yi) {
                return Integer.compare(xi, yi);
            }
        }
        return 0;
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // an unparsable version is certainly not one we know
        }
    }

    private static String backupHint(Path file) {
        Path backup = AtomicFileWriter.backupOf(file);
        return Files.isRegularFile(backup) ? "; the previous version is kept in " + backup.getFileName() : "";
    }

    /** A study as the creation entry names it: its id, or its title. */
    static String title(Study study) {
        String id = study.getId();
        return id != null && !id.isBlank() ? id : study.getTitle() == null ? "(untitled)" : "\"" + study.getTitle()
                + "\"";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }
}

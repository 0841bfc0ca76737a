package org.vivarium.model.support;

import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.vivarium.model.Measurement;
import org.xml.sax.helpers.DefaultHandler;
import org.vivarium.model.VivariumPackage;

/**
 * A study file ({@code .vivarium}).
 * <p>
 * The file is a ZIP container with up to four entries, written in this order:
 * <ol>
 * <li>{@value #TRAIL_ENTRY} (model 1.2 on): the audit trail's entries, read and written by the {@link TrailPart} set
 * on the resource (first, so that they can be checked while the study is read);</li>
 * <li>{@value #XMI_ENTRY}: the whole study as XMI - every object with a stable UUID {@code xmi:id}, the metamodel
 * version in the namespace URI - except the measurement values;</li>
 * <li>{@value #MEASUREMENTS_ENTRY}: the measurements of every session as a compact table that refers to animals,
 * cages and measures by their {@code xmi:id} (see {@link MeasurementTable});</li>
 * <li>{@value #SEAL_ENTRY} (model 1.2 on): the trail's seal, which names the SHA-256 digest of the study entries'
 * bytes. Without a trail part the trail's entries are skipped on load and not written.</li>
 * </ol>
 * A study holds up to millions of measurements; as XMI elements they would dominate load and save times and the file
 * size, as a table they cost a few bytes each. ZIP entries carry CRC-32 checksums, so truncated or damaged files are
 * detected instead of being half-read. {@code unzip -p study.vivarium study.xmi} shows the readable part.
 * <p>
 * Plain XMI files (e.g. written by generic EMF tools, with measurements inline) are read too and are written back in
 * the container format.
 * <p>
 * Measurements get no {@code xmi:id}: each is identified by its natural key (session, animal or cage, measure), which
 * the validator keeps unique.
 */
public class StudyResource extends XMIResourceImpl {

    /** File extension of study files. */
    public static final String FILE_EXTENSION = "vivarium";
    /** ZIP entry holding the study as XMI (without measurements). */
    public static final String XMI_ENTRY = "study.xmi";
    /** ZIP entry holding the measurement table. */
    public static final String MEASUREMENTS_ENTRY = "measurements.bin";
    /** ZIP entry holding the audit trail's entries. */
    public static final String TRAIL_ENTRY = "audit.trail";
    /** ZIP entry holding the audit trail's seal. */
    public static final String SEAL_ENTRY = "audit.seal";

    private static final XMLParserPoolImpl PARSER_POOL = new XMLParserPoolImpl(true);

    private TrailPart trail;

    public StudyResource(URI uri) {
        super(uri);
    }

    /** The part that reads and writes the audit trail entry (null: the entry is skipped on load, not written). */
    public void setTrailPart(TrailPart trail) {
        this.trail = trail;
    }

    public TrailPart getTrailPart() {
        return trail;
    }

    /** The stable id of an object of this resource, also of one just removed from it (null for measurements). */
    public String idOf(EObject eObject) {
        String id = getID(eObject);
        return id != null ? id : DETACHED_EOBJECT_TO_ID_MAP.get(eObject);
    }

    @Override
    protected boolean useUUIDs() {
        return true;
    }

    @Override
    protected boolean useIDAttributes() {
        return false;
    }

    @Override
    protected void attachedHelper(EObject eObject) {
        if (!(eObject instanceof Measurement)) {
            super.attachedHelper(eObject);
        }
    }

    @Override
    protected void detachedHelper(EObject eObject) {
        if (!(eObject instanceof Measurement)) {
            super.detachedHelper(eObject);
        }
    }

    @Override
    protected XMLSave createXMLSave() {
        return new XMISaveImpl(createXMLHelper()) {
            @Override
            protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
                return f != VivariumPackage.Literals.ASSAY_SESSION__MEASUREMENTS && super.shouldSaveFeature(o, f);
            }
        };
    }

    @Override
    public void doSave(OutputStream outputStream, Map<?, ?> options) throws IOException {
        if (trail != null) {
            trail.prepareEntries();
        }
        // the table is encoded before the file is written, while the trail's new entries are compressed beside it
        MeasurementTable.Encoded table = MeasurementTable.encode(this);
        ZipOutputStream zip = new ZipOutputStream(outputStream);
        if (trail != null) {
            zip.setLevel(Deflater.NO_COMPRESSION); // the trail compresses its own blocks, which saving copies as they are
            zip.putNextEntry(new ZipEntry(TRAIL_ENTRY));
            trail.writeEntries(new NonClosingOutputStream(zip));
            zip.closeEntry();
        }
        zip.setLevel(Deflater.BEST_SPEED);
        MessageDigest digest = StudyDigest.create();
        zip.putNextEntry(new ZipEntry(XMI_ENTRY));
        super.doSave(new NonClosingOutputStream(new DigestOutputStream(zip, digest)), options);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(MEASUREMENTS_ENTRY));
        table.writeTo(new NonClosingOutputStream(new DigestOutputStream(zip, digest)));
        zip.closeEntry();
        if (trail != null) {
            zip.putNextEntry(new ZipEntry(SEAL_ENTRY));
            trail.writeSeal(new NonClosingOutputStream(zip), digest.digest());
            zip.closeEntry();
        }
        zip.finish();
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        InputStream in = inputStream.markSupported() ? inputStream : new BufferedInputStream(inputStream, 1 << 16);
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        MessageDigest digest = StudyDigest.create();
        if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
            DigestInputStream plain = new DigestInputStream(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the parser closes what it reads; the rest is still to be digested
                }
            }, digest);
            super.doLoad(plain, options); // plain XMI
            StudyDigest.drain(plain);
            if (trail != null) {
                trail.readSeal(null, digest.digest());
            }
            return;
        }
        InflationGuard guard = InflationGuard.of(in);
        ZipInputStream zip = new ZipInputStream(guard.compressed());
        ZipEntry first = zip.getNextEntry();
        if (first != null && TRAIL_ENTRY.equals(first.getName())) {
            InputStream entries = guard.entry(zip);
            if (trail != null) {
                trail.readEntries(entries);
            }
            StudyDigest.drain(entries);
            zip.closeEntry();
            first = zip.getNextEntry();
        }
        if (first == null || !XMI_ENTRY.equals(first.getName())) {
            throw new StudyFormatException("not a study file: its first entry is "
                    + (first == null ? "missing" : "'" + first.getName() + "'") + ", expected '" + XMI_ENTRY + "'");
        }
        DigestInputStream xmi = new DigestInputStream(guard.entry(zip), digest);
        super.doLoad(xmi, options);
        StudyDigest.drain(xmi);
        zip.closeEntry();
        ZipEntry second = zip.getNextEntry();
        if (second == null || !MEASUREMENTS_ENTRY.equals(second.getName())) {
            throw new StudyFormatException("the study file is incomplete: entry '" + MEASUREMENTS_ENTRY + "' is missing");
        }
        DigestInputStream table = new DigestInputStream(guard.entry(zip), digest);
        MeasurementTable.read(this, table);
        StudyDigest.drain(table);
        zip.closeEntry();
        ZipEntry third = zip.getNextEntry();
        InputStream seal = null;
        if (third != null) {
            if (!SEAL_ENTRY.equals(third.getName())) {
                throw new StudyFormatException("not a study file: it has an entry '" + third.getName()
                        + "' after the measurements");
            }
            seal = guard.entry(zip);
        }
        if (trail != null) {
            trail.readSeal(seal, digest.digest());
        }
        if (seal != null) {
            StudyDigest.drain(seal);
            zip.closeEntry();
            ZipEntry fourth = zip.getNextEntry();
            if (fourth != null) {
                throw new StudyFormatException("not a study file: it has an entry '" + fourth.getName()
                        + "' after the audit trail's seal");
            }
        }
    }

    /** Loading stops at the first error (an unknown element, a bad value): a damaged file is refused in moments. */
    @Override
    protected XMLLoad createXMLLoad() {
        return new XMILoadImpl(createXMLHelper()) {
            @Override
            protected DefaultHandler makeDefaultHandler() {
                return new SAXXMIHandler(resource, helper, options) {
                    @Override
                    public void error(XMIException e) {
                        throw new FirstError(e);
                    }
                };
            }
        };
    }

    /** The first error while a study file is read, thrown to stop the parser; its cause says what is wrong. */
    static final class FirstError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FirstError(XMIException e) {
            super(e.getMessage(), e);
        }
    }

    /** Load options tuned for large files (parser pool, name-to-feature cache, deferred reference resolution). */
    public static Map<Object, Object> loadOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        return options;
    }

    /** Save options tuned for large files (cached lookup tables, buffered writing). */
    public static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(120));
        return options;
    }

    private static final class NonClosingOutputStream extends FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

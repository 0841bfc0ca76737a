package org.vivarium.io.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.eclipse.core.runtime.OperationCanceledException;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Parses the XML parts of a workbook with POI's hardened SAX parser: document type declarations are refused, so
 * external entities (XXE) and entity expansion ("billion laughs") cannot happen.
 */
final class Xml {

    private Xml() {
    }

    /** Thrown by handlers to stop parsing early (no stack trace). */
    static final class Stop extends SAXException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** Carries a {@link ReadFailure} out of a SAX handler. */
    static final class Failure extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient ReadFailure failure;

        Failure(ReadFailure failure) {
            super(failure.getMessage());
            this.failure = failure;
        }
    }

    static void parse(InputStream in, ContentHandler handler, String part) throws ReadFailure {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (OperationCanceledException cancel) {
            throw cancel;
        } catch (Stop stop) {
            // the handler has what it needs
        } catch (Failure f) {
            throw f.failure;
        } catch (SAXException e) {
            throw translate(e, part);
        } catch (IOException | RuntimeException e) {
            throw OoxmlFailures.translate(e, part);
        } catch (ParserConfigurationException e) {
            throw new ReadFailure("no XML parser is available (" + e.getMessage() + ")", e);
        }
    }

    private static ReadFailure translate(SAXException e, String part) {
        if (e.getException() instanceof IOException io) {
            return OoxmlFailures.translate(io, part);
        }
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("doctype") || m.contains("entity")) {
            return OoxmlFailures.doctype(part, e);
        }
        String where = e instanceof SAXParseException p ? " at line " + p.getLineNumber() : "";
        return new ReadFailure("the workbook is damaged: " + part + " is not well-formed XML" + where + " ("
                + FileSniffer.describe(e) + ")", e);
    }
}

package org.vivarium.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;

/**
 * Lab studies named where a command takes a study: {@code lab:ID}, on the server given by {@code --lab URL} (anywhere
 * after the command) or by the environment variable {@value #ENV}. Commands that read a study read it as the
 * server has it now; commands that change a study store their change on the server as they make it.
 */
final class LabTarget {

    static final String PREFIX = "lab:";
    static final String ENV = "VIVARIUM_LAB";
    private static final String OPTION = "--lab";
    /** The --lab of the command line being run. */
    private static final ThreadLocal<String> URL = new ThreadLocal<>();
    /** The connection of the command line being run: one, whatever the command reads (one password asked). */
    private static final ThreadLocal<LabDatabase> DB = new ThreadLocal<>();
    /** How the command line being run asks for passwords (one reader of stdin for all of them). */
    private static final ThreadLocal<LabAccess> ACCESS = new ThreadLocal<>();

    private LabTarget() {
    }

    /** Takes {@code --lab URL} out of a command line (after the command's name) and keeps it for this run. */
    static String[] take(String[] args) throws UsageException {
        URL.remove();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (i > 0 && OPTION.equals(args[i])) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new UsageException("--lab needs the lab server's URL, e.g. --lab postgresql://me@host/lab");
                }
                URL.set(args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        return rest.toArray(String[]::new);
    }

    /** Whether a study argument names a lab study. */
    static boolean names(Path study) {
        return study.toString().startsWith(PREFIX);
    }

    /** Reads the lab study as it is stored on the server. */
    static ReadStudy read(Path study) throws UsageException, RejectedException, StudyStoreException {
        long id = id(study);
        try {
            return db(study).studies().read(id);
        } catch (LabException e) {
            throw new RejectedException(List.of(), study + ": " + e.getMessage());
        }
    }

    /** What differs between the server's audit rows of the lab study and its trail (null when they agree). */
    static String rowsDiffer(Path study, ReadStudy read) throws UsageException, RejectedException {
        try {
            return db(study).studies().rowsDiffer(id(study), AuditTrail.of(read.resource()));
        } catch (LabException e) {
            throw new RejectedException(List.of(), study + ": " + e.getMessage());
        }
    }

    /** The command line's connection to the server of the lab study (made when first needed). */
    static LabDatabase db(Path study) throws UsageException, RejectedException {
        if (DB.get() == null) {
            DB.set(access().connect(url(study)));
        }
        return DB.get();
    }

    /** How this command line asks for passwords (console, else lines of stdin, in order). */
    static LabAccess access() {
        if (ACCESS.get() == null) {
            ACCESS.set(new LabAccess());
        }
        return ACCESS.get();
    }

    /** Ends the command line's use of the lab: closes its connection. */
    static void close() {
        LabDatabase db = DB.get();
        DB.remove();
        URL.remove();
        ACCESS.remove();
        if (db != null) {
            db.close();
        }
    }

    /**
     * Opens the lab study for changing it: the command's change is stored on the server when it is made, in one
     * transaction with its audit entry, or refused (then nothing is stored) when someone changed the same values
     * meanwhile or the user's role does not allow it.
     */
    static OpenStudy open(Path study) throws UsageException, RejectedException, StudyStoreException {
        long id = id(study);
        try {
            return db(study).studies().open(id);
        } catch (LabException e) {
            throw new RejectedException(List.of(), study + ": " + e.getMessage());
        }
    }

    static long id(Path study) throws UsageException {
        String text = study.toString().substring(PREFIX.length());
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("'" + study + "' is not a lab study: lab studies are named lab:ID, ID a number "
                + "(see vivarium lab list URL)");
    }

    /** The URL of the lab study's server: --lab, else {@value #ENV}. */
    static String url(Path study) throws UsageException {
        String url = URL.get() != null ? URL.get() : System.getenv(ENV);
        if (url == null || url.isBlank()) {
            throw new UsageException(study + " is on a lab server: give its URL with --lab URL or " + ENV);
        }
        return url;
    }
}

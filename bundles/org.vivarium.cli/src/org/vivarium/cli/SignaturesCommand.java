package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;

import org.vivarium.core.audit.Signature;
import org.vivarium.lab.LabException;

/**
 * {@code signatures lab:ID}: the electronic signatures of a lab study, one line each, tab-separated: what was signed,
 * meaning and signer, when, the audit entry and the record signed, its state (valid, or invalidated by which change).
 */
final class SignaturesCommand implements Command {

    @Override
    public String name() {
        return "signatures";
    }

    @Override
    public String usage() {
        return "signatures lab:ID";
    }

    @Override
    public String summary() {
        return "the signatures of a lab study, one per line, each valid or invalidated (by which change)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the lab study lab:ID");
        args.checkNoneLeft(1);
        if (!LabTarget.names(study)) {
            throw new RejectedException(List.of(), study + ": a study file has no electronic signatures (they are "
                    + "made on a lab server: vivarium lab push, then vivarium sign lab:ID)");
        }
        long id = LabTarget.id(study);
        List<Signature> signatures;
        try {
            signatures = LabTarget.db(study).signatures().list(id);
        } catch (LabException e) {
            throw new RejectedException(List.of(), study + ": " + e.getMessage());
        }
        for (Signature s : signatures) {
            console.out().println(line(s));
        }
        if (signatures.isEmpty()) {
            console.err().println(study + " has no signatures");
        }
        return Cli.OK;
    }

    /** "session FST 1 h	reviewed by Dr Jane Roe (jroe)	2026-12-06 10:31:02 UTC	entry 9, record 8 1a2b...	valid" */
    static String line(Signature s) {
        return s.subject() + "\t" + s.meaning().word() + " by " + s.printedName() + " (" + s.signedBy() + ")\t"
                + Signature.time(s.signedAt()) + "\tentry " + s.entrySeq() + ", record " + s.signedSeq() + " "
                + s.signedHash().substring(0, 12) + "\t" + s.state();
    }
}

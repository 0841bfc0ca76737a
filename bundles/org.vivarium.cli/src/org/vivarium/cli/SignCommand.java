package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.Signature.Meaning;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabSignatures;
import org.vivarium.lab.LabUrl;

/**
 * {@code sign lab:ID (--session NAME | --study) --meaning performed|reviewed|approved --name "Printed Name"}: an
 * electronic signature of a completed session or of the whole study (approval, which locks it). The password is
 * always typed for the signature (console, else one line of stdin), never taken from PGPASSWORD or ~/.pgpass.
 */
final class SignCommand implements Command {

    @Override
    public String name() {
        return "sign";
    }

    @Override
    public String usage() {
        return "sign lab:ID (--session NAME | --study) --meaning performed|reviewed|approved --name \"Printed Name\"";
    }

    @Override
    public String summary() {
        return "sign a completed session (performed, reviewed) or approve the study (locks it); asks the password";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the lab study lab:ID");
        String session = args.option("session", null);
        boolean whole = args.flag("study");
        String meaningWord = args.requiredOption("meaning");
        String printed = args.requiredOption("name");
        args.checkNoneLeft(1);
        if (!LabTarget.names(study)) {
            throw new UsageException("only lab studies are signed (lab:ID, on the server given by --lab URL): push "
                    + study + " with 'vivarium lab push URL " + study + "' first");
        }
        if ((session == null) == !whole) {
            throw new UsageException("give --session NAME (a session) or --study (the whole study), one of them");
        }
        Meaning meaning = Meaning.of(meaningWord);
        if (meaning == null) {
            throw new UsageException("--meaning must be performed, reviewed or approved, not '" + meaningWord + "'");
        }
        if (whole != (meaning == Meaning.APPROVED)) {
            throw new UsageException(whole ? "the study is signed as approved (--meaning approved)"
                    : "a session is signed as performed or reviewed; approval signs the whole study (--study)");
        }
        long id = LabTarget.id(study);
        try {
            LabUrl url = LabUrl.parse(LabTarget.url(study));
            Optional<String> password = LabTarget.access().ask("Password of " + url.user() + " to sign " + study
                    + " as " + meaning.word() + ": ");
            if (password.isEmpty()) {
                throw new LabException("signature refused: no password typed for the signature");
            }
            Signature s = LabSignatures.sign(url, password.get(), id, session, meaning, printed);
            console.out().println("signed " + s.subject() + " of " + study + ": " + meaning.word() + " by "
                    + s.printedName() + " (" + s.signedBy() + ") at " + Signature.time(s.signedAt()) + ", audit entry "
                    + s.entrySeq() + "; record signed: entry " + s.signedSeq() + ", hash " + s.signedHash());
            if (meaning == Meaning.APPROVED) {
                console.out().println(study + " is locked: the server refuses any further change");
            }
            return Cli.OK;
        } catch (LabException e) {
            throw new RejectedException(List.of(), study + ": " + e.getMessage());
        }
    }
}

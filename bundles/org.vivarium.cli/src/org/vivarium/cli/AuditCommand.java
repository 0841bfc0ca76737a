package org.vivarium.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.Study;

/**
 * {@code audit STUDY [--object ID] [--since DATE] [--user U] [--format text|json|csv]}: the study's audit trail - who
 * changed what, when and why; {@code audit STUDY --verify}: checks the chain and the seal (exit 0 "N entries, chain
 * intact", else exit 2 naming the first broken entry); {@code audit STUDY --acknowledge --reason R}: records that a
 * broken trail was seen, so that the study can be changed again.
 */
final class AuditCommand implements Command {

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String usage() {
        return "audit STUDY [--object ID] [--since DATE] [--user U] [--format text|json|csv] | --verify | "
                + "--acknowledge --reason R";
    }

    @Override
    public String summary() {
        return "the audit trail: who changed what, when and why; --verify checks that nothing was altered";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        boolean verify = args.flag("verify");
        boolean acknowledge = args.flag("acknowledge");
        String reason = args.option("reason", null);
        String object = args.option("object", null);
        String sinceText = args.option("since", null);
        String user = args.option("user", null);
        String format = args.format("text", "json", "csv");
        args.checkNoneLeft(1);
        boolean filtered = object != null || sinceText != null || user != null || args.has("format");
        if (verify && acknowledge) {
            throw new UsageException("give --verify or --acknowledge, not both");
        }
        if ((verify || acknowledge) && filtered) {
            throw new UsageException("--" + (verify ? "verify" : "acknowledge") + " takes no --object, --since, "
                    + "--user or --format");
        }
        if (reason != null && !acknowledge) {
            throw new UsageException("--reason goes with --acknowledge (listing the trail changes nothing)");
        }
        if (verify) {
            return verify(file, console);
        }
        if (acknowledge) {
            return acknowledge(file, reason, console);
        }
        Instant since;
        try {
            since = sinceText == null ? null : AuditFilter.since(sinceText);
        } catch (UsageException e) {
            console.err().println("vivarium audit: " + e.getMessage());
            return Cli.USAGE;
        }
        ReadStudy read = StudyFiles.read(file);
        AuditTrail trail = AuditTrail.of(read.resource());
        AuditFilter filter = AuditFilter.of(file, read.resource(), trail, object, since, user);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditEntry e : trail.find(filter::matches, Integer.MAX_VALUE)) {
            entries.add(filter.shown(e));
        }
        switch (format) {
            case "json" -> AuditJson.print(file, read.study(), entries, trail.check(), console.out());
            case "csv" -> AuditCsv.print(entries, console.out());
            default -> text(file, trail, entries, filter, console);
        }
        return Cli.OK;
    }

    private static void text(Path file, AuditTrail trail, List<AuditEntry> entries, AuditFilter filter,
            Console console) {
        AuditText.print(entries, console.out());
        if (!entries.isEmpty()) {
            console.out().println();
        }
        TrailCheck check = trail.check();
        String shown = entries.size() == check.entries() ? "" : entries.size() + " of ";
        console.out().println(file + ": " + shown + (check.intact() ? check.summary() : check.entries()
                + " entries; the audit trail is broken: " + check.problems().get(0)
                + " (vivarium audit " + file + " --verify lists every problem)"));
    }

    /** Checks the trail: exit 0 when intact, else every problem (first broken entry first) and exit 2. */
    private static int verify(Path file, Console console) throws Exception {
        ReadStudy read = StudyFiles.read(file);
        TrailCheck check = AuditTrail.of(read.resource()).check();
        String rows = check.intact() && LabTarget.names(file) ? LabTarget.rowsDiffer(file, read) : null;
        if (rows != null) {
            throw new RejectedException(List.of(file + ": " + rows), file + ": the lab server's record of the audit "
                    + "trail does not match the study's (" + check.summary() + " in the study)");
        }
        if (check.intact()) {
            console.out().println(check.summary());
            return Cli.OK;
        }
        List<String> lines = check.problems().stream().map(p -> file + ": " + p).toList();
        TrailCheck.Problem first = check.problems().get(0);
        String summary = file + ": the audit trail is broken (" + check.entries() + " entries checked, "
                + count(check.problems().size(), "problem") + ")";
        if (check.usable()) {
            summary += "; acknowledged in " + first.acknowledgedBy() + ", so the study can be changed";
        } else {
            summary += "; the study cannot be changed until someone acknowledges it: vivarium audit " + file
                    + " --acknowledge --reason R";
        }
        throw new RejectedException(lines, summary);
    }

    /** Records the acknowledgement of a broken trail (with its reason) and saves. */
    private static int acknowledge(Path file, String reason, Console console) throws Exception {
        if (reason == null || reason.isBlank()) {
            throw StudyEdits.rejected(file, "a reason is required: acknowledging a broken audit trail records who "
                    + "saw it and why the study may be changed again; give --reason R");
        }
        try (OpenStudy open = StudyFiles.open(file)) {
            AuditTrail trail = AuditTrail.of(open.resource());
            TrailCheck check = trail.check();
            if (check.usable()) {
                throw StudyEdits.rejected(file, check.intact() ? "nothing to acknowledge: " + check.summary()
                        : "nothing to acknowledge: every problem of the audit trail was acknowledged already ("
                                + check.problems().get(0) + ")");
            }
            int unseen = check.unacknowledged().size();
            long seq = trail.acknowledge(reason.strip());
            open.save();
            console.out().println("acknowledged " + count(unseen, "problem") + " of the audit trail of " + file
                    + " in entry " + seq + " (reason: " + reason.strip() + "); the study can be changed again");
        }
        return Cli.OK;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}

package org.vivarium.publish;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.model.Study;
import org.vivarium.publish.document.BulletList;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;

/**
 * What a publication says about the study's audit trail, so that a reader can tie it to the exact record it was made
 * from: the number of entries, whether the chain is intact (or its first problem), the last entry and the last hash -
 * "Audit trail: 148 entries, chain intact; last entry #148 at 2026-12-06 10:31 UTC by alice@pc; last hash 1a2b...".
 */
public final class TrailRecord {

    /** The heading of the section that ends the reports. */
    public static final String HEADING = "Record";
    /** The length of a short hash, as footers and notes give it. */
    public static final int SHORT_HASH = 12;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private TrailRecord() {
    }

    /** The trail of a study: of its resource, or null when it has none (e.g. a study not read from a store). */
    public static AuditTrail trailOf(Study study) {
        return study == null ? null : AuditTrail.of(study.eResource());
    }

    /** The statement about the study's trail (one line). */
    public static String line(Study study) {
        AuditTrail trail = trailOf(study);
        if (trail == null) {
            return "Audit trail: not available (study not from a store)";
        }
        long size = trail.size();
        TrailCheck check = trail.check();
        StringBuilder b = new StringBuilder("Audit trail: ").append(String.format("%,d", size)).append(size == 1
                ? " entry" : " entries").append(", ").append(state(check));
        if (size > 0) {
            AuditEntry last = last(trail);
            if (last != null) {
                b.append("; last entry #").append(last.seq()).append(" at ").append(TIME.format(last.time()))
                        .append(" by ").append(last.userShown());
            }
        } else if (check.intact()) {
            b.append(" (no entries yet)");
        }
        b.append("; last hash ").append(trail.lastHash());
        if (trail.hasUnsaved()) {
            b.append(" (includes changes not saved yet)");
        }
        return b.toString();
    }

    /** The first 12 hexadecimal digits of the study's last hash, or null when it has no trail. */
    public static String shortHash(Study study) {
        AuditTrail trail = trailOf(study);
        return trail == null ? null : trail.lastHash().substring(0, SHORT_HASH);
    }

    /**
     * A short note for exports and printed sheets: "Audit trail: 148 entries, last hash 1a2b3c4d5e6f" (with "chain
     * broken" when it is), or null when the study has no trail.
     */
    public static String note(Study study) {
        AuditTrail trail = trailOf(study);
        if (trail == null) {
            return null;
        }
        long size = trail.size();
        return "Audit trail: " + String.format("%,d", size) + (size == 1 ? " entry" : " entries") + (trail.check()
                .intact() ? "" : ", chain broken") + ", last hash " + shortHash(study);
    }

    /**
     * Ends a report with its "Record" section: the trail statement and, for a study from a store that keeps electronic
     * signatures (a lab server), its signatures, each with its state.
     */
    public static void section(Study study, String heading, Document.Builder d) {
        d.heading(1, heading);
        d.paragraph(line(study));
        List<Signature> signatures = study == null ? null : StudySignatures.of(study.eResource());
        if (signatures == null) {
            return;
        }
        if (signatures.isEmpty()) {
            d.paragraph("Electronic signatures: none.");
            return;
        }
        d.paragraph("Electronic signatures (" + signatures.size() + "; each linked to the record it signed by the "
                + "trail's entry and hash at signing):");
        d.add(new BulletList(signatures.stream().map(s -> Paragraph.of(s.describe())).toList()));
    }

    /**
     * One note per electronic signature, for exports: "Electronic signature: session FST 1 h: reviewed by ...; valid.",
     * none when the study has none (or its store keeps none).
     */
    public static List<String> signatureNotes(Study study) {
        List<Signature> signatures = study == null ? null : StudySignatures.of(study.eResource());
        return signatures == null ? List.of() : signatures.stream().map(s -> "Electronic signature: " + s.describe()
                + ".").toList();
    }

    private static String state(TrailCheck check) {
        if (check.intact()) {
            return "chain intact";
        }
        List<TrailCheck.Problem> open = check.unacknowledged();
        TrailCheck.Problem first = open.isEmpty() ? check.problems().get(0) : open.get(0);
        int more = (open.isEmpty() ? check.problems().size() : open.size()) - 1;
        return (open.isEmpty() ? "chain broken, acknowledged: " : "CHAIN BROKEN: ") + first + (more > 0 ? " (and "
                + more + " more problem" + (more == 1 ? "" : "s") + ")" : "");
    }

    private static AuditEntry last(AuditTrail trail) {
        List<AuditEntry> last = trail.find(e -> true, 1);
        return last.isEmpty() ? null : last.get(0);
    }
}

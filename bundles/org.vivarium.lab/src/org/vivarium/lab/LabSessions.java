package org.vivarium.lab;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.support.StudyResource;

/** Sessions of a lab study for signing: found by name (or id), and the digest of their values. */
final class LabSessions {

    private static final int LISTED = 12;

    private LabSessions() {
    }

    /** The session of that name (e.g. "FST 1 h") or stable id; else a message naming the sessions there are. */
    static AssaySession find(Study study, StudyResource resource, String name, String where) throws LabException {
        List<AssaySession> named = new ArrayList<>();
        for (AssaySession s : Studies.sessions(study)) {
            if (name.equals(s.getName()) || name.equals(resource.idOf(s))) {
                named.add(s);
            }
        }
        if (named.size() == 1) {
            return named.get(0);
        }
        if (named.size() > 1) {
            throw new LabException("signature refused: " + named.size() + " sessions of " + where + " are named '"
                    + name + "': name it by its id (" + String.join(", ", named.stream().map(resource::idOf)
                            .toList()) + ")");
        }
        List<String> names = Studies.sessions(study).stream().map(AssaySession::getName).toList();
        throw new LabException("signature refused: " + where + " has no session named '" + name + "' ("
                + (names.isEmpty() ? "it has no sessions" : "its sessions: " + String.join(", ", names.subList(0,
                        Math.min(LISTED, names.size()))) + (names.size() > LISTED ? ", ..." : "")) + ")");
    }

    /**
     * The SHA-256 of a session's values (hexadecimal): one line per measurement - animal or cage id, measure id, value,
     * censored, excluded, exclusion reason, source - in the order of their ids, so the same values give the same
     * digest whatever their order in the study.
     */
    static String digest(StudyResource resource, AssaySession session) {
        Map<String, String> lines = new TreeMap<>();
        for (Measurement m : session.getMeasurements()) {
            LabKey key = LabKey.of(resource, session, m);
            String where = key == null ? Labels.of(m) : key.inSession();
            lines.put(where, where + '\t' + m.getValue() + '\t' + m.isCensored() + '\t' + m.isExcluded() + '\t'
                    + text(m.getExclusionReason()) + '\t' + text(m.getSource()) + '\n');
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines.values()) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }
}

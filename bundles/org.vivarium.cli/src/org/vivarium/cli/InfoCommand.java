package org.vivarium.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.core.audit.TrailCheck;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Study;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code info STUDY [--format text|json]}: what a study contains. */
final class InfoCommand implements Command {

    @Override
    public String name() {
        return "info";
    }

    @Override
    public String usage() {
        return "info STUDY [--format text|json]";
    }

    @Override
    public String summary() {
        return "summary: arms, cohorts, animals, sessions, measurements";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path file = args.path(0, "the study file");
        String format = args.format("text", "json");
        args.checkNoneLeft(1);
        ReadStudy read = StudyFiles.read(file);
        Study study = read.study();
        StudySummary s = StudySummary.of(study);
        if (format.equals("json")) {
            json(file, read, s, console.out());
        } else {
            text(file, read, s, console.out());
        }
        return Cli.OK;
    }

    private static void text(Path file, ReadStudy read, StudySummary s, PrintStream out) {
        Study study = read.study();
        out.printf("%s  (%s, study model %s)%n", nz(study.getTitle()), file, version(file, read));
        out.printf("  id %s, PI %s, protocol %s, status %s%n", nz(study.getId()), nz(study.getPrincipalInvestigator()),
                nz(study.getProtocolNumber()), study.getStatus());
        out.printf("  species %s, experimental unit %s, time design %s%n", nz(study.getSpecies()),
                study.getExperimentalUnit(), study.getTimeDesign());
        out.printf("arms          %d   %s%n", s.arms(), s.armsCoded() ? "(coded: " + counts(s.animalsByArm()) + ")"
                : counts(s.animalsByArm()));
        out.printf("compounds     %d%n", s.compounds());
        out.printf("cohorts       %d   %s%n", s.cohorts(), counts(s.animalsByCohort()));
        out.printf("cages         %d%n", s.cages());
        out.printf("animals       %d   (%d active; %s)%n", s.animals(), s.activeAnimals(),
                counts(s.animalsByStatus().entrySet().stream().filter(e -> e.getValue() > 0 && !e.getKey().equals(
                        "ACTIVE")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
        out.printf("body weights  %d%n", s.bodyWeights());
        out.printf("dosing events %d   (%d given)%n", s.dosingEvents(), s.dosesGiven());
        out.printf("doses planned %d   (%d missed, %d given out of window)%n", s.dosesDue(), s.dosesMissed(),
                s.dosesOutOfWindow());
        out.printf("assays        %d%n", s.assays());
        out.printf("sessions      %d   (%d done, %d to do)%n", s.sessions(), s.sessionsDone(),
                s.sessions() - s.sessionsDone());
        out.printf("measurements  %d   (%d excluded; %s)%n", s.measurements(), s.excludedMeasurements(),
                counts(s.measurementsByAssay()));
        out.println(trail(file, read));
        List<Signature> signatures = StudySignatures.of(read.resource());
        if (signatures != null) {
            long valid = signatures.stream().filter(Signature::valid).count();
            out.printf("signatures    %s%n", signatures.isEmpty() ? "none" : signatures.size() + "   (" + valid
                    + " valid, " + (signatures.size() - valid) + " invalidated)");
            for (Signature sig : signatures) {
                out.println("  " + sig.describe());
            }
        }
    }

    /**
     * "1.3", or for a file of an older model "1.3, migrated from 1.0; the next save writes 1.3 and keeps the 1.0 file
     * as demo.vivarium.bak".
     */
    private static String version(Path file, ReadStudy read) {
        String from = ModelVersions.migratedFrom(read.resource());
        String current = ModelVersions.CURRENT;
        return from == null ? current : current + ", migrated from " + from + "; the next save writes " + current
                + " and keeps the " + from + " file as " + file.getFileName() + ".bak";
    }

    private static void json(Path file, ReadStudy read, StudySummary s, PrintStream out) {
        Study study = read.study();
        Gson gson = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
        JsonObject o = new JsonObject();
        o.addProperty("file", file.toString());
        o.addProperty("modelVersion", ModelVersions.CURRENT);
        o.addProperty("fileModelVersion", ModelVersions.versionRead(read.resource()));
        o.addProperty("migratedFrom", ModelVersions.migratedFrom(read.resource())); // left out when not migrated
        o.addProperty("id", study.getId());
        o.addProperty("title", study.getTitle());
        o.addProperty("principalInvestigator", study.getPrincipalInvestigator());
        o.addProperty("status", study.getStatus().getName());
        TrailCheck check = AuditTrail.of(read.resource()).check();
        o.addProperty("auditEntries", check.entries());
        o.addProperty("auditLastHash", check.lastHash());
        o.addProperty("auditIntact", check.intact());
        o.addProperty("auditUsable", check.usable());
        o.addProperty("auditProblem", check.intact() ? null : check.problems().get(0).toString());
        o.add("summary", gson.toJsonTree(s));
        List<Signature> signatures = StudySignatures.of(read.resource());
        if (signatures != null) {
            JsonArray list = new JsonArray();
            for (Signature sig : signatures) {
                JsonObject j = new JsonObject();
                j.addProperty("subject", sig.subject());
                j.addProperty("sessionId", sig.subjectId());
                j.addProperty("meaning", sig.meaning().word());
                j.addProperty("printedName", sig.printedName());
                j.addProperty("signedBy", sig.signedBy());
                j.addProperty("signedAt", sig.signedAt().toString());
                j.addProperty("entry", sig.entrySeq());
                j.addProperty("recordEntry", sig.signedSeq());
                j.addProperty("recordHash", sig.signedHash());
                j.addProperty("valuesDigest", sig.valuesDigest());
                j.addProperty("valid", sig.valid());
                j.addProperty("state", sig.state());
                list.add(j);
            }
            o.add("signatures", list);
        }
        out.println(gson.toJson(o));
    }

    /**
     * "audit trail: 12 entries, chain intact, last hash 1a2b3c4d5e6f..." or what is wrong with it (whether changes are
     * refused until it is acknowledged).
     */
    private static String trail(Path file, ReadStudy read) {
        TrailCheck check = AuditTrail.of(read.resource()).check();
        String entries = check.entries() + (check.entries() == 1 ? " entry" : " entries");
        if (check.intact()) {
            return "audit trail: " + entries + ", chain intact, last hash " + check.lastHash().substring(0, 12)
                    + "...";
        }
        return "audit trail: " + entries + ", BROKEN: " + check.problems().get(0) + (check.usable()
                ? "" : "; changes are refused until it is acknowledged") + " (vivarium audit " + file + " --verify)";
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.isEmpty() ? "none" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String nz(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}

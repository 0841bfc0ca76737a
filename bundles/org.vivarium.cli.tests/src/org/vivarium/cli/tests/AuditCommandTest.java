package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code audit STUDY} lists who changed what, when and why: text, filters, JSON and CSV (nothing is changed here). */
class AuditCommandTest {

    private static final String USER = System.getProperty("user.name");
    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @TempDir
    static Path dir;
    static Path study;

    @BeforeAll
    static void entries() throws Exception {
        study = AuditedStudy.make(dir);
    }

    /** The blind code of an animal: a blinded session's values are named by it, in the trail too. */
    private static String code(String animal) {
        try {
            var read = new org.vivarium.core.store.FolderStudyStore(dir).read(study.getFileName().toString());
            return org.vivarium.core.study.Studies.animals(read.study()).stream().filter(a -> animal.equals(a
                    .getId())).findFirst().orElseThrow().getBlindCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static CliRun audit(String... options) {
        String[] args = new String[options.length + 2];
        args[0] = "audit";
        args[1] = study.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        return CliRun.of(args);
    }

    @Test
    void eachEntryShowsWhoWhenWhatOldAndNewAndWhy() {
        CliRun run = audit();
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).matches("#1  " + TIME + "  " + USER + "@\\S+ \\(not authenticated\\)  Create study "
                + "KET-BCI-DEMO");
        // the creation (1,000 changes, 1,832 measurements) is summarised by kind
        assertThat(lines).contains("    added 1,832 measurements to 15 sessions (session FST 24 h, session FST 1 wk, "
                + "session FST 2 wk, ...)", "    added 480 animals to 6 cohorts (cohort 1 h, cohort 24 h, cohort 1 wk, "
                + "...)");
        int randomise = index(lines, "#2  ");
        assertThat(lines.get(randomise)).matches("#2  " + TIME + "  " + USER + "@\\S+ \\(not authenticated\\)  "
                + "Randomise cohort 1 h");
        assertThat(lines.get(randomise + 1)).isEqualTo("  reason: " + AuditedStudy.RANDOMISE_REASON);
        // many changes: counted by kind, with examples of old and new values
        assertThat(lines.subList(randomise, index(lines, "#3  "))).anyMatch(l -> l.matches(
                " +animal 1H-\\d\\d: arm 'arm [A-Z+]+' \u2192 'arm [A-Z+]+'")).contains("    added 1 allocation record to "
                        + "study KET-BCI-DEMO", "    added 80 allocation entries to the allocation record");
        int imported = index(lines, "#3  ");
        assertThat(lines.get(imported)).endsWith("  Import scores.csv");
        assertThat(lines.subList(imported + 1, imported + 5)).containsExactly(
                "  added 3 measurements to session FST 1 h",
                "    session FST 1 h, blind code " + code("1H-01") + ", immobility: value 150, "
                        + "source scores.csv!scores!B2",
                "    session FST 1 h, blind code " + code("1H-02") + ", immobility: value 140, "
                        + "source scores.csv!scores!B3",
                "    session FST 1 h, blind code " + code("1H-07") + ", immobility: value 120, "
                        + "source scores.csv!scores!B4");
        int unblind = index(lines, "#4  ");
        assertThat(lines.get(unblind)).endsWith("  Unblind study");
        assertThat(lines.get(unblind + 1)).isEqualTo("  reason: " + AuditedStudy.UNBLIND_REASON);
        assertThat(lines.subList(unblind + 2, lines.size())).anyMatch(l -> l.startsWith("  study KET-BCI-DEMO: "
                + "blinding ") && l.contains(" \u2192 "));
        assertThat(lines.get(lines.size() - 1)).isEqualTo(study + ": 4 entries, chain intact");
    }

    @Test
    void anAnimalIdFindsItsMeasurementsAndOnlyThem() {
        CliRun run = audit("--object", "1H-07");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        int imported = index(lines, "#3  ");
        assertThat(lines.subList(imported + 1, imported + 3)).containsExactly(
                "  added 1 measurement to session FST 1 h",
                "    session FST 1 h, blind code " + code("1H-07") + ", immobility: value 120, "
                        + "source scores.csv!scores!B4");
        assertThat(run.out()).doesNotContain("1H-01", "Unblind study");
        assertThat(lines).anyMatch(l -> l.startsWith("#1  ")).contains("  added 1 animal to cohort 1 h");
        assertThat(lines.get(lines.size() - 1)).matches(study.toString().replace("\\", "\\\\") + ": [23] of 4 entries, "
                + "chain intact");
        // a cohort by its name, loosely spelt, and a session
        assertThat(audit("--object", "fst 1h").out()).contains("#3  ").doesNotContain("#2  ", "#4  ");
        assertThat(audit("--object", "1 h").out()).contains("#1  ", "#2  ");
    }

    @Test
    void sinceAndUserNarrowTheEntries() {
        JsonArray entries = json(audit("--format", "json")).getAsJsonArray("entries");
        String third = entries.get(2).getAsJsonObject().get("time").getAsString();
        CliRun since = audit("--since", third);
        assertThat(since.code()).isZero();
        assertThat(since.out()).startsWith("#3  ").contains("#4  ").endsWith(": 2 of 4 entries, chain intact\n");
        assertThat(audit("--since", "2999-01-01").out()).isEqualTo(study + ": 0 of 4 entries, chain intact\n");
        assertThat(audit("--since", "2000-01-01").out()).startsWith("#1  ");
        String user = entries.get(0).getAsJsonObject().get("user").getAsString();
        assertThat(audit("--user", USER).out()).endsWith(": 4 entries, chain intact\n");
        assertThat(audit("--user", user).out()).endsWith(": 4 entries, chain intact\n");
        assertThat(audit("--user", "somebody-else").out()).isEqualTo(study + ": 0 of 4 entries, chain intact\n");
    }

    @Test
    void jsonIsOneObjectWithEveryEntryInFullAndTheCheck() {
        JsonObject o = json(audit("--format", "json"));
        assertThat(o.getAsJsonObject("study").get("id").getAsString()).isEqualTo("KET-BCI-DEMO");
        JsonArray entries = o.getAsJsonArray("entries");
        assertThat(entries).hasSize(4);
        JsonObject randomise = entries.get(1).getAsJsonObject();
        assertThat(randomise.get("seq").getAsInt()).isEqualTo(2);
        assertThat(randomise.get("action").getAsString()).isEqualTo("Randomise cohort 1 h");
        assertThat(randomise.get("reason").getAsString()).isEqualTo(AuditedStudy.RANDOMISE_REASON);
        assertThat(randomise.get("authenticated").getAsBoolean()).isFalse();
        assertThat(randomise.get("hash").getAsString()).matches("[0-9a-f]{64}");
        JsonObject arm = null;
        for (JsonElement c : randomise.getAsJsonArray("changes")) {
            if (c.getAsJsonObject().get("feature").getAsString().equals("arm")) {
                arm = c.getAsJsonObject();
                break;
            }
        }
        assertThat(arm).isNotNull();
        assertThat(arm.get("op").getAsString()).isEqualTo("set");
        assertThat(arm.get("old").getAsString()).isNotEqualTo(arm.get("new").getAsString());
        assertThat(arm.get("oldId").getAsString()).isNotBlank();
        JsonObject added = entries.get(2).getAsJsonObject().getAsJsonArray("changes").get(0).getAsJsonObject();
        assertThat(added.getAsJsonArray("objects")).hasSize(3);
        assertThat(added.getAsJsonArray("objects").get(2).getAsJsonObject().getAsJsonObject("values").get("value")
                .getAsString()).isEqualTo("120");
        JsonObject check = o.getAsJsonObject("check");
        assertThat(check.get("entries").getAsInt()).isEqualTo(4);
        assertThat(check.get("intact").getAsBoolean()).isTrue();
        assertThat(check.get("lastHash").getAsString()).isEqualTo(entries.get(3).getAsJsonObject().get("hash")
                .getAsString());
    }

    @Test
    void csvHasOneRowPerChangeAndNoFormulas() {
        CliRun run = audit("--format", "csv", "--since", "2000-01-01T00:00");
        assertThat(run.code()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("seq,time,user,authenticated,action,reason,op,object id,object label,"
                + "feature,old,new,hash");
        assertThat(lines).anyMatch(l -> l.startsWith("3,") && l.contains("," + USER + "@") && l.contains(
                ",false,Import scores.csv,,add,") && l.contains(",session FST 1 h,measurements,,added 3 measurements "
                        + "to session FST 1 h,"));
        List<String> unblind = lines.stream().filter(l -> l.startsWith("4,")).toList();
        assertThat(unblind).isNotEmpty().allSatisfy(l -> assertThat(l).contains(",Unblind study,'=1+2 interim,"));
        JsonArray entries = json(audit("--format", "json")).getAsJsonArray("entries");
        int changes = 0;
        for (JsonElement e : entries) {
            changes += Math.max(1, e.getAsJsonObject().getAsJsonArray("changes").size());
        }
        assertThat(lines).hasSize(changes + 1);
    }

    @Test
    void anUnknownObjectIsRejectedAndAMalformedDateIsAUsageError() {
        CliRun unknown = audit("--object", "1H-99");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.out()).isEqualTo(study + ": no object '1H-99' in the study or its audit trail\n");
        CliRun since = audit("--since", "yesterday");
        assertThat(since.code()).isEqualTo(1);
        assertThat(since.out()).isEmpty();
        assertThat(since.err().lines()).containsExactly("vivarium audit: --since must be a date such as 2026-12-01 "
                + "or an ISO date-time such as 2026-12-01T14:30Z, not 'yesterday'");
        assertThat(audit("--since", "2026-13-01").code()).isEqualTo(1);
        assertThat(audit("--format", "xml").code()).isEqualTo(1);
        assertThat(audit("--verify", "--user", "x").code()).isEqualTo(1);
    }

    @Test
    void infoShowsTheTrail() {
        CliRun text = CliRun.of("info", study.toString());
        assertThat(text.out()).containsPattern("\naudit trail: 4 entries, chain intact, last hash [0-9a-f]{12}\\.\\.\\.\n");
        JsonObject o = JsonParser.parseString(CliRun.of("info", study.toString(), "--format", "json").out())
                .getAsJsonObject();
        assertThat(o.get("auditEntries").getAsInt()).isEqualTo(4);
        assertThat(o.get("auditIntact").getAsBoolean()).isTrue();
        assertThat(o.get("auditLastHash").getAsString()).matches("[0-9a-f]{64}");
    }

    private static JsonObject json(CliRun run) {
        assertThat(run.code()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonObject();
    }

    private static int index(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with '" + prefix + "'");
    }
}

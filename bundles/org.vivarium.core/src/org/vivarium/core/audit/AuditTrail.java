package org.vivarium.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.core.audit.internal.Json;
import org.vivarium.core.audit.internal.TrailChunks;
import org.vivarium.core.audit.internal.TrailChunks.Block;
import org.vivarium.core.audit.internal.Workers;
import org.vivarium.model.support.StudyResource;
import org.vivarium.model.support.TrailPart;

/**
 * The audit trail of one study, kept with its resource: the entries read from the study file (still compressed, as
 * they were stored) and those made since, in order. Entries are only ever appended; saving writes the stored blocks
 * unchanged and the new entries as one more block, then a seal naming the number of entries, the last hash and the
 * digest of the study saved with them - so an entry altered, removed or moved, a trail cut short or a study changed
 * without an entry are found when the file is read again ({@link #check()}). Entries are appended on one thread;
 * reading them ({@link #find}, {@link #lines}) is safe while a save on another thread stores the new ones.
 */
public final class AuditTrail extends AdapterImpl implements TrailPart {

    /** A save writes its new entries in blocks of at most this many bytes (a longer entry has a block of its own). */
    private static final long NEW_BLOCK_BYTES = 64L << 20;

    /** The action of an entry whose text a shared store withholds from a blinded user (its hash is kept). */
    public static final String WITHHELD_ACTION = "Withheld from blinded users (a change of the design)";

    /** The action of an entry acknowledging a broken trail. */
    public static final String ACKNOWLEDGE_ACTION = "Acknowledge a broken audit trail";

    private final List<Block> blocks = new ArrayList<>();
    private final List<byte[]> pending = new ArrayList<>();
    /** The blocks of new entries the save under way writes (stored once it succeeds). */
    private List<Block> written = List.of();
    private long storedCount;
    private String lastHash = Chain.GENESIS;
    private AuditUser user = AuditUser.operatingSystem();
    private Runnable beforeWrite = () -> {
    };
    private TrailChunks.Stored read;
    private CompletableFuture<Chain.Walker> walk;
    /** The new entries' blocks, being compressed for the save under way. */
    private CompletableFuture<List<Block>> compressing;
    private String seal;
    private byte[] studyDigest;
    private TrailCheck check = new TrailCheck(0, Chain.GENESIS, List.of());
    /** Where the entries go when a shared store (a lab server) keeps the study, or null. */
    private SharedTrail shared;

    private AuditTrail() {
    }

    /** The trail kept with a study's resource, or null when it has none (e.g. a resource not read by a store). */
    public static AuditTrail of(Resource resource) {
        if (resource == null) {
            return null;
        }
        for (Object a : resource.eAdapters()) {
            if (a instanceof AuditTrail t) {
                return t;
            }
        }
        return null;
    }

    /** Gives a study resource an (empty) trail that reads and writes its part of the study file. */
    public static AuditTrail attach(StudyResource resource) {
        AuditTrail trail = of(resource);
        if (trail == null) {
            trail = new AuditTrail();
            resource.eAdapters().add(trail);
            resource.setTrailPart(trail);
        }
        return trail;
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return type == AuditTrail.class;
    }

    /** Who the entries made from now on are by. */
    public AuditUser user() {
        return user;
    }

    public void setUser(AuditUser user) {
        this.user = user;
    }

    /** Run before the trail is written (the recorder turns changes made outside any command into an entry). */
    void beforeWrite(Runnable action) {
        this.beforeWrite = action;
    }

    /** The number of entries, saved or not. */
    public synchronized long size() {
        return storedCount + pending.size();
    }

    /** The hash of the last entry (64 hexadecimal digits); of an empty trail, the chain's starting value. */
    public String lastHash() {
        return lastHash;
    }

    /** Whether entries were made since the study was last saved (never for a shared study: each is stored). */
    public synchronized boolean hasUnsaved() {
        return shared == null && !pending.isEmpty();
    }

    /** Whether a shared store keeps this trail (its entries are stored one by one, as they are made). */
    public boolean isShared() {
        return shared != null;
    }

    /**
     * Makes this the trail of a study a shared store keeps: its entries are the store's {@code lines} (each "HASH
     * JSON", oldest first, checked as a chain here) and every new entry goes to {@code store} instead of the file.
     */
    public synchronized void share(List<String> lines, SharedTrail store) {
        blocks.clear();
        pending.clear();
        storedCount = 0;
        lastHash = Chain.GENESIS;
        check = new TrailCheck(0, lastHash, List.of());
        read = null;
        walk = null;
        seal = null;
        shared = store;
        adopt(lines);
    }

    /**
     * Appends entries the shared store has stored since this trail last heard from it, in order (its own and other
     * people's). Each must follow the last as a chain does; one that does not is listed as a problem of the check.
     */
    public synchronized void adopt(List<String> lines) {
        List<TrailCheck.Problem> problems = new ArrayList<>(check.problems());
        for (String line : lines) {
            long seq = size() + 1;
            String text = Chain.checkLine(line, lastHash, seq);
            if (text != null) {
                problems.add(new TrailCheck.Problem(seq, text, null));
            }
            pending.add((line + "\n").getBytes(StandardCharsets.UTF_8));
            lastHash = line.length() > 64 ? line.substring(0, 64) : lastHash;
        }
        check = new TrailCheck(size(), lastHash, List.copyOf(problems));
    }

    /**
     * The line standing for an entry whose text a shared store withholds from this user (e.g. a change of the design
     * of a blinded study, for a technician): its number, time and author as stored, its hash as stored - so that the
     * entries after it still check as a chain - and no changes.
     */
    public static String withheldLine(String hash, long seq, Instant time, String user) {
        StringBuilder b = new StringBuilder(hash).append(" {\"seq\":").append(seq).append(",\"time\":");
        Json.string(b, time.truncatedTo(ChronoUnit.MILLIS).toString()).append(",\"user\":");
        Json.string(b, user).append(",\"authenticated\":true,\"action\":");
        Json.string(b, WITHHELD_ACTION).append(",\"reason\":null").append(Chain.WITHHELD_END);
        return b.toString();
    }

    /** Turns changes made outside any command into an entry now (a shared study's commands are stored as they end). */
    public void flush() {
        beforeWrite.run();
    }

    /** What checking the trail against the study found when it was read (and what was acknowledged since). */
    public TrailCheck check() {
        return check;
    }

    /** Appends an entry; {@code changes} is the JSON array of its changes. Returns its number. */
    public long append(String action, String reason, String changes, List<String> acknowledges) {
        return append(action, reason, List.of(changes), acknowledges, null);
    }

    /**
     * Appends an entry whose changes are given in parts, joined in order, and that touched what {@code change} says
     * (null: unknown, taken as a change of the design). Returns its number. For a shared study the store records it.
     *
     * @throws EntryRefusedException when the shared store refuses it (then nothing was recorded)
     */
    long append(String action, String reason, List<? extends CharSequence> changes, List<String> acknowledges,
            StudyChange change) {
        if (shared != null) {
            return shared.commit(new SharedTrail.Entry(action, reason, changes, acknowledges,
                    change != null ? change : StudyChange.DESIGN));
        }
        long seq = size() + 1;
        StringBuilder b = new StringBuilder(256);
        b.append("{\"seq\":").append(seq).append(",\"time\":");
        Json.string(b, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        b.append(",\"user\":");
        Json.string(b, user.name());
        b.append(",\"authenticated\":").append(user.authenticated()).append(",\"action\":");
        Json.string(b, action);
        b.append(",\"reason\":");
        Json.string(b, reason);
        if (!acknowledges.isEmpty()) {
            b.append(",\"acknowledges\":[");
            for (int i = 0; i < acknowledges.size(); i++) {
                Json.string(i > 0 ? b.append(',') : b, acknowledges.get(i));
            }
            b.append(']');
        }
        b.append(",\"changes\":");
        byte[] head = b.toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> body = new ArrayList<>(changes.size()); // an import's changes run to megabytes, in parts
        long length = 0;
        java.security.MessageDigest d = Chain.sha256();
        d.update(java.util.HexFormat.of().parseHex(lastHash));
        d.update(head);
        for (CharSequence part : changes) {
            byte[] bytes = part.toString().getBytes(StandardCharsets.UTF_8);
            d.update(bytes);
            body.add(bytes);
            length += bytes.length;
        }
        d.update((byte) '}');
        String hash = Chain.hex(d.digest());
        long size = hash.length() + 1 + head.length + length + 2;
        if (size > TrailChunks.MAX_BLOCK_BYTES) {
            throw new IllegalStateException("an audit entry of " + size / (1 << 20) + " MB is more than a trail can hold"
                    + " (" + TrailChunks.MAX_BLOCK_BYTES / (1 << 20) + " MB): record the change in smaller parts");
        }
        byte[] line = new byte[(int) size];
        System.arraycopy(hash.getBytes(StandardCharsets.ISO_8859_1), 0, line, 0, hash.length());
        line[hash.length()] = ' ';
        System.arraycopy(head, 0, line, hash.length() + 1, head.length);
        int at = hash.length() + 1 + head.length;
        for (byte[] bytes : body) {
            System.arraycopy(bytes, 0, line, at, bytes.length);
            at += bytes.length;
        }
        line[line.length - 2] = '}';
        line[line.length - 1] = '\n';
        synchronized (this) {
            pending.add(line);
            lastHash = hash;
        }
        return seq;
    }

    /**
     * Records that someone saw the problems of a broken trail and carries on (with a reason): an entry naming them,
     * after which the study can be changed again. Returns the entry's number.
     */
    public long acknowledge(String reason) {
        List<String> open = check.unacknowledged().stream().map(TrailCheck.Problem::text).toList();
        long seq = append(ACKNOWLEDGE_ACTION, reason, List.of("[]"), open, StudyChange.NONE);
        String by = "entry " + seq + " by " + user.name();
        check = new TrailCheck(check.entries(), check.lastHash(), check.problems().stream()
                .map(p -> p.acknowledged() ? p : new TrailCheck.Problem(p.entry(), p.text(), by)).toList());
        return seq;
    }

    /** Every entry, oldest first, parsed (for a long trail use {@link #find(Predicate, int)}). */
    public List<AuditEntry> entries() {
        return find(e -> true, Integer.MAX_VALUE);
    }

    /** The entries that pass the filter, oldest first, at most {@code limit} of them (the newest ones). */
    public List<AuditEntry> find(Predicate<AuditEntry> filter, int limit) {
        List<Block> storedBlocks;
        List<byte[]> unsaved;
        synchronized (this) { // a save on another thread moves entries from pending to blocks
            storedBlocks = List.copyOf(blocks);
            unsaved = List.copyOf(pending);
        }
        java.util.ArrayDeque<AuditEntry> found = new java.util.ArrayDeque<>();
        Chain.Lines lines = (line, from, to) -> {
            AuditEntry e = EntryCodec.parse(new String(line, from, to - from, StandardCharsets.UTF_8));
            if (e != null && filter.test(e)) {
                found.addLast(e);
                if (found.size() > limit) {
                    found.removeFirst();
                }
            }
        };
        for (Block b : storedBlocks) {
            Chain.lines(b, lines);
        }
        for (byte[] line : unsaved) {
            lines.accept(line, 0, line.length - 1);
        }
        return new ArrayList<>(found);
    }

    /**
     * Every entry as stored, oldest first: its hash, a space, and its JSON (the text the hash is computed over, after
     * the previous entry's hash) - what a lab server keeps of the trail beside the study.
     */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        Chain.Lines each = (line, from, to) -> lines.add(new String(line, from, to - from, StandardCharsets.UTF_8));
        for (Block b : blocks) {
            Chain.lines(b, each);
        }
        for (byte[] line : pending) {
            each.accept(line, 0, line.length - 1);
        }
        return lines;
    }

    /** Reads the stored entries and starts checking their chain on another thread while the study is read. */
    @Override
    public void readEntries(InputStream in) throws IOException {
        read = TrailChunks.read(in);
        List<Block> stored = read.blocks();
        walk = CompletableFuture.supplyAsync(() -> Chain.walk(stored), Workers.pool());
    }

    @Override
    public void readSeal(InputStream in, byte[] digest) throws IOException {
        seal = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        studyDigest = digest;
    }

    /**
     * Checks what was read against the study: called by the store once the file is loaded, knowing whether the file
     * was written before trails existed (then an empty trail starts here).
     */
    public synchronized void verify(boolean writtenBeforeTrails) {
        blocks.clear();
        pending.clear();
        if (read == null) {
            storedCount = 0;
            lastHash = Chain.GENESIS;
            check = new TrailCheck(0, lastHash, writtenBeforeTrails ? List.of()
                    : List.of(new TrailCheck.Problem(0, "the audit trail is missing from the study file", null)));
            return;
        }
        blocks.addAll(read.blocks());
        Chain.Result r = Chain.finish(walk.join(), read.damage(), seal, studyDigest);
        storedCount = r.entries();
        lastHash = r.lastHash();
        check = new TrailCheck(r.entries(), r.lastHash(), r.problems());
        read = null;
        walk = null;
    }

    /**
     * Starts compressing the entries made since the last save, on one other thread, while the caller encodes the study
     * for saving.
     */
    @Override
    public void prepareEntries() {
        beforeWrite.run();
        List<byte[]> lines;
        synchronized (this) {
            lines = List.copyOf(pending);
        }
        compressing = lines.isEmpty() ? null : CompletableFuture.supplyAsync(() -> TrailChunks.blocks(lines,
                NEW_BLOCK_BYTES, true), Workers.pool());
    }

    @Override
    public void writeEntries(OutputStream out) throws IOException {
        beforeWrite.run();
        List<Block> all;
        List<byte[]> unsaved;
        synchronized (this) {
            all = new ArrayList<>(blocks);
            unsaved = List.copyOf(pending);
        }
        CompletableFuture<List<Block>> started = compressing;
        compressing = null;
        if (unsaved.isEmpty()) {
            written = List.of();
        } else if (started != null && count(started.join()) == unsaved.size()) { // entries are only ever added
            written = started.join();
        } else {
            written = TrailChunks.blocks(unsaved, NEW_BLOCK_BYTES, false);
        }
        all.addAll(written);
        TrailChunks.write(out, all);
    }

    @Override
    public void writeSeal(OutputStream out, byte[] digest) throws IOException {
        StringBuilder s = new StringBuilder("{\"entries\":").append(size()).append(",\"last\":");
        Json.string(s, lastHash).append(",\"study\":");
        Json.string(s, Chain.hex(digest)).append('}');
        out.write(s.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The save that last wrote the trail succeeded: its new entries are stored now. */
    public synchronized void saved() {
        int n = count(written);
        blocks.addAll(written);
        storedCount += n;
        pending.subList(0, n).clear();
        written = List.of();
    }

    private static int count(List<Block> blocks) {
        return blocks.stream().mapToInt(Block::count).sum();
    }
}

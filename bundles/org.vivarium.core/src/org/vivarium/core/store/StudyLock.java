package org.vivarium.core.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The lock of a study open for editing: an OS file lock on the hidden file {@code .<study>.lock}, whose content says
 * who holds it. The OS releases the lock when its holder dies, so a crash never leaves a study locked. The lock file
 * itself is never deleted: deleting it would let a second writer lock a fresh file while a third still holds the old
 * one; it is emptied on release instead.
 */
final class StudyLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private StudyLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path study) {
        return study.resolveSibling("." + study.getFileName() + ".lock");
    }

    /** Takes the lock of a study file or explains who holds it. */
    static StudyLock acquire(Path study, String name) throws StudyStoreException {
        Path file = lockFileOf(study);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this very process (another window or command)
            }
            if (lock == null) {
                String holder = readHolder(channel);
                channel.close();
                throw new StudyStoreException(StudyStoreException.Reason.LOCKED, name,
                        "the study is open for editing" + (holder.isEmpty() ? " elsewhere" : " by " + holder)
                                + "; close it there first (it can still be read)");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(holderDescription().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StudyLock(channel, lock);
        } catch (IOException e) {
            if (e instanceof StudyStoreException s) {
                throw s;
            }
            closeQuietly(channel);
            throw new StudyStoreException(StudyStoreException.Reason.IO, name, "cannot create the lock file " + file
                    + " (" + e.getMessage() + "); is the folder writable?", e);
        }
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(512);
            int n = channel.read(buf, 0);
            return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static String holderDescription() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "this computer";
        }
        return System.getProperty("user.name") + "@" + host + " (process " + ProcessHandle.current().pid() + ") since "
                + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases the lock as well
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to do
            }
        }
    }
}

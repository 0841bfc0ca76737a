package org.vivarium.core.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditScope;
import org.vivarium.core.audit.AuditUser;
import org.vivarium.core.store.StudyStoreException.Reason;
import org.vivarium.model.Study;
import org.vivarium.model.support.StudyResource;

/**
 * The default store: a folder of {@code .vivarium} files, one per study, named by their file names. Nothing to
 * install; a shared network folder works too (the lock is an OS file lock).
 */
public final class FolderStudyStore implements StudyStore {

    private static final String EXTENSION = "." + StudyResource.FILE_EXTENSION;

    private final Path folder;

    public FolderStudyStore(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /** The store of the folder a study file is in; name the study with {@link #nameOf(Path)}. */
    public static FolderStudyStore containing(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return new FolderStudyStore(parent);
    }

    /** The store name of a study file. */
    public static String nameOf(Path file) {
        return file.getFileName().toString();
    }

    public Path folder() {
        return folder;
    }

    /** The file of a study name (names are file names, normally ending with {@code .vivarium}). */
    public Path pathOf(String name) {
        return folder.resolve(name);
    }

    @Override
    public List<String> list() throws StudyStoreException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
            for (Path p : files) {
                if (Files.isRegularFile(p)) {
                    names.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new StudyStoreException(Reason.IO, folder.toString(), "cannot list the folder (" + e.getMessage() + ")",
                    e);
        }
        names.sort(null);
        return names;
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(pathOf(name));
    }

    /** For a folder of files: the operating-system user and host (not authenticated). */
    @Override
    public AuditUser user() {
        return AuditUser.operatingSystem();
    }

    @Override
    public String describe(String name) {
        return pathOf(name).toString();
    }

    @Override
    public ReadStudy read(String name) throws StudyStoreException {
        Resource resource = StudyFormat.load(pathOf(name), describe(name));
        return new ReadOnly(name, resource);
    }

    @Override
    public OpenStudy open(String name) throws StudyStoreException {
        Path file = target(name);
        if (!Files.isRegularFile(file)) {
            throw new StudyStoreException(Reason.NOT_FOUND, describe(name), "no such study file");
        }
        StudyLock lock = StudyLock.acquire(file, describe(name));
        try {
            AtomicFileWriter.deleteLeftovers(file);
            Resource resource = StudyFormat.load(file, describe(name));
            AuditRecorder.attach((StudyResource) resource).trail().setUser(user());
            return new FileOpenStudy(name, file, describe(name), resource, lock);
        } catch (StudyStoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * The file a study name stands for when it is opened for editing: symbolic links resolved, so that the lock is the
     * real file's and saving replaces the real file (the link stays a link); a file with several hard links is refused,
     * because saving (a new file renamed over the old) would leave the other names on the old content - two studies.
     */
    private Path target(String name) throws StudyStoreException {
        Path file = pathOf(name);
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            return file; // not there: the caller says so
        }
        int links = 1;
        try {
            if (Files.getAttribute(real, "unix:nlink") instanceof Integer n) {
                links = n;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no link count on this file system: nothing to check
        }
        if (links > 1) {
            throw new StudyStoreException(Reason.IO, describe(name), "the study file has " + links + " hard links: "
                    + "saving would separate them into two studies; open it by one name only (remove the other links, "
                    + "or open a copy)");
        }
        return real;
    }

    @Override
    public OpenStudy create(String name, Study study) throws StudyStoreException {
        Path file = pathOf(name);
        if (Files.exists(file)) {
            throw new StudyStoreException(Reason.EXISTS, describe(name), "a study file of that name exists already");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StudyStoreException(Reason.IO, describe(name), "cannot create the folder " + folder, e);
        }
        StudyLock lock = StudyLock.acquire(file, describe(name));
        try {
            Resource resource = StudyFormat.newResource(file);
            AuditRecorder recorder = AuditRecorder.attach((StudyResource) resource);
            recorder.trail().setUser(user());
            try (AuditScope scope = recorder.begin("Create study " + StudyFormat.title(study))) {
                resource.getContents().add(study);
                scope.finish(null);
            }
            OpenStudy open = new FileOpenStudy(name, file, describe(name), resource, lock);
            open.save();
            return open;
        } catch (StudyStoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private record ReadOnly(String name, Resource resource) implements ReadStudy {
    }

    private static final class FileOpenStudy implements OpenStudy {
        private final String name;
        private final Path file;
        private final String description;
        private final Resource resource;
        private final StudyLock lock;
        private boolean closed;

        FileOpenStudy(String name, Path file, String description, Resource resource, StudyLock lock) {
            this.name = name;
            this.file = file;
            this.description = description;
            this.resource = resource;
            this.lock = lock;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Resource resource() {
            return resource;
        }

        @Override
        public synchronized void save() throws StudyStoreException {
            if (closed) {
                throw new StudyStoreException(Reason.IO, description, "the study was closed; open it again to save");
            }
            StudyFormat.save(resource, file, description);
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                lock.close();
            }
        }

        @Override
        public String toString() {
            return description;
        }
    }
}

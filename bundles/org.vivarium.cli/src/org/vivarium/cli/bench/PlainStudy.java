package org.vivarium.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.model.VivariumPackage;
import org.vivarium.model.support.StudyResource;
import org.vivarium.model.support.TrailPart;

/**
 * A study file read and written without its audit trail - a study resource with no trail part and no recorder, which
 * skips the trail entry on reading and leaves it out on writing - as the baseline of the trail's cost.
 */
final class PlainStudy {

    private PlainStudy() {
    }

    /** Reads a study file with the study format's own options, without the trail. */
    static StudyResource load(Path file) throws IOException {
        VivariumPackage.eINSTANCE.eClass();
        StudyResource resource = new StudyResource(URI.createFileURI(file.toAbsolutePath().toString()));
        new ResourceSetImpl().getResources().add(resource);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, StudyResource.loadOptions());
        }
        return resource;
    }

    /** Writes a study file as the store does (temporary file, fsync, rename) but without the trail. */
    static void save(Resource resource, Path file) throws IOException {
        StudyResource study = (StudyResource) resource;
        TrailPart trail = study.getTrailPart();
        study.setTrailPart(null);
        try {
            AtomicFileWriter.write(file, out -> study.save(out, StudyResource.saveOptions()));
        } finally {
            study.setTrailPart(trail);
        }
    }
}

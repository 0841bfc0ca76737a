package org.vivarium.ui.review.publish;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.vivarium.model.Study;

/**
 * A copy of the open study for a background job: the workbench may go on editing the original while the job reads
 * the copy. Taken on the UI thread (the thread that changes the study).
 */
final class StudySnapshot {

    private StudySnapshot() {
    }

    static Study of(Study study) {
        Study copy = EcoreUtil.copy(study);
        Resource resource = new ResourceImpl(study.eResource() == null ? null : study.eResource().getURI());
        resource.getContents().add(copy);
        return copy;
    }
}

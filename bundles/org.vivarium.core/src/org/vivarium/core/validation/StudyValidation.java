package org.vivarium.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.vivarium.core.study.Labels;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage;

/**
 * Checks a study against the rules a lab relies on ({@link StudyValidator}) plus EMF's structural constraints, and
 * lists the problems with the objects they concern.
 */
public final class StudyValidation {

    private StudyValidation() {
    }

    /** A diagnostician for studies: our rules, and labels such as "animal 1W-017" in every message. */
    public static Diagnostician diagnostician() {
        return diagnostician(true);
    }

    /**
     * Validates the design only - everything but the measurements (which can be millions): fast enough to run after
     * every edit in an editor.
     */
    public static List<Problem> validateDesign(Study study) {
        Diagnostician diagnostician = diagnostician(false);
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(study);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(StudyValidator.DESIGN_ONLY, Boolean.TRUE);
        diagnostician.validate(study, diagnostics, context);
        List<Problem> problems = new ArrayList<>();
        collect(diagnostics, problems);
        problems.sort((a, b) -> b.severity().compareTo(a.severity()));
        return problems;
    }

    private static Diagnostician diagnostician(boolean measurements) {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(VivariumPackage.eINSTANCE, new StudyValidator());
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return Labels.of(eObject);
            }

            @Override
            protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics,
                    Map<Object, Object> context) {
                if (!measurements && eObject instanceof org.vivarium.model.AssaySession) {
                    return true;
                }
                return super.doValidateContents(eObject, diagnostics, context);
            }
        };
    }

    /** Validates the whole study (errors first, then warnings; each in model order). */
    public static List<Problem> validate(Study study) {
        Diagnostician diagnostician = diagnostician();
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(study);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        diagnostician.validate(study, diagnostics, context);
        List<Problem> problems = new ArrayList<>();
        collect(diagnostics, problems);
        problems.sort((a, b) -> b.severity().compareTo(a.severity()));
        return problems;
    }

    /** Validates one object alone (not what it contains): the problems to show next to it in an editor. */
    public static List<Problem> validateOnly(EObject object) {
        Diagnostician diagnostician = diagnostician(false);
        BasicDiagnostic diagnostics = diagnostician.createDefaultDiagnostic(object);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        context.put(StudyValidator.DESIGN_ONLY, Boolean.TRUE);
        new StudyValidator().validate(object.eClass(), object, diagnostics, context);
        List<Problem> problems = new ArrayList<>();
        collect(diagnostics, problems);
        return problems;
    }

    /** Validates one object (and what it contains), e.g. after an edit. */
    public static List<Problem> validate(EObject object) {
        Diagnostician diagnostician = diagnostician();
        List<Problem> problems = new ArrayList<>();
        collect(diagnostician.validate(object), problems);
        return problems;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
    }

    private static void collect(Diagnostic d, List<Problem> problems) {
        if (d.getChildren().isEmpty() && d.getSeverity() >= Diagnostic.WARNING) {
            EObject target = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o) ? null : o;
            Problem.Severity severity = d.getSeverity() >= Diagnostic.ERROR ? Problem.Severity.ERROR
                    : Problem.Severity.WARNING;
            String message = d.getMessage();
            String where = target == null ? "study" : Labels.of(target);
            if (message.startsWith(where + ": ")) {
                message = message.substring(where.length() + 2);
            }
            problems.add(new Problem(severity, target, where, message));
        }
        for (Diagnostic child : d.getChildren()) {
            collect(child, problems);
        }
    }
}

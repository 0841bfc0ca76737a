package org.vivarium.core.validation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * The rules a lab relies on, as an EMF {@link EValidator} for the study package: structural constraints first
 * ({@link EObjectValidator}), then the rules of {@link DesignRules} (design, housing, dosing) and
 * {@link DataRules} (sessions and measurements).
 */
public class StudyValidator implements EValidator {

    /** Diagnostic source of every problem reported by this validator. */
    public static final String SOURCE = "org.vivarium.core";
    /** Context key: when TRUE, measurements are not looked at (design validation, see StudyValidation). */
    static final String DESIGN_ONLY = "org.vivarium.core.validation.designOnly";

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject o, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = EObjectValidator.INSTANCE.validate(eClass, o, diagnostics, context);
        Report report = new Report(diagnostics);
        if (o instanceof Study s) {
            DesignRules.study(s, report);
            BlindingRules.study(s, report);
            IdentifierRules.study(s, report);
        } else if (o instanceof DoseRegimen r) {
            DesignRules.regimen(r, report);
            RegimenRules.regimen(r, report);
        } else if (o instanceof Cohort c) {
            DesignRules.cohort(c, report);
        } else if (o instanceof Cage c) {
            DesignRules.cage(c, report);
        } else if (o instanceof Animal a) {
            DesignRules.animal(a, report);
            DateRules.animal(a, report);
            RegimenRules.animal(a, report);
        } else if (o instanceof DosingEvent e) {
            DesignRules.dosingEvent(e, report);
            RegimenRules.dosingEvent(e, report);
        } else if (o instanceof AssaySession s) {
            DataRules.session(s, report, !Boolean.TRUE.equals(context.get(DESIGN_ONLY)));
            BlindingRules.session(s, report);
        } else if (o instanceof Measurement m) {
            DataRules.measurement(m, report, unitsOf(m, context));
        } else if (o instanceof TreatmentArm a) {
            DesignRules.arm(a, report);
            RegimenRules.arm(a, report);
        }
        return ok && !report.hasErrors;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return EObjectValidator.INSTANCE.validate(eDataType, value, diagnostics, context);
    }

    /** The animals and cages a measurement's session may have values for, computed once per session. */
    @SuppressWarnings("unchecked")
    private static Set<EObject> unitsOf(Measurement m, Map<Object, Object> context) {
        if (!(m.eContainer() instanceof AssaySession session)) {
            return Set.of();
        }
        Map<AssaySession, Set<EObject>> cache = (Map<AssaySession, Set<EObject>>) context
                .computeIfAbsent(StudyValidator.class, k -> new IdentityHashMap<>());
        return cache.computeIfAbsent(session, s -> {
            Set<EObject> units = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            List<Animal> animals = Studies.animalsOf(s);
            units.addAll(animals);
            for (Animal a : animals) {
                if (a.getCage() != null) {
                    units.add(a.getCage());
                }
            }
            units.addAll(Studies.cagesOf(s));
            return units;
        });
    }

    /** Collects the problems of one object into the diagnostic chain. */
    static final class Report {
        private final DiagnosticChain chain;
        boolean hasErrors;

        Report(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(EObject target, String message) {
            hasErrors = true;
            add(Diagnostic.ERROR, target, message);
        }

        void warning(EObject target, String message) {
            add(Diagnostic.WARNING, target, message);
        }

        private void add(int severity, EObject target, String message) {
            if (chain != null) {
                chain.add(new BasicDiagnostic(severity, SOURCE, 0, Labels.of(target) + ": " + message,
                        new Object[] { target }));
            }
        }
    }
}

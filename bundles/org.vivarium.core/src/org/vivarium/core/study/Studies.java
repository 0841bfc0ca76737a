package org.vivarium.core.study;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.vivarium.model.Animal;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.BodyWeight;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.Route;
import org.vivarium.model.Study;
import org.vivarium.model.StudyStatus;
import org.vivarium.model.TreatmentArm;
import org.vivarium.model.VivariumFactory;

/** Look-ups over a study that several services need. */
public final class Studies {

    private Studies() {
    }

    /**
     * A new, planned study with the standard routes and assay definitions; its id is the file name without the
     * extension ({@code KET-2026.vivarium} gives {@code KET-2026}).
     */
    public static Study newStudy(String fileName, String title) {
        Study study = VivariumFactory.eINSTANCE.createStudy();
        study.setId(fileName.endsWith(".vivarium") ? fileName.substring(0, fileName.length() - ".vivarium".length())
                : fileName);
        study.setTitle(title);
        study.setStatus(StudyStatus.PLANNED);
        StandardRoutes.addTo(study);
        StandardAssays.addTo(study);
        return study;
    }

    /**
     * A file name for a new study from its title: letters, digits, dots and dashes, at most 60 characters, with
     * the {@code .vivarium} extension ("Ketamine + BCI, 2026" gives {@code Ketamine-BCI-2026.vivarium}).
     */
    public static String fileNameFor(String title) {
        String name = title.strip().replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        if (name.length() > 60) {
            name = name.substring(0, 60).replaceAll("[-.]+$", "");
        }
        return (name.isEmpty() ? "study" : name) + ".vivarium";
    }

    /** The arm all these animals are in (e.g. the animals of a cage), or null when one has none or they differ. */
    public static TreatmentArm commonArm(List<Animal> animals) {
        TreatmentArm arm = null;
        for (Animal a : animals) {
            if (a.getArm() == null || arm != null && arm != a.getArm()) {
                return null;
            }
            arm = a.getArm();
        }
        return arm;
    }

    /** The study an object belongs to, or null. */
    public static Study studyOf(org.eclipse.emf.ecore.EObject object) {
        for (org.eclipse.emf.ecore.EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Study s) {
                return s;
            }
        }
        return null;
    }

    public static List<Animal> animals(Study study) {
        List<Animal> all = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            all.addAll(c.getAnimals());
        }
        return all;
    }

    public static List<Cage> cages(Study study) {
        List<Cage> all = new ArrayList<>();
        for (Cohort c : study.getCohorts()) {
            all.addAll(c.getCages());
        }
        return all;
    }

    public static List<AssaySession> sessions(Study study) {
        List<AssaySession> all = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            all.addAll(a.getSessions());
        }
        return all;
    }

    public static Animal findAnimal(Study study, String id) {
        for (Cohort c : study.getCohorts()) {
            for (Animal a : c.getAnimals()) {
                if (Objects.equals(a.getId(), id)) {
                    return a;
                }
            }
        }
        return null;
    }

    public static AssayDefinition findAssay(Study study, String code) {
        for (AssayDefinition a : study.getAssays()) {
            if (a.getCode() != null && a.getCode().equalsIgnoreCase(code)) {
                return a;
            }
        }
        return null;
    }

    public static Route findRoute(Study study, String code) {
        for (Route r : study.getRoutes()) {
            if (Objects.equals(r.getCode(), code)) {
                return r;
            }
        }
        return null;
    }

    public static TreatmentArm controlArm(Study study) {
        for (TreatmentArm arm : study.getArms()) {
            if (arm.isControl()) {
                return arm;
            }
        }
        return null;
    }

    public static Cohort cohortOf(Animal animal) {
        return animal.eContainer() instanceof Cohort c ? c : null;
    }

    public static AssayDefinition assayOf(AssaySession session) {
        return session.eContainer() instanceof AssayDefinition a ? a : null;
    }

    public static boolean isActive(Animal animal) {
        return animal.getStatus() == AnimalStatus.ACTIVE;
    }

    /** The experimental unit of a session's assay (cage when the assay says so). */
    public static ExperimentalUnit unitOf(AssaySession session) {
        AssayDefinition assay = assayOf(session);
        return assay == null ? ExperimentalUnit.ANIMAL : assay.getUnit();
    }

    /** The animals a session is run on: those listed, else the whole cohort. */
    public static List<Animal> animalsOf(AssaySession session) {
        if (!session.getAnimals().isEmpty()) {
            return session.getAnimals();
        }
        return session.getCohort() == null ? List.of() : session.getCohort().getAnimals();
    }

    /** The cages a session is run on: the cages of its animals, in cohort order. */
    public static List<Cage> cagesOf(AssaySession session) {
        List<Cage> cages = new ArrayList<>();
        if (session.getCohort() != null && session.getAnimals().isEmpty()) {
            cages.addAll(session.getCohort().getCages());
        } else {
            for (Animal a : session.getAnimals()) {
                if (a.getCage() != null && !cages.contains(a.getCage())) {
                    cages.add(a.getCage());
                }
            }
        }
        return cages;
    }

    /**
     * The last body weight recorded at or before a time (any time if null), or null. Of weighings at the same time (times
     * are to the minute: an animal weighed again at once, to correct a weight) the one recorded last counts.
     */
    public static BodyWeight latestBodyWeight(Animal animal, LocalDateTime atOrBefore) {
        BodyWeight latest = null;
        for (BodyWeight w : animal.getBodyWeights()) {
            boolean inTime = w.getMeasuredAt() != null && (atOrBefore == null || !w.getMeasuredAt().isAfter(atOrBefore));
            if (inTime && (latest == null || !w.getMeasuredAt().isBefore(latest.getMeasuredAt()))) {
                latest = w;
            }
        }
        return latest;
    }
}

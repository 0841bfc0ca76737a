package org.vivarium.core.allocation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.vivarium.core.study.Studies;
import org.vivarium.model.AllocationRecord;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.model.Cohort;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;

/**
 * Which animals have data that belong to their arm, so that a new allocation must not move them: measurements of the
 * animal or of its cage, doses given, and body weights recorded after the cohort's last allocation (without an
 * allocation record: at or after the cohort's anchor dose). Body weights before that are baseline, not data.
 */
final class AnimalData {

    private final Set<Animal> measured = new HashSet<>();
    private final Set<Cage> measuredCages = new HashSet<>();
    private final LocalDateTime allocatedAt;

    private AnimalData(Study study, Cohort cohort) {
        for (AssaySession s : Studies.sessions(study)) {
            for (Measurement m : s.getMeasurements()) {
                if (m.getAnimal() != null) {
                    measured.add(m.getAnimal());
                }
                if (m.getCage() != null) {
                    measuredCages.add(m.getCage());
                }
            }
        }
        AllocationRecord last = Randomiser.latest(study, cohort);
        allocatedAt = last != null ? last.getGeneratedAt() : cohort.getAnchorDoseTime();
    }

    static AnimalData of(Study study, Cohort cohort) {
        return new AnimalData(study, cohort);
    }

    boolean has(Animal a) {
        return measured.contains(a) || a.getCage() != null && measuredCages.contains(a.getCage())
                || a.getDosingEvents().stream().anyMatch(e -> e.getActualTime() != null)
                || allocatedAt != null && a.getBodyWeights().stream().anyMatch(w -> w.getMeasuredAt() != null
                        && !w.getMeasuredAt().isBefore(allocatedAt));
    }

    /** Refuses when any animal with data would change arm. */
    void check(Cohort cohort, List<Assignment> assignments) throws AllocationException {
        List<String> moved = new ArrayList<>();
        for (Assignment a : assignments) {
            Animal animal = a.animal();
            if (animal.getArm() != null && animal.getArm() != a.arm() && has(animal)) {
                moved.add(animal.getId());
            }
        }
        if (!moved.isEmpty()) {
            throw new AllocationException("cohort " + cohort.getName() + ": this allocation would move "
                    + Names.count(moved.size(), "animal") + " with data (measurements, doses given or body weights "
                    + "since the allocation) to another arm: " + Names.list(moved));
        }
    }
}

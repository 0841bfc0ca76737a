package org.vivarium.core.allocation;

import java.util.Locale;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.vivarium.model.Animal;

/**
 * One stratification factor. Categorical factors give each animal a level; the body-weight factor ({@link ByWeight}) is
 * banded by rank within the strata of the other factors (see {@link Stratifier}).
 */
abstract sealed class Factor {

    /** A level: compared by {@code sortKey} in natural order, shown as {@code label}. */
    record Level(String sortKey, String label) {
    }

    private final String name;

    Factor(String name) {
        this.name = name;
    }

    /** The canonical name kept in the allocation record ("sex", "weight:2", "genotype"). */
    final String name() {
        return name;
    }

    /** What the factor is, for people ("sex", "body weight in 2 bands"). */
    abstract String description();

    /** An animal's level, or null when it has none. */
    abstract Level level(Animal animal);

    /** The animal's sex. */
    static final class BySex extends Factor {
        BySex() {
            super("sex");
        }

        @Override
        String description() {
            return "sex";
        }

        @Override
        Level level(Animal animal) {
            return animal.getSex() == null ? null : new Level(String.valueOf(animal.getSex().getValue()), animal
                    .getSex().getLiteral().toLowerCase(Locale.ROOT));
        }
    }

    /** The animal's cage (randomisation within cages). */
    static final class ByCage extends Factor {
        ByCage() {
            super("cage");
        }

        @Override
        String description() {
            return "cage";
        }

        @Override
        Level level(Animal animal) {
            return animal.getCage() == null ? null : new Level(animal.getCage().getLabel(), "cage " + animal.getCage()
                    .getLabel());
        }
    }

    /** Any other attribute of the animal (genotype, date of birth, ...): its value as text. */
    static final class ByAttribute extends Factor {
        private final EAttribute attribute;

        ByAttribute(EAttribute attribute) {
            super(attribute.getName());
            this.attribute = attribute;
        }

        @Override
        String description() {
            return attribute.getName();
        }

        @Override
        Level level(Animal animal) {
            Object value = animal.eGet(attribute);
            if (value == null || value.toString().isBlank()) {
                return null;
            }
            if (value instanceof Enumerator e) {
                return new Level(String.valueOf(e.getValue()), e.getLiteral().toLowerCase(Locale.ROOT));
            }
            return new Level(value.toString(), value.toString());
        }
    }

    /** The latest body weight at the allocation, in {@code bands} bands of (nearly) equal size by rank. */
    static final class ByWeight extends Factor {
        private final int bands;

        ByWeight(int bands) {
            super("weight:" + bands);
            this.bands = bands;
        }

        int bands() {
            return bands;
        }

        @Override
        String description() {
            return "body weight in " + bands + " bands";
        }

        @Override
        Level level(Animal animal) {
            throw new UnsupportedOperationException("weight bands are formed by the stratifier");
        }
    }
}

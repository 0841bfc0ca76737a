package org.vivarium.core.allocation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.vivarium.model.VivariumPackage;

/**
 * The strata an allocation can balance over:
 * <ul>
 * <li>{@code sex};</li>
 * <li>{@code weight} or {@code weight:N}: the latest body weight at the allocation in N bands (default 2) of (nearly)
 * equal size by rank, formed within each stratum of the other factors (so "sex,weight" splits each sex at its own
 * median);</li>
 * <li>{@code genotype}, or any other attribute of an animal by its name (e.g. {@code dateOfBirth});</li>
 * <li>{@code cage}: randomisation within cages (not with whole-cage allocation).</li>
 * </ul>
 * When whole cages are allocated, all animals of a cage must share the level of each categorical factor; a cage's
 * weight is the mean of its animals' weights.
 */
public final class Strata {

    /** Weight bands when {@code weight} is given without a number. */
    public static final int DEFAULT_WEIGHT_BANDS = 2;
    private static final int MAX_WEIGHT_BANDS = 10;

    private Strata() {
    }

    /** The stratum names understood (besides any other attribute of an animal by its name). */
    public static List<String> known() {
        return List.of("sex", "weight", "weight:N", "genotype", "cage", "dateOfBirth");
    }

    /** One line per stratum name, for help texts. */
    public static List<String> help() {
        return List.of("sex                the animal's sex",
                "weight[:N]         latest body weight, N bands of equal size by rank within the other strata "
                        + "(default " + DEFAULT_WEIGHT_BANDS + ")",
                "genotype           the animal's genotype",
                "cage               the animal's cage (randomise within cages; not with whole-cage allocation)",
                "<attribute>        any other attribute of an animal by name, e.g. dateOfBirth");
    }

    /** How a stratum name of an allocation record reads in a sentence ("sex", "body weight in 2 bands"). */
    public static String describe(String name) {
        try {
            return parse(name).description();
        } catch (AllocationException e) {
            return name;
        }
    }

    /** The factors of the given names, in their order; refuses unknown and repeated names. */
    static List<Factor> parse(List<String> names, boolean byCage) throws AllocationException {
        List<Factor> factors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : names) {
            Factor f = parse(raw);
            String kind = f instanceof Factor.ByWeight ? "weight" : f.name();
            if (!seen.add(kind)) {
                throw new AllocationException("stratum " + kind + " is given twice");
            }
            if (byCage && f instanceof Factor.ByCage) {
                throw new AllocationException("stratum cage cannot be used when whole cages are allocated (each cage "
                        + "would be a stratum of one)");
            }
            factors.add(f);
        }
        return factors;
    }

    private static Factor parse(String raw) throws AllocationException {
        String name = raw == null ? "" : raw.strip();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("weight") || lower.startsWith("weight:")) {
            return new Factor.ByWeight(bands(name));
        }
        if (lower.equals("sex")) {
            return new Factor.BySex();
        }
        if (lower.equals("cage")) {
            return new Factor.ByCage();
        }
        for (EAttribute a : VivariumPackage.Literals.ANIMAL.getEAllAttributes()) {
            if (a.getName().equalsIgnoreCase(name)) {
                return new Factor.ByAttribute(a);
            }
        }
        throw new AllocationException("unknown stratum '" + name + "' (known: " + String.join(", ", known())
                + ", or another attribute of an animal: " + String.join(", ", attributes()) + ")");
    }

    private static int bands(String name) throws AllocationException {
        if (!name.contains(":")) {
            return DEFAULT_WEIGHT_BANDS;
        }
        String n = name.substring(name.indexOf(':') + 1).strip();
        try {
            int bands = Integer.parseInt(n);
            if (bands >= 2 && bands <= MAX_WEIGHT_BANDS) {
                return bands;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new AllocationException("stratum " + name + ": the number of weight bands must be a whole number from 2 "
                + "to " + MAX_WEIGHT_BANDS + ", not '" + n + "'");
    }

    private static List<String> attributes() {
        return VivariumPackage.Literals.ANIMAL.getEAllAttributes().stream().map(EAttribute::getName)
                .filter(n -> !known().contains(n)).toList();
    }
}

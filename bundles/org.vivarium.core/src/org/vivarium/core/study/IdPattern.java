package org.vivarium.core.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.vivarium.model.Animal;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;

/**
 * A pattern for new animal identifiers, e.g. {@code {cohort}-{n:02}}. Placeholders: {@code {cohort}} (the cohort's
 * name without spaces, upper case: "24 h" gives "24H"), {@code {n}} or {@code {n:03}} (the running number, zero-padded
 * to the given width; required), {@code {sex}} (f or m). Everything else is copied as it is.
 */
public final class IdPattern {

    /** The default pattern: "24H-01", "24H-02", ... */
    public static final String DEFAULT = "{cohort}-{n:02}";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
    private static final Pattern NUMBER = Pattern.compile("n(?::0*([1-9]))?");

    private sealed interface Part permits Text, CohortName, Number, SexLetter {
    }

    private record Text(String text) implements Part {
    }

    private record CohortName() implements Part {
    }

    private record Number(int width) implements Part {
    }

    private record SexLetter() implements Part {
    }

    private final String text;
    private final List<Part> parts;

    private IdPattern(String text, List<Part> parts) {
        this.text = text;
        this.parts = parts;
    }

    /** Parses a pattern; the exception's message says what is wrong with it. */
    public static IdPattern parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the identifier pattern is empty (e.g. " + DEFAULT + ")");
        }
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        int numbers = 0;
        while (m.find()) {
            literal(text.substring(at, m.start()), text, parts);
            String name = m.group(1).strip().toLowerCase(Locale.ROOT);
            Matcher n = NUMBER.matcher(name);
            if (name.equals("cohort")) {
                parts.add(new CohortName());
            } else if (name.equals("sex")) {
                parts.add(new SexLetter());
            } else if (n.matches()) {
                parts.add(new Number(n.group(1) == null ? 0 : Integer.parseInt(n.group(1))));
                numbers++;
            } else {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1)
                        + "} in the identifier pattern '" + text + "' (use {cohort}, {n}, {n:02}, {sex})");
            }
            at = m.end();
        }
        literal(text.substring(at), text, parts);
        if (numbers != 1) {
            throw new IllegalArgumentException("the identifier pattern '" + text + "' must contain {n} (the running "
                    + "number) " + (numbers == 0 ? "once" : "only once") + ", e.g. " + DEFAULT);
        }
        return new IdPattern(text, List.copyOf(parts));
    }

    private static void literal(String s, String text, List<Part> parts) {
        if (s.indexOf('{') >= 0 || s.indexOf('}') >= 0) {
            throw new IllegalArgumentException("unbalanced { or } in the identifier pattern '" + text + "'");
        }
        if (s.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("the identifier pattern '" + text + "' contains a space");
        }
        if (!s.isEmpty()) {
            parts.add(new Text(s));
        }
    }

    /** What {@code {cohort}} stands for: the cohort's name without spaces, upper case. */
    public static String cohortToken(Cohort cohort) {
        String name = cohort.getName() == null ? "" : cohort.getName();
        return name.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    /** The identifier for a number and sex in a cohort. */
    public String format(Cohort cohort, int number, Sex sex) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            switch (p) {
                case Text t -> b.append(t.text());
                case CohortName c -> b.append(cohortToken(cohort));
                case Number n -> b.append(n.width() == 0 ? Integer.toString(number)
                        : String.format(Locale.ROOT, "%0" + n.width() + "d", number));
                case SexLetter s -> b.append(sexLetter(sex));
            }
        }
        return b.toString();
    }

    /** The highest running number among the cohort's identifiers that fit this pattern (any case), or 0. */
    public int highestNumber(Cohort cohort) {
        StringBuilder regex = new StringBuilder();
        for (Part p : parts) {
            switch (p) {
                case Text t -> regex.append(Pattern.quote(t.text()));
                case CohortName c -> regex.append(Pattern.quote(cohortToken(cohort)));
                case Number n -> regex.append("(\\d+)");
                case SexLetter s -> regex.append("[fmu]");
            }
        }
        Pattern p = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE);
        int max = 0;
        for (Animal a : cohort.getAnimals()) {
            Matcher m = a.getId() == null ? null : p.matcher(a.getId());
            if (m != null && m.matches() && m.group(1).length() < 10) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
        }
        return max;
    }

    /** "f", "m" or "u". */
    public static String sexLetter(Sex sex) {
        return sex == Sex.FEMALE ? "f" : sex == Sex.MALE ? "m" : "u";
    }

    @Override
    public String toString() {
        return text;
    }
}

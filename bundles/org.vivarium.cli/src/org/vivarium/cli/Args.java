package org.vivarium.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Positional arguments and {@code --name value} / {@code --name=value} / {@code --flag} options. A flag takes no
 * value, or exactly {@code =true} or {@code =false}; any other value is a usage error naming the flag.
 */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> used = new HashSet<>();

    private Args() {
    }

    /** Options that take no value. */
    private static final Set<String> FLAGS = Set.of("dry-run", "create", "force", "quick", "mixed-cages", "treatments",
            "no-codes", "verify", "acknowledge", "study");

    static Args parse(String[] args, int from) throws UsageException {
        Args a = new Args();
        for (int i = from; i < args.length; i++) {
            String s = args[i];
            if (s.startsWith("--") && s.length() > 2) {
                String name = s.substring(2);
                String value;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                    if (FLAGS.contains(name) && !value.equals("true") && !value.equals("false")) {
                        throw new UsageException("option --" + name + " is a flag: give --" + name + " or --" + name
                                + "=true or --" + name + "=false, not '" + value + "'");
                    }
                } else if (FLAGS.contains(name)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
                if (a.options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else {
                a.positional.add(s);
            }
        }
        return a;
    }

    /** The i-th positional argument, or a usage error naming it. */
    String positional(int i, String what) throws UsageException {
        if (i >= positional.size()) {
            throw new UsageException("missing " + what);
        }
        return positional.get(i);
    }

    /** The i-th positional argument, or null. */
    String optionalPositional(int i) {
        return i < positional.size() ? positional.get(i) : null;
    }

    Path path(int i, String what) throws UsageException {
        return Path.of(positional(i, what));
    }

    String option(String name, String defaultValue) {
        used.add(name);
        return options.getOrDefault(name, defaultValue);
    }

    String requiredOption(String name) throws UsageException {
        String v = option(name, null);
        if (v == null || v.isBlank()) {
            throw new UsageException("missing --" + name);
        }
        return v;
    }

    /** Whether a flag is set: given bare or as {@code =true} ({@code =false} is the same as leaving it out). */
    boolean flag(String name) {
        used.add(name);
        return "true".equals(options.get(name));
    }

    long longOption(String name, long defaultValue) throws UsageException {
        String v = option(name, null);
        try {
            return v == null ? defaultValue : Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
        }
    }

    /** "text" or "json" (or other allowed values). */
    String format(String... allowed) throws UsageException {
        String f = option("format", allowed[0]);
        for (String a : allowed) {
            if (a.equals(f)) {
                return f;
            }
        }
        throw new UsageException("--format must be one of " + String.join(", ", allowed) + ", not '" + f + "'");
    }

    /** Whether the option was given at all (also for options the command then rejects). */
    boolean has(String name) {
        return options.containsKey(name);
    }

    /** Fails on options the command did not read and on extra positional arguments. */
    void checkNoneLeft(int positionalCount) throws UsageException {
        for (String name : options.keySet()) {
            if (!used.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
        }
        if (positional.size() > positionalCount) {
            throw new UsageException("unexpected argument '" + positional.get(positionalCount) + "'");
        }
    }
}

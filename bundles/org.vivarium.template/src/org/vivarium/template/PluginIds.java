package org.vivarium.template;

import java.util.Set;

/** Checks the id of a new plug-in: a bundle symbolic name that is also its Java package. */
public final class PluginIds {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "_");

    private PluginIds() {
    }

    /**
     * @throws TemplateException saying what is wrong with the id, e.g. "ID 'org.example-lab': 'example-lab' is not
     *         a Java package name part (ASCII letters, digits and _, not starting with a digit)"
     */
    public static void check(String id) throws TemplateException {
        if (id == null || id.isBlank()) {
            throw new TemplateException("ID is empty: give a bundle symbolic name such as org.example.lab.analysis");
        }
        String[] parts = id.split("\\.", -1);
        if (parts.length < 2) {
            throw new TemplateException(problem(id, "needs at least two parts (a reverse domain name such as "
                    + "org.example.lab.analysis)"));
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new TemplateException(problem(id, "has an empty part (two dots, or a dot at an end)"));
            }
            if (!part.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new TemplateException(problem(id, "'" + part + "' is not a Java package name part (ASCII "
                        + "letters, digits and _, not starting with a digit)"));
            }
            if (KEYWORDS.contains(part)) {
                throw new TemplateException(problem(id, "'" + part + "' is a Java keyword, which a package name "
                        + "cannot contain"));
            }
        }
        if (id.equals("org.vivarium") || id.startsWith("org.vivarium.")) {
            throw new TemplateException(problem(id, "org.vivarium is Vivarium's own name space; use your lab's "
                    + "reverse domain name, e.g. org.example.lab.analysis"));
        }
    }

    private static String problem(String id, String what) {
        return "ID '" + id + "': " + what;
    }
}

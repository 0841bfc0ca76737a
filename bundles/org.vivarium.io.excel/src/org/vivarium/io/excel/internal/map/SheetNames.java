package org.vivarium.io.excel.internal.map;

/** Sheet names Excel accepts: at most 31 characters, none of : \ / ? * [ ], not starting or ending with '. */
public final class SheetNames {

    private SheetNames() {
    }

    public static String of(String name) {
        String s = (name == null || name.isBlank() ? "Sheet" : name).replaceAll("[:\\\\/?*\\[\\]]", "-").strip();
        while (s.startsWith("'")) {
            s = s.substring(1);
        }
        while (s.endsWith("'")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty()) {
            s = "Sheet";
        }
        return s.length() > 31 ? s.substring(0, 31).strip() : s;
    }
}

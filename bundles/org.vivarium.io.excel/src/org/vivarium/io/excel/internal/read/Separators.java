package org.vivarium.io.excel.internal.read;

/** Guesses the field separator of delimited text from its first lines. */
final class Separators {

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    private Separators() {
    }

    /** The candidate found the same number of times (at least once) on most of the first lines; ',' if unclear. */
    static char guess(String sample) {
        String[] lines = sample.split("\r\n|\n|\r", 51);
        int n = Math.min(lines.length, 50);
        if (n > 1 && lines.length > 50) {
            n--; // the last piece may be cut
        }
        char best = ',';
        int bestScore = 0;
        for (char c : CANDIDATES) {
            int[] counts = new int[n];
            for (int i = 0; i < n; i++) {
                counts[i] = count(lines[i], c);
            }
            int mode = mode(counts);
            if (mode == 0) {
                continue;
            }
            int consistent = 0;
            for (int k : counts) {
                if (k == mode) {
                    consistent++;
                }
            }
            int score = consistent * 1000 + mode;
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    private static int count(String line, char c) {
        int k = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char x = line.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                k++;
            }
        }
        return k;
    }

    private static int mode(int[] counts) {
        int best = 0;
        int bestFreq = 0;
        for (int a : counts) {
            if (a == 0) {
                continue;
            }
            int freq = 0;
            for (int b : counts) {
                if (a == b) {
                    freq++;
                }
            }
            if (freq > bestFreq || freq == bestFreq && a > best) {
                best = a;
                bestFreq = freq;
            }
        }
        return best;
    }
}

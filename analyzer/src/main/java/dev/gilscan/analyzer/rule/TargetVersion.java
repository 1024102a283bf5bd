package dev.gilscan.analyzer.rule;

import java.util.Locale;

/**
 * The Python the checked code runs on: {@code py310} to {@code py314}, and {@code py313t} /
 * {@code py314t} for the free-threaded builds, as Ruff spells versions.
 */
public record TargetVersion(int minor, boolean freeThreaded) {
    public static final int OLDEST = 10;
    public static final int NEWEST = 14;
    public static final TargetVersion DEFAULT = new TargetVersion(NEWEST, false);

    public TargetVersion {
        if (minor < OLDEST || minor > NEWEST) {
            throw new IllegalArgumentException("unsupported Python 3." + minor);
        }
        if (freeThreaded && minor < 13) {
            throw new IllegalArgumentException("free-threaded builds start with Python 3.13");
        }
    }

    /** Reads {@code py3NN} or {@code py3NNt}; throws IllegalArgumentException with the choices. */
    public static TargetVersion parse(String text) {
        String v = text.toLowerCase(Locale.ROOT).strip();
        boolean ft = v.endsWith("t");
        String digits = ft ? v.substring(0, v.length() - 1) : v;
        if (digits.startsWith("py3") && digits.length() == 5) {
            try {
                int minor = Integer.parseInt(digits.substring(3));
                if (minor >= OLDEST && minor <= NEWEST && (!ft || minor >= 13)) {
                    return new TargetVersion(minor, ft);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a supported version: use py310,"
                + " py311, py312, py313, py314, py313t or py314t");
    }

    @Override
    public String toString() {
        return "py3" + minor + (freeThreaded ? "t" : "");
    }
}

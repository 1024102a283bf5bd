package dev.gilscan.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code --target-version} value: {@code py310} to {@code py314}. */
record TargetVersion(int minor) {
    static final int OLDEST = 10;
    static final int NEWEST = 14;

    @Override
    public String toString() {
        return "py3" + minor;
    }

    /** Reads {@code py3NN} as Ruff spells it. */
    static final class Converter implements ITypeConverter<TargetVersion> {
        @Override
        public TargetVersion convert(String value) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.startsWith("py3") && v.length() == 5) {
                try {
                    int minor = Integer.parseInt(v.substring(3));
                    if (minor >= OLDEST && minor <= NEWEST) {
                        return new TargetVersion(minor);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw new TypeConversionException("'" + value + "' is not a supported version: use "
                    + "py310, py311, py312, py313 or py314");
        }
    }
}

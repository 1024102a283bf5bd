package dev.gilscan.cli;

import dev.gilscan.analyzer.rule.TargetVersion;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --target-version} value such as {@code py312} or {@code py313t}. */
final class TargetVersionConverter implements ITypeConverter<TargetVersion> {
    @Override
    public TargetVersion convert(String value) {
        try {
            return TargetVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

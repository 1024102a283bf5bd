package dev.gilscan.cli;

import dev.gilscan.settings.FileSize;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --max-file-size} value such as {@code 20MiB} ({@link FileSize}). */
final class FileSizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        try {
            return FileSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

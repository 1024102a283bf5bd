package dev.gilscan.cli;

import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The FILE and {@code --target-version} of the commands that look at one file
 * ({@link SourceFileCommand}: {@code ast}, {@code symbols}), and reading and parsing it with
 * errors reported the same way.
 */
final class SourceFileOptions {
    @Parameters(paramLabel = "FILE", description = "The Python file to read.")
    Path file;

    @Option(names = "--target-version", paramLabel = "VERSION", defaultValue = "py314",
            converter = TargetVersionConverter.class,
            description = "Python version whose syntax is accepted: py310 to py314 "
                    + "(default: ${DEFAULT-VALUE}).")
    TargetVersion target;

    /**
     * The file's bytes, or null after telling {@code err} why they could not be read. A path
     * that is not a regular file (a named pipe, a device) is not opened: reading it could block
     * or never end.
     */
    byte[] read(PrintWriter err) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                err.println("gilscan: " + file + ": not a regular file, not read");
                return null;
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("gilscan: " + file + ": no such file");
        } catch (IOException e) {
            err.println("gilscan: " + file + ": cannot read: " + e.getMessage());
        }
        return null;
    }

    /** Parses the bytes read by {@link #read}; throws the syntax error for the caller to report. */
    ParseResult parse(byte[] bytes) throws PythonSyntaxError {
        return SourceParser.parse(file.toString(), bytes, target.minor());
    }
}

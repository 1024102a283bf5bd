package dev.gilscan.cli;

import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.parser.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The text of the files a report quotes (excerpts, fingerprints): kept from the analysis for the
 * files with findings, and otherwise (results from the cache) read again from disk and decoded
 * as the parser decodes, so the report is the same either way.
 */
final class SourceTexts {
    private final Map<Path, @Nullable SourceText> texts = new HashMap<>();

    /** Keeps the text the analyzer read of {@code path}. */
    void keep(Path path, SourceText text) {
        texts.put(path, text);
    }

    /** The text of {@code path}, or null if it cannot be read or decoded now. */
    @Nullable SourceText get(Path path) {
        return texts.computeIfAbsent(path, SourceTexts::read);
    }

    private static @Nullable SourceText read(Path path) {
        try {
            return SourceParser.text(path.toString(), Files.readAllBytes(path));
        } catch (IOException | PythonSyntaxError e) {
            return null;
        }
    }
}

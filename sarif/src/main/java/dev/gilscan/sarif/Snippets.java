package dev.gilscan.sarif;

import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.Region;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.parser.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * The source text of regions (SARIF 2.1.0 §3.30.13 {@code snippet}) and the lines around them
 * (§3.29.5 {@code contextRegion}), which viewers show when they cannot open the file.
 */
final class Snippets {
    /** The lines of context above and below a region. */
    static final int CONTEXT_LINES = 2;

    private Snippets() {}

    /**
     * {@code region} with the text it covers as its snippet, when the span lies in {@code source}
     * and covers at least one character.
     */
    static Region withSnippet(Region region, Span span, SourceText source) {
        if (span.line() < 1 || span.endLine() > source.lineCount()) {
            return region;
        }
        String text = source.slice(span);
        if (!text.isEmpty()) {
            region.setSnippet(new ArtifactContent().withText(text));
        }
        return region;
    }

    /**
     * The whole lines from {@value #CONTEXT_LINES} above the span to {@value #CONTEXT_LINES}
     * below it (fewer at the file's ends), with their text; null when the span is not in
     * {@code source} or the file has no lines beyond the span's own, since a context region must
     * be larger than the region.
     */
    static @Nullable Region context(Span span, SourceText source) {
        int lines = lineCount(source);
        if (span.line() < 1 || span.endLine() > lines) {
            return null;
        }
        int first = Math.max(1, span.line() - CONTEXT_LINES);
        int last = Math.min(lines, span.endLine() + CONTEXT_LINES);
        if (first == span.line() && last == span.endLine()) {
            return null;
        }
        int end = last < source.lineCount() ? source.lineStart(last + 1) - 1
                : source.text().length();
        String text = source.text().substring(source.lineStart(first), end);
        return new Region().withStartLine(first).withEndLine(last)
                .withSnippet(new ArtifactContent().withText(text));
    }

    /** The lines of the file, not counting the empty one after a final newline. */
    private static int lineCount(SourceText source) {
        int count = source.lineCount();
        return count > 1 && source.lineText(count).isEmpty() ? count - 1 : count;
    }
}

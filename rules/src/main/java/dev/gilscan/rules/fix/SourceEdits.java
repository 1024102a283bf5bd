package dev.gilscan.rules.fix;

import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;

/**
 * Edits of a file's text as a fix writes them: spans from 1-based lines and 0-based UTF-16
 * columns, with the UTF-8 columns the analyzer's spans carry too.
 */
public final class SourceEdits {
    private SourceEdits() {}

    /** Replaces lines {@code first} to {@code last} (1-based, without the last line break). */
    public static Finding.Edit replaceLines(SemanticModel model, int first, int last,
            String text) {
        SourceText source = model.parse().source();
        return replace(model, first, 0, last, source.lineText(last).length(), text);
    }

    /**
     * Replaces the text from {@code column} of {@code line} up to {@code endColumn} of
     * {@code endLine} (1-based lines, 0-based UTF-16 columns) with {@code text}.
     */
    public static Finding.Edit replace(SemanticModel model, int line, int column, int endLine,
            int endColumn, String text) {
        SourceText source = model.parse().source();
        Span span = new Span(line, source.utf8Column(line, column), endLine,
                source.utf8Column(endLine, endColumn), column, endColumn);
        return new Finding.Edit(new Location(model.path(), span), text);
    }
}

package dev.gilscan.analyzer.parser;

import org.antlr.v4.runtime.CommonToken;

/**
 * A token with its end position: start and end line, start and end column in characters
 * (0-based, end exclusive), and the character range in the {@link SourceText}.
 */
final class PyToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    final int endLine;
    final int endColumn;

    PyToken(int type, String text, int start, int stop, int line, int column, int endLine,
            int endColumn) {
        super(type, text);
        setStartIndex(start);
        setStopIndex(stop);
        setLine(line);
        setCharPositionInLine(column);
        this.endLine = endLine;
        this.endColumn = endColumn;
    }
}

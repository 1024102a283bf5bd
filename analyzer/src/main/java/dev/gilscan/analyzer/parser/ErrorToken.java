package dev.gilscan.analyzer.parser;

import dev.gilscan.analyzer.parser.antlr.PythonParser;
import org.antlr.v4.runtime.CommonToken;

/**
 * Where the tokenizer stopped on bad input, as CPython's tokenizer returns ERRORTOKEN: the
 * parser meets it after the tokens before the error and decides (as CPython's parser does)
 * whether its own error, found earlier, or the tokenizer's is reported.
 */
final class ErrorToken extends CommonToken {
    private static final long serialVersionUID = 1L;

    /** The tokenizer's error. */
    final transient PythonSyntaxError error;
    /** Whether the tokenizer was inside an f-string's field or format spec at the error. */
    final boolean inFString;
    /**
     * For the end of the file inside an open bracket, the bracket's line (that error wins over
     * a parser error only on a later line); 0 for every other error.
     */
    final int unclosedLine;

    ErrorToken(PythonSyntaxError error, boolean inFString, int unclosedLine, int index,
            int offset, int line, int column) {
        super(PythonParser.ERRORTOKEN, "<error>");
        this.error = error;
        this.inFString = inFString;
        this.unclosedLine = unclosedLine;
        setTokenIndex(index);
        setStartIndex(offset);
        setStopIndex(offset - 1);
        setLine(line);
        setCharPositionInLine(column);
    }
}

package dev.gilscan.analyzer.ast;

/**
 * The source range of a {@link Located} node, from its first character up to (excluded) the end.
 *
 * <p>{@code line} and {@code endLine} are 1-based. {@code column} and {@code endColumn} are
 * CPython's {@code col_offset} and {@code end_col_offset}: 0-based offsets in UTF-8 bytes from the
 * start of the line. {@code utf16Column} and {@code utf16EndColumn} are the same positions as
 * 0-based offsets in UTF-16 code units, which is what SARIF, LSP and most editors count; on an
 * ASCII line both kinds agree.
 *
 * @param line first line, 1-based
 * @param column start in UTF-8 bytes on {@code line}, 0-based (CPython's {@code col_offset})
 * @param endLine last line, 1-based
 * @param endColumn end (exclusive) in UTF-8 bytes on {@code endLine}
 *     (CPython's {@code end_col_offset})
 * @param utf16Column start in UTF-16 code units on {@code line}, 0-based
 * @param utf16EndColumn end (exclusive) in UTF-16 code units on {@code endLine}
 */
public record Span(
        int line, int column, int endLine, int endColumn, int utf16Column, int utf16EndColumn) {

    /** Checks that no position is negative. */
    public Span {
        if ((line | column | endLine | endColumn | utf16Column | utf16EndColumn) < 0) {
            throw new IllegalArgumentException(String.format(
                    "negative position in Span[%d:%d-%d:%d, utf16 %d-%d]",
                    line, column, endLine, endColumn, utf16Column, utf16EndColumn));
        }
    }

    /** A span on text where UTF-8 and UTF-16 offsets coincide (ASCII lines, hand-built trees). */
    public static Span ascii(int line, int column, int endLine, int endColumn) {
        return new Span(line, column, endLine, endColumn, column, endColumn);
    }
}

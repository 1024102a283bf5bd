package dev.gilscan.analyzer.parser;

/**
 * A file that CPython would refuse to compile to an AST: bad syntax, bad indentation, an encoding
 * that cannot be decoded. Carries what CPython's {@code SyntaxError} carries: a kind
 * ({@code SyntaxError}, {@code IndentationError}, {@code TabError}), a message, and a 1-based line
 * and column. Columns count UTF-16 code units (Java chars); CPython's {@code offset} counts code
 * points, so the two differ after a character outside the Basic Multilingual Plane (an emoji).
 */
public final class PythonSyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String path;
    private final int line;
    private final int column;

    public PythonSyntaxError(String kind, String message, String path, int line, int column) {
        super(message, null, false, false);
        this.kind = kind;
        this.path = path;
        this.line = line;
        this.column = column;
    }

    /** {@code SyntaxError}, {@code IndentationError} or {@code TabError}. */
    public String kind() {
        return kind;
    }

    public String path() {
        return path;
    }

    /** 1-based line of the error. */
    public int line() {
        return line;
    }

    /** 1-based column of the error, in UTF-16 code units. */
    public int column() {
        return column;
    }

    /** {@code path:line:column: SyntaxError: message}, the form compilers and editors read. */
    public String format() {
        return path + ":" + line + ":" + column + ": " + kind + ": " + getMessage();
    }

    @Override
    public String toString() {
        return format();
    }
}

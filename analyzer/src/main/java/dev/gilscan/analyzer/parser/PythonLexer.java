package dev.gilscan.analyzer.parser;

import static dev.gilscan.analyzer.parser.antlr.PythonParser.*;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/**
 * Python's tokenizer, written by hand for the ANTLR parser: logical lines and INDENT/DEDENT (tabs to
 * multiples of 8, checked against tab size 1 for TabError), implicit joining in brackets, backslash
 * continuation, every string prefix, PEP 701 f-strings and PEP 750 t-strings as
 * FSTRING_START/FSTRING_MIDDLE/'{'…'}'/FSTRING_END, numbers, Unicode names (NFKC), and the soft
 * keywords {@code match} and {@code type} where a statement of that kind starts.
 */
final class PythonLexer {
    private static final Map<String, Integer> KEYWORDS = new HashMap<>();

    static {
        String[] words = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
                "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
                "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
                "return", "try", "while", "with", "yield"};
        int[] types = {FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF,
                DEL, ELIF, ELSE, EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL,
                NOT, OR, PASS, RAISE, RETURN, TRY, WHILE, WITH, YIELD};
        for (int i = 0; i < words.length; i++) {
            KEYWORDS.put(words[i], types[i]);
        }
    }

    /** CPython's limits: indentation levels, and f-strings nested in f-strings. */
    private static final int MAX_INDENT = 100;
    private static final int MAX_FSTRING_NESTING = 150;

    /** What the lexer is reading inside an f-string. */
    private enum Mode { LITERAL, FIELD, SPEC }

    private static final class FString {
        final char quote;
        final boolean triple;
        final boolean raw;
        final int line;
        final int column;

        FString(char quote, boolean triple, boolean raw, int line, int column) {
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.line = line;
            this.column = column;
        }
    }

    /** One level of f-string nesting: the string, and whether we are in its text or a field. */
    private static final class Frame {
        final FString fstring;
        Mode mode;
        /** For FIELD and SPEC: the bracket depth just outside the field's '{'. */
        final int depth;
        /** For SPEC: where its ':' is. */
        int specLine;
        int specColumn;

        Frame(FString fstring, Mode mode, int depth) {
            this.fstring = fstring;
            this.mode = mode;
            this.depth = depth;
        }
    }

    private final SourceText source;
    private final String s;
    private final int n;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> out;
    /**
     * One string per distinct name of the file: the tree keeps its names for as long as the
     * project is analyzed, and most names repeat ({@code self}, a module's own functions).
     */
    private final java.util.Map<String, String> names = new java.util.HashMap<>();
    private final List<Comment> comments = new ArrayList<>();
    private final List<JoinedLines> joined = new ArrayList<>();
    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
    private int indentTop;
    /** Open brackets: the character, and its line and column for error messages. */
    private char[] brackets = new char[16];
    private int[] bracketLines = new int[16];
    private int[] bracketColumns = new int[16];
    private int depth;
    private final Deque<Frame> frames = new ArrayDeque<>();
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    /** The line of the innermost bracket still open at the end of the file, else 0. */
    private int unclosedLine;
    /** The first f-string field that needs Python 3.12 (PEP 701), or null. */
    private @Nullable FStringSyntax newerFString;

    /** A replacement field that only Python 3.12 and later accept: what it uses, and where. */
    record FStringSyntax(String what, int line, int column) {}

    private PythonLexer(SourceText source) {
        this.source = source;
        this.s = source.text();
        this.n = s.length();
        this.out = new ArrayList<>(n / 4 + 16);
    }

    /**
     * The tokens of a file, ending with EOF; comments go to {@code comments}, and the lines that
     * strings or backslashes join to {@code joined}, in the order they end.
     */
    /** A file's tokens, and the first f-string field that needs Python 3.12 (or null). */
    record Lexed(List<Token> tokens, @Nullable FStringSyntax newerFString) {}

    static Lexed tokenize(SourceText source, List<Comment> comments, List<JoinedLines> joined) {
        PythonLexer lexer = new PythonLexer(source);
        try {
            lexer.run();
        } catch (PythonSyntaxError e) {
            // Like CPython's tokenizer: the tokens so far, then an error token, then the end.
            lexer.out.add(new ErrorToken(e, !lexer.frames.isEmpty(), lexer.unclosedLine,
                    lexer.out.size(), lexer.pos, lexer.line, lexer.pos - lexer.lineStart));
            lexer.emit(Token.EOF, "<EOF>", lexer.pos, lexer.pos - 1, lexer.line,
                    lexer.pos - lexer.lineStart, lexer.line, lexer.pos - lexer.lineStart);
        }
        lexer.markSoftKeywords();
        comments.addAll(lexer.comments);
        joined.addAll(lexer.joined);
        return new Lexed(lexer.out, lexer.newerFString);
    }

    private void run() throws PythonSyntaxError {
        while (true) {
            Frame frame = frames.peek();
            if (frame != null && frame.mode != Mode.FIELD) {
                scanFStringText(frame);
                continue;
            }
            if (atLineStart && depth == 0) {
                if (!indentation()) {
                    continue;
                }
            }
            skipSpaces();
            if (pos >= n) {
                finish();
                return;
            }
            char c = s.charAt(pos);
            if (c == '#') {
                if (frame != null) {
                    noteNewerFString("a comment in an f-string's replacement field", pos);
                }
                int start = pos;
                while (pos < n && s.charAt(pos) != '\n') {
                    pos++;
                }
                comments.add(new Comment(line, start - lineStart, s.substring(start, pos)));
            } else if (c == '\n') {
                newline();
            } else if (c == '\\') {
                if (frame != null) {
                    noteNewerFString("a backslash in an f-string's replacement field", pos);
                }
                if (pos + 1 < n && s.charAt(pos + 1) == '\n') {
                    if (pos + 2 >= n) {
                        if (depth > 0) {
                            pos += 2;
                            line++;
                            lineStart = pos;
                            finish();
                        }
                        throw error("unexpected EOF while parsing", line, pos - lineStart + 2);
                    }
                    pos += 2;
                    joined.add(new JoinedLines(line, line + 1));
                    line++;
                    lineStart = pos;
                } else if (pos + 1 >= n) {
                    if (depth > 0) {
                        pos++;
                        finish();
                    }
                    throw error("unexpected EOF while parsing", line, pos - lineStart + 2);
                } else {
                    throw error("unexpected character after line continuation character", line,
                            pos - lineStart + 2);
                }
            } else if (isNameStart(c)) {
                name();
            } else if (isDigit(c) || (c == '.' && pos + 1 < n && isDigit(s.charAt(pos + 1)))) {
                number();
            } else if (c == '"' || c == '\'') {
                string(pos, pos);
            } else {
                operator(frame);
            }
        }
    }

    // ------------------------------------------------------------------ lines and indentation

    /**
     * Measures the indentation of a new line and emits INDENT/DEDENT. Returns false when the line
     * was blank or a comment (it is then consumed up to its newline, which is skipped).
     */
    /**
     * Whether the backslashes that join lines from {@code at} on lead, over the whitespace after
     * them, to a comment or a line end (not to the end of the file).
     */
    private boolean blankAfterContinuation(int at) {
        int p = at;
        boolean joins = false;
        while (p + 1 < n && s.charAt(p) == '\\' && s.charAt(p + 1) == '\n') {
            joins = true;
            p += 2;
            p = afterBlanks(p);
        }
        return joins && p < n && (s.charAt(p) == '#' || s.charAt(p) == '\n');
    }

    /** The index after the spaces, tabs and form feeds from {@code at}. */
    private int afterBlanks(int at) {
        int p = at;
        while (p < n && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == '\f')) {
            p++;
        }
        return p;
    }

    private boolean indentation() throws PythonSyntaxError {
        atLineStart = false;
        int col = 0;
        int alt = 0;
        while (pos < n) {
            if (col == 0 && alt == 0 && pos == lineStart && s.charAt(pos) == '\\'
                    && pos + 2 < n && s.charAt(pos + 1) == '\n') {
                // A backslash in column 0 joins the next line, whose indentation then counts.
                pos += 2;
                joined.add(new JoinedLines(line, line + 1));
                line++;
                lineStart = pos;
                continue;
            }
            char c = s.charAt(pos);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else {
                break;
            }
            pos++;
        }
        if (pos >= n) {
            return true;
        }
        if (blankAfterContinuation(pos)) {
            // "<indent>\\" then only a blank or comment line: CPython reads them as one blank line.
            while (s.charAt(pos) == '\\') {
                pos += 2;
                joined.add(new JoinedLines(line, line + 1));
                line++;
                lineStart = pos;
                pos = afterBlanks(pos);
            }
        }
        char c = s.charAt(pos);
        if (c == '#' || c == '\n') {
            while (pos < n && s.charAt(pos) != '\n') {
                if (s.charAt(pos) == '#') {
                    int start = pos;
                    while (pos < n && s.charAt(pos) != '\n') {
                        pos++;
                    }
                    comments.add(new Comment(line, start - lineStart, s.substring(start, pos)));
                    break;
                }
                pos++;
            }
            if (pos < n) {
                pos++;
                line++;
                lineStart = pos;
                atLineStart = true;
            }
            return false;
        }
        // After "<indent>\\", the statement is on the next line: CPython reports it there.
        int at = c == '\\' ? line + 1 : line;
        int current = indents[indentTop];
        if (col > current) {
            if (alt <= altIndents[indentTop]) {
                throw tabError();
            }
            if (indentTop + 1 == indents.length) {
                indents = java.util.Arrays.copyOf(indents, indents.length * 2);
                altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
            }
            if (indentTop + 1 >= MAX_INDENT) {
                throw new PythonSyntaxError("IndentationError", "too many levels of indentation",
                        source.path(), line, 1);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            emit(INDENT, "", pos, pos, at, pos - lineStart, at, pos - lineStart);
        } else if (col < current) {
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                emit(DEDENT, "", pos, pos, at, pos - lineStart, at, pos - lineStart);
            }
            if (col != indents[indentTop]) {
                throw unindentMismatch();
            }
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
        } else if (alt != altIndents[indentTop]) {
            throw tabError();
        }
        return true;
    }

    /**
     * "unindent does not match any outer indentation level" for the line at {@code pos}, at the
     * end of the line its statement starts on (over "<indent>\\" lines), or, when those
     * backslashes run into the end of the file, the "unexpected EOF" CPython meets first.
     */
    private PythonSyntaxError unindentMismatch() {
        int at = pos;
        int atLine = line;
        int atLineStart = lineStart;
        while (at + 1 < n && s.charAt(at) == '\\' && s.charAt(at + 1) == '\n') {
            if (at + 2 >= n) {
                return error("unexpected EOF while parsing", atLine, at - atLineStart + 2);
            }
            at += 2;
            atLine++;
            atLineStart = at;
            at = afterBlanks(at);
        }
        if (at + 1 == n && s.charAt(at) == '\\') {
            return error("unexpected EOF while parsing", atLine, at - atLineStart + 2);
        }
        int end = s.indexOf('\n', at);
        return new PythonSyntaxError("IndentationError",
                "unindent does not match any outer indentation level", source.path(), atLine,
                (end < 0 ? n : end) - atLineStart + 1);
    }

    private PythonSyntaxError tabError() {
        // CPython's tokenizer gives this error no column: it reports 1.
        return new PythonSyntaxError("TabError",
                "inconsistent use of tabs and spaces in indentation", source.path(), line, 1);
    }

    private void newline() {
        if (depth == 0 && lineHasTokens) {
            emit(NEWLINE, "\n", pos, pos, line, pos - lineStart, line, pos - lineStart + 1);
        }
        pos++;
        line++;
        lineStart = pos;
        if (depth == 0) {
            atLineStart = true;
            lineHasTokens = false;
        }
    }

    private void finish() throws PythonSyntaxError {
        if (depth > 0) {
            unclosedLine = bracketLines[depth - 1];
            throw error("'" + brackets[depth - 1] + "' was never closed", bracketLines[depth - 1],
                    bracketColumns[depth - 1]);
        }
        if (!frames.isEmpty()) {
            FString f = frames.peekLast().fstring;
            throw error("unterminated f-string literal (detected at line " + lastLine() + ")",
                    f.line, f.column + 1);
        }
        int col = pos - lineStart;
        if (lineHasTokens) {
            emit(NEWLINE, "", pos, pos - 1, line, col, line, col + 1);
        }
        while (indentTop > 0) {
            indentTop--;
            emit(DEDENT, "", pos, pos - 1, line, col, line, col);
        }
        emit(Token.EOF, "<EOF>", pos, pos - 1, line, col, line, col);
    }

    private void skipSpaces() {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else {
                break;
            }
        }
    }

    // ------------------------------------------------------------------ names and strings

    private static boolean isNameStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
                || (c >= 0x80 && c != 0x3000 && !Character.isSpaceChar(c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void name() throws PythonSyntaxError {
        int start = pos;
        boolean ascii = true;
        while (pos < n) {
            char c = s.charAt(pos);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9')) {
                pos++;
            } else if (c >= 0x80) {
                int cp = s.codePointAt(pos);
                boolean ok = pos == start ? Character.isUnicodeIdentifierStart(cp)
                        : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
                if (!ok) {
                    if (pos == start) {
                        throw error(String.format("invalid character '%s' (U+%04X)",
                                new String(Character.toChars(cp)), cp), line, pos - lineStart + 1);
                    }
                    break;
                }
                ascii = false;
                pos += Character.charCount(cp);
            } else {
                break;
            }
        }
        if (pos < n && (s.charAt(pos) == '"' || s.charAt(pos) == '\'') && pos - start <= 2
                && isStringPrefix(start, pos)) {
            string(start, pos);
            return;
        }
        String text = s.substring(start, pos);
        if (!ascii) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        Integer keyword = KEYWORDS.get(text);
        if (keyword == null) {
            String known = names.putIfAbsent(text, text);
            text = known != null ? known : text;
        }
        emitHere(keyword != null ? keyword : NAME, text, start);
    }

    private boolean isStringPrefix(int start, int end) {
        int flags = 0;
        for (int i = start; i < end; i++) {
            int bit;
            switch (Character.toLowerCase(s.charAt(i))) {
                case 'r' -> bit = 1;
                case 'u' -> bit = 2;
                case 'b' -> bit = 4;
                case 'f' -> bit = 8;
                case 't' -> bit = 16;
                default -> {
                    return false;
                }
            }
            if ((flags & bit) != 0) {
                return false;
            }
            flags |= bit;
        }
        // u combines with nothing; b, f and t exclude each other.
        if ((flags & 2) != 0 && flags != 2) {
            return false;
        }
        return Integer.bitCount(flags & (4 | 8 | 16)) <= 1;
    }

    /** A string literal whose prefix starts at {@code start} and whose quote is at {@code quotePos}. */
    private void string(int start, int quotePos) throws PythonSyntaxError {
        boolean raw = false;
        boolean formatted = false;
        for (int i = start; i < quotePos; i++) {
            char p = Character.toLowerCase(s.charAt(i));
            raw |= p == 'r';
            formatted |= p == 'f' || p == 't';
        }
        char quote = s.charAt(quotePos);
        boolean triple = quotePos + 2 < n && s.charAt(quotePos + 1) == quote
                && s.charAt(quotePos + 2) == quote;
        for (Frame f : frames) {
            if (f.fstring.quote == quote && (triple || !f.fstring.triple)) {
                // Before 3.12 this quote ended the f-string around the field.
                noteNewerFString("the f-string's own quote in its replacement field", quotePos);
                break;
            }
        }

        int startLine = line;
        int startColumn = start - lineStart;
        pos = quotePos + (triple ? 3 : 1);
        if (formatted) {
            if (countFStrings() >= MAX_FSTRING_NESTING - 1) {
                throw error("too many nested f-strings", startLine, startColumn + 1);
            }
            emit(FSTRING_START, s.substring(start, pos), start, pos - 1, startLine, startColumn, line,
                    pos - lineStart);
            frames.push(new Frame(new FString(quote, triple, raw, startLine, startColumn),
                    Mode.LITERAL, depth));
            return;
        }
        boolean escapedQuote = false;
        while (true) {
            if (pos >= n) {
                throw unterminated(triple, quote, escapedQuote, startLine, startColumn);
            }
            char c = s.charAt(pos);
            if (c == '\\') {
                if (!frames.isEmpty()) {
                    noteNewerFString("a backslash in an f-string's replacement field", pos);
                }
                escapedQuote |= pos + 1 < n && s.charAt(pos + 1) == quote;
                if (pos + 1 < n && s.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                    lineStart = pos;
                } else {
                    pos += 2;
                }
            } else if (c == '\n') {
                if (!triple) {
                    throw unterminated(false, quote, escapedQuote, startLine, startColumn);
                }
                pos++;
                line++;
                lineStart = pos;
            } else if (c == quote) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < n && s.charAt(pos + 1) == quote && s.charAt(pos + 2) == quote) {
                    pos += 3;
                    break;
                }
                pos++;
            } else {
                pos++;
            }
        }
        if (pos > n) {
            throw unterminated(triple, quote, escapedQuote, startLine, startColumn);
        }
        emit(STRING, s.substring(start, pos), start, pos - 1, startLine, startColumn, line,
                pos - lineStart);
        if (line > startLine) {
            joined.add(new JoinedLines(startLine, line));
        }
    }

    /** Whether the lexer is inside the expression part of some f-string's field. */
    private boolean inField() {
        for (Frame f : frames) {
            if (f.mode == Mode.FIELD) {
                return true;
            }
        }
        return false;
    }

    private void noteNewerFString(String what, int at) {
        if (newerFString == null) {
            newerFString = new FStringSyntax(what, line, at - lineStart + 1);
        }
    }

    private PythonSyntaxError unterminated(boolean triple, char quote, boolean escapedQuote,
            int startLine, int startColumn) {
        Frame frame = frames.peek();
        if (frame != null && frame.fstring.quote == quote && frame.fstring.triple == triple) {
            // The closing quote of the f-string around the field: its '}' is missing.
            return error("f-string: expecting '}'", startLine, startColumn + 1);
        }
        String what = triple ? "unterminated triple-quoted string literal"
                : "unterminated string literal";
        return error(what + " (detected at line " + (pos >= n ? lastLine() : line) + ")"
                + (escapedQuote && !triple ? "; perhaps you escaped the end quote?" : ""),
                startLine, startColumn + 1);
    }

    /** The last line that has text: CPython does not count the empty line after a final newline. */
    private int lastLine() {
        return n > 0 && s.charAt(n - 1) == '\n' && line > 1 ? line - 1 : line;
    }

    /** The text part of an f-string (mode LITERAL) or of a format spec (mode SPEC). */
    private void scanFStringText(Frame frame) throws PythonSyntaxError {
        FString f = frame.fstring;
        int start = pos;
        int startLine = line;
        int startColumn = pos - lineStart;
        while (true) {
            if (pos >= n) {
                throw error("unterminated " + (f.triple ? "triple-quoted " : "")
                        + "f-string literal (detected at line " + line + ")", f.line, f.column + 1);
            }
            char c = s.charAt(pos);
            if (c == f.quote && (!f.triple
                    || (pos + 2 < n && s.charAt(pos + 1) == f.quote && s.charAt(pos + 2) == f.quote))) {
                middle(start, startLine, startColumn);
                if (frame.mode == Mode.SPEC) {
                    // The string ends inside a format spec: CPython ends it there, and its
                    // parser then says what is missing.
                    frames.pop();
                    depth--;
                }
                int len = f.triple ? 3 : 1;
                emit(FSTRING_END, s.substring(pos, pos + len), pos, pos + len - 1, line, pos - lineStart,
                        line, pos - lineStart + len);
                pos += len;
                frames.pop();
                if (line > f.line) {
                    joined.add(new JoinedLines(f.line, line));
                }
                return;
            }
            if (c == '{') {
                if (frame.mode == Mode.LITERAL && pos + 1 < n && s.charAt(pos + 1) == '{') {
                    pos += 2;
                    continue;
                }
                if (frame.mode == Mode.SPEC && specNesting(f) >= 3) {
                    throw error("f-string: expressions nested too deeply", frame.specLine,
                            frame.specColumn + 1);
                }
                middle(start, startLine, startColumn);
                openBracket('{');
                emitHere(LBRACE, "{", pos - 1);
                frames.push(new Frame(f, Mode.FIELD, depth - 1));
                return;
            }
            if (c == '}') {
                if (frame.mode == Mode.LITERAL) {
                    if (pos + 1 < n && s.charAt(pos + 1) == '}') {
                        pos += 2;
                        continue;
                    }
                    throw error("f-string: single '}' is not allowed", line, pos - lineStart + 1);
                }
                middle(start, startLine, startColumn);
                closeField();
                return;
            }
            if (c == '\\') {
                if (inField()) {
                    noteNewerFString("a backslash in an f-string's replacement field", pos);
                }
                if (pos + 1 < n) {
                    char next = s.charAt(pos + 1);
                    if (next == '\n') {
                        pos += 2;
                        line++;
                        lineStart = pos;
                        continue;
                    }
                    if (!f.raw && next == 'N' && pos + 2 < n && s.charAt(pos + 2) == '{') {
                        int close = s.indexOf('}', pos + 3);
                        int newlineAt = s.indexOf('\n', pos + 3);
                        if (close > 0 && (newlineAt < 0 || close < newlineAt)) {
                            pos = close + 1;
                            continue;
                        }
                        // No '}': CPython reads "\\N{" as text and the escape fails later.
                        pos += 3;
                        continue;
                    }
                    if (next == '{' || next == '}') {
                        pos++;
                        continue;
                    }
                    pos += 2;
                    continue;
                }
                pos++;
                continue;
            }
            if (c == '\n') {
                if (!f.triple) {
                    if (frame.mode == Mode.SPEC) {
                        throw error("f-string: newlines are not allowed in format specifiers for single "
                                + "quoted f-strings", line, pos - lineStart + 1);
                    }
                    throw error("unterminated f-string literal (detected at line " + line + ")", f.line,
                            f.column + 1);
                }
                pos++;
                line++;
                lineStart = pos;
                continue;
            }
            pos++;
        }
    }

    /** How many format specs of one f-string are open, one inside the other. */
    private int specNesting(FString f) {
        int count = 0;
        for (Frame frame : frames) {
            if (frame.fstring != f) {
                break;
            }
            if (frame.mode == Mode.SPEC) {
                count++;
            }
        }
        return count;
    }

    private int countFStrings() {
        int count = 0;
        for (Frame f : frames) {
            if (f.mode == Mode.LITERAL) {
                count++;
            }
        }
        return count;
    }

    private void middle(int start, int startLine, int startColumn) {
        if (pos > start) {
            emit(FSTRING_MIDDLE, s.substring(start, pos), start, pos - 1, startLine, startColumn, line,
                    pos - lineStart);
        }
    }

    /** Emits the '}' that closes the innermost f-string field and returns to its string's text. */
    private void closeField() {
        depth--;
        emitHere(RBRACE, "}", pos++);
        frames.pop();
    }

    // ------------------------------------------------------------------ numbers

    private void number() throws PythonSyntaxError {
        int start = pos;
        char c = s.charAt(pos);
        if (c == '0' && pos + 1 < n && "xXoObB".indexOf(s.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(s.charAt(pos + 1));
            pos += 2;
            String what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            int digits = 0;
            while (pos < n) {
                char d = s.charAt(pos);
                if (d == '_') {
                    pos++;
                    if (pos >= n || !isRadixDigit(s.charAt(pos), kind)) {
                        throw error("invalid " + what + " literal", line, pos - lineStart);
                    }
                } else if (isRadixDigit(d, kind)) {
                    pos++;
                    digits++;
                } else if (isDigit(d) || (kind == 'x' ? false : Character.isLetterOrDigit(d))) {
                    if (isDigit(d)) {
                        throw error("invalid digit '" + d + "' in " + what + " literal", line,
                                pos - lineStart + 1);
                    }
                    break;
                } else {
                    break;
                }
            }
            if (digits == 0) {
                throw error("invalid " + what + " literal", line, pos - lineStart);
            }
            endOfNumber(start, what);
            return;
        }
        boolean nonZero = false;
        boolean leadingZero = c == '0';
        if (c != '.') {
            nonZero = decimalDigits();
        }
        boolean isFloat = false;
        if (pos < n && s.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            if (pos < n && isDigit(s.charAt(pos))) {
                decimalDigits();
            }
        }
        if (pos < n && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            boolean sign = pos < n && (s.charAt(pos) == '+' || s.charAt(pos) == '-');
            if (sign) {
                pos++;
            }
            if (pos < n && isDigit(s.charAt(pos))) {
                decimalDigits();
                isFloat = true;
            } else {
                // CPython's column: the sign after the 'e', else the character before the 'e'.
                throw error("invalid decimal literal", line, sign ? pos - lineStart
                        : pos - 1 - lineStart);
            }
        }
        if (pos < n && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) {
            pos++;
            isFloat = true;
        }
        if (leadingZero && nonZero && !isFloat) {
            throw error("leading zeros in decimal integer literals are not permitted; use an 0o prefix "
                    + "for octal integers", line, start - lineStart + 1);
        }
        endOfNumber(start, "decimal");
    }

    /** Reads digits with single underscores between them; returns whether any digit is not 0. */
    private boolean decimalDigits() throws PythonSyntaxError {
        boolean nonZero = false;
        while (pos < n) {
            char d = s.charAt(pos);
            if (isDigit(d)) {
                nonZero |= d != '0';
                pos++;
            } else if (d == '_') {
                pos++;
                if (pos >= n || !isDigit(s.charAt(pos))) {
                    throw error("invalid decimal literal", line, pos - lineStart);
                }
            } else {
                break;
            }
        }
        return nonZero;
    }

    private static boolean isRadixDigit(char d, char kind) {
        return switch (kind) {
            case 'x' -> isDigit(d) || (d >= 'a' && d <= 'f') || (d >= 'A' && d <= 'F');
            case 'o' -> d >= '0' && d <= '7';
            default -> d == '0' || d == '1';
        };
    }

    /** A number directly followed by a name is an error, unless the name is a keyword CPython allows. */
    private void endOfNumber(int start, String what) throws PythonSyntaxError {
        if (pos < n && isNameStart(s.charAt(pos))) {
            boolean allowed = false;
            for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
                if (s.startsWith(kw, pos)) {
                    allowed = true;
                    break;
                }
            }
            if (!allowed) {
                throw error("invalid " + what + " literal", line, pos - lineStart + 1);
            }
        }
        emitHere(NUMBER, s.substring(start, pos), start);
    }

    // ------------------------------------------------------------------ operators and brackets

    private void operator(Frame frame) throws PythonSyntaxError {
        int start = pos;
        char c = s.charAt(pos);
        char c1 = pos + 1 < n ? s.charAt(pos + 1) : '\0';
        char c2 = pos + 2 < n ? s.charAt(pos + 2) : '\0';
        boolean atField = frame != null && depth == frame.depth + 1;
        if (atField) {
            if (c == '}') {
                closeField();
                return;
            }
            if (c == ':') {
                frame.mode = Mode.SPEC;
                frame.specLine = line;
                frame.specColumn = pos - lineStart;
                emitHere(COLON, ":", pos++);
                return;
            }
            if (c == '!' && c1 != '=') {
                emitHere(EXCLAMATION, "!", pos++);
                return;
            }
        }
        int type;
        int len = 1;
        switch (c) {
            case '(' -> type = LPAR;
            case '[' -> type = LSQB;
            case '{' -> type = LBRACE;
            case ')', ']', '}' -> {
                closeBracket(c);
                emitHere(c == ')' ? RPAR : c == ']' ? RSQB : RBRACE, String.valueOf(c), pos++);
                return;
            }
            case ':' -> {
                type = c1 == '=' ? COLONEQUAL : COLON;
                len = c1 == '=' ? 2 : 1;
            }
            case ',' -> type = COMMA;
            case ';' -> type = SEMI;
            case '~' -> type = TILDE;
            case '.' -> {
                if (c1 == '.' && c2 == '.') {
                    type = ELLIPSIS;
                    len = 3;
                } else {
                    type = DOT;
                }
            }
            case '+' -> {
                type = c1 == '=' ? PLUSEQUAL : PLUS;
                len = c1 == '=' ? 2 : 1;
            }
            case '-' -> {
                if (c1 == '=') {
                    type = MINEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    type = RARROW;
                    len = 2;
                } else {
                    type = MINUS;
                }
            }
            case '*' -> {
                if (c1 == '*') {
                    type = c2 == '=' ? DOUBLESTAREQUAL : DOUBLESTAR;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    type = c1 == '=' ? STAREQUAL : STAR;
                    len = c1 == '=' ? 2 : 1;
                }
            }
            case '/' -> {
                if (c1 == '/') {
                    type = c2 == '=' ? DOUBLESLASHEQUAL : DOUBLESLASH;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    type = c1 == '=' ? SLASHEQUAL : SLASH;
                    len = c1 == '=' ? 2 : 1;
                }
            }
            case '%' -> {
                type = c1 == '=' ? PERCENTEQUAL : PERCENT;
                len = c1 == '=' ? 2 : 1;
            }
            case '&' -> {
                type = c1 == '=' ? AMPEREQUAL : AMPER;
                len = c1 == '=' ? 2 : 1;
            }
            case '|' -> {
                type = c1 == '=' ? VBAREQUAL : VBAR;
                len = c1 == '=' ? 2 : 1;
            }
            case '^' -> {
                type = c1 == '=' ? CIRCUMFLEXEQUAL : CIRCUMFLEX;
                len = c1 == '=' ? 2 : 1;
            }
            case '@' -> {
                type = c1 == '=' ? ATEQUAL : AT;
                len = c1 == '=' ? 2 : 1;
            }
            case '=' -> {
                type = c1 == '=' ? EQEQUAL : EQUAL;
                len = c1 == '=' ? 2 : 1;
            }
            case '!' -> {
                type = c1 == '=' ? NOTEQUAL : ERRORTOKEN;
                len = c1 == '=' ? 2 : 1;
            }
            case '<' -> {
                if (c1 == '<') {
                    type = c2 == '=' ? LEFTSHIFTEQUAL : LEFTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    type = LESSEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    type = ERRORTOKEN;
                    len = 2;
                } else {
                    type = LESS;
                }
            }
            case '>' -> {
                if (c1 == '>') {
                    type = c2 == '=' ? RIGHTSHIFTEQUAL : RIGHTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    type = GREATEREQUAL;
                    len = 2;
                } else {
                    type = GREATER;
                }
            }
            default -> {
                if (c < 0x20 || c >= 0x7f) {
                    throw error(String.format("invalid non-printable character U+%04X",
                            s.codePointAt(pos)), line, pos - lineStart + 1);
                }
                // Like CPython's ERRORTOKEN for '$', '?' and '`': no tokenizer error, a token
                // that no rule accepts, so the parser reports "invalid syntax" where it stops.
                type = ERRORTOKEN;
            }
        }
        if (type == LPAR || type == LSQB || type == LBRACE) {
            openBracket(c);
            emitHere(type, String.valueOf(c), start);
            return;
        }
        pos += len;
        emitHere(type, s.substring(start, pos), start);
    }

    private void openBracket(char c) throws PythonSyntaxError {
        if (depth == 200) {
            throw error("too many nested parentheses", line, pos - lineStart + 1);
        }
        if (depth == brackets.length) {
            brackets = java.util.Arrays.copyOf(brackets, depth * 2);
            bracketLines = java.util.Arrays.copyOf(bracketLines, depth * 2);
            bracketColumns = java.util.Arrays.copyOf(bracketColumns, depth * 2);
        }
        brackets[depth] = c;
        bracketLines[depth] = line;
        bracketColumns[depth] = pos - lineStart + 1;
        depth++;
        pos++;
    }

    private void closeBracket(char c) throws PythonSyntaxError {
        if (depth == 0 || (!frames.isEmpty() && frames.peek().mode == Mode.FIELD
                && depth == frames.peek().depth + 1)) {
            throw error((frames.isEmpty() ? "" : "f-string: ") + "unmatched '" + c + "'", line,
                    pos - lineStart + 1);
        }
        char open = brackets[depth - 1];
        char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != expected) {
            String message = "closing parenthesis '" + c + "' does not match opening parenthesis '"
                    + open + "'";
            if (bracketLines[depth - 1] != line) {
                message += " on line " + bracketLines[depth - 1];
            }
            throw error(message, line, pos - lineStart + 1);
        }
        depth--;
    }

    // ------------------------------------------------------------------ soft keywords

    /**
     * Retypes {@code match} and {@code type} as MATCH and TYPE where they begin a statement of that
     * kind. A logical line that starts with {@code match} and ends with {@code :} can only be a match
     * statement; {@code type} followed by a name can only be a type alias.
     */
    private void markSoftKeywords() {
        int size = out.size();
        for (int i = 0; i < size; i++) {
            Token t = out.get(i);
            if (t.getType() != NAME) {
                continue;
            }
            int prev = i == 0 ? NEWLINE : out.get(i - 1).getType();
            String text = t.getText();
            if (text.equals("match") && (prev == NEWLINE || prev == INDENT || prev == DEDENT)) {
                int next = i + 1 < size ? out.get(i + 1).getType() : Token.EOF;
                if (next == COLON || next == NEWLINE || next == EQUAL || next == DOT) {
                    continue;
                }
                int j = i + 1;
                while (j < size && out.get(j).getType() != NEWLINE && out.get(j).getType() != Token.EOF) {
                    j++;
                }
                if (j < size && out.get(j).getType() == NEWLINE && out.get(j - 1).getType() == COLON) {
                    ((PyToken) t).setType(MATCH);
                }
            } else if (text.equals("type") && (prev == NEWLINE || prev == INDENT || prev == DEDENT
                    || prev == SEMI || prev == COLON) && i + 2 < size && out.get(i + 1).getType() == NAME) {
                int after = out.get(i + 2).getType();
                if (after == EQUAL || after == LSQB) {
                    ((PyToken) t).setType(TYPE);
                }
            }
        }
    }

    // ------------------------------------------------------------------ emitting

    private void emitHere(int type, String text, int start) {
        emit(type, text, start, pos - 1, line, start - lineStart, line, pos - lineStart);
    }

    private void emit(int type, String text, int start, int stop, int startLine, int startColumn,
            int endLine, int endColumn) {
        PyToken token = new PyToken(type, text, start, stop, startLine, startColumn, endLine,
                endColumn);
        token.setTokenIndex(out.size());
        out.add(token);
        if (type != NEWLINE && type != INDENT && type != DEDENT) {
            lineHasTokens = true;
        }
    }

    private PythonSyntaxError error(String message, int errorLine, int column) {
        return new PythonSyntaxError("SyntaxError", message, source.path(), errorLine, column);
    }
}

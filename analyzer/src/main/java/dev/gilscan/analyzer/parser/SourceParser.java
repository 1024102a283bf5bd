package dev.gilscan.analyzer.parser;

import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.parser.antlr.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Parses Python 3.10-3.14 source into the CPython-shaped AST of {@code dev.gilscan.analyzer.ast}.
 * Never imports or runs the code. Thread-safe: parsers share only ANTLR's thread-safe DFA cache.
 */
public final class SourceParser {
    /** The newest Python 3 minor version whose syntax is accepted by default. */
    public static final int LATEST_MINOR = 14;

    private SourceParser() {}

    /** Reads and parses a file, accepting the syntax of Python 3.{@link #LATEST_MINOR}. */
    public static ParseResult parse(Path file) throws IOException, PythonSyntaxError {
        return parse(file.toString(), Files.readAllBytes(file), LATEST_MINOR);
    }

    /**
     * Parses a file's bytes (decoded as CPython does: BOM, PEP 263 declaration, else UTF-8),
     * accepting the syntax of Python 3.{@code minor}.
     */
    public static ParseResult parse(String path, byte[] bytes, int minor)
            throws PythonSyntaxError {
        return parse(path, bytes, minor, parser -> { });
    }

    /**
     * As {@link #parse(String, byte[], int)}, handing each ANTLR parser that reads the whole file
     * to {@code watch} before it runs (the fuzz test counts their prediction work).
     */
    static ParseResult parse(String path, byte[] bytes, int minor, Consumer<PythonParser> watch)
            throws PythonSyntaxError {
        SourceDecoder.Decoded decoded = SourceDecoder.decodeLeniently(path, bytes);
        return parse(path, decoded.text(), minor, decoded, watch);
    }

    /**
     * A file's text as {@link #parse(String, byte[], int)} reads it, without parsing: a report
     * quotes it for findings that come from the cache.
     */
    public static SourceText text(String path, byte[] bytes) throws PythonSyntaxError {
        return new SourceText(path, SourceDecoder.decode(path, bytes));
    }

    /** Parses text that is already decoded, such as an editor's buffer. */
    public static ParseResult parseText(String path, String text, int minor)
            throws PythonSyntaxError {
        return parse(path, text, minor, null, parser -> { });
    }

    private static ParseResult parse(String path, String text, int minor,
            SourceDecoder.@Nullable Decoded decoded, Consumer<PythonParser> watch)
            throws PythonSyntaxError {
        SourceText source = new SourceText(path, text);
        List<Comment> comments = new ArrayList<>();
        List<JoinedLines> joined = new ArrayList<>();
        try {
            PythonLexer.Lexed lexed = PythonLexer.tokenize(source, comments, joined);
            PythonSyntaxError undecodable = decoded == null ? null
                    : undecodableOutsideComments(decoded, comments, lexed.tokens());
            List<Token> tokens = lexed.tokens();
            Mod.Module module;
            try {
                PythonParser.File_inputContext tree = parseTokens(source, tokens, minor, watch);
                module = new AstBuilder(source, minor, tokens).module(tree);
            } catch (PythonSyntaxError e) {
                // CPython stops at the first error as it reads: a syntax error before the byte.
                throw undecodable == null || e.line() < undecodable.line()
                        || e.line() == undecodable.line() && e.column() < undecodable.column()
                        ? e : undecodable;
            }
            if (undecodable != null) {
                throw undecodable;
            }
            PythonLexer.FStringSyntax pep701 = lexed.newerFString();
            if (pep701 != null && minor < 12) {
                // PEP 701: CPython has no message for these before 3.12; Ruff's form says why.
                throw new PythonSyntaxError("SyntaxError", AstBuilder.newerSyntax(pep701.what(),
                        minor, 12), path, pep701.line(), pep701.column());
            }
            // Not ast.parse's but compile()'s: what `python file.py` and py_compile refuse.
            BlockNesting.check(module, minor, path);
            return new ParseResult(module, source, comments, joined);
        } catch (StackOverflowError e) {
            throw new PythonSyntaxError("SyntaxError", "too many nested parentheses or "
                    + "expressions (the file nests deeper than gilscan can follow)", path, 1, 1);
        }
    }

    /**
     * The error of the first undecodable byte outside comments, which CPython's tokenizer meets
     * when it decodes a name or a string; in a comment, which it never decodes, such bytes are
     * no error. Null if there is none.
     */
    private static @Nullable PythonSyntaxError undecodableOutsideComments(
            SourceDecoder.Decoded decoded, List<Comment> comments, List<Token> tokens) {
        int c = 0;
        for (int i = 0; i < decoded.undecodable().length; i++) {
            int line = decoded.lines()[i];
            int column = decoded.columns()[i];
            while (c < comments.size() && (comments.get(c).line() < line
                    || comments.get(c).line() == line && comments.get(c).column()
                            + comments.get(c).text().length() <= column)) {
                c++;
            }
            boolean inComment = c < comments.size() && comments.get(c).line() == line
                    && comments.get(c).column() <= column;
            if (!inComment) {
                for (Token t : tokens) {
                    if (t.getType() == PythonParser.STRING && t instanceof PyToken p
                            && before(t.getLine(), t.getCharPositionInLine(), line, column)
                            && !before(p.endLine, p.endColumn, line, column)) {
                        return decoded.errorInString(i, t.getLine(), t.getCharPositionInLine(),
                                p.endLine, p.endColumn);
                    }
                }
                return decoded.error(i);
            }
        }
        return null;
    }

    /** Whether line:column {@code a} comes before (or is) line:column {@code b}. */
    private static boolean before(int aLine, int aColumn, int bLine, int bColumn) {
        return aLine < bLine || aLine == bLine && aColumn <= bColumn;
    }

    /**
     * SLL prediction first (fast, exact for this grammar); full LL only to locate an error, which
     * {@link ErrorDiagnosis} then words as CPython does.
     */
    private static PythonParser.File_inputContext parseTokens(SourceText source,
            List<Token> tokens, int minor, Consumer<PythonParser> watch) throws PythonSyntaxError {
        ErrorToken lexError = tokens.size() > 1
                && tokens.get(tokens.size() - 2) instanceof ErrorToken e ? e : null;
        if (lexError == null) {
            PythonParser sll = parser(tokens, PredictionMode.SLL);
            watch.accept(sll);
            try {
                return sll.file_input();
            } catch (ParseCancellationException e) {
                // fall through to the LL pass, which finds the error's position precisely
            }
        }
        PythonParser ll = parser(tokens, PredictionMode.LL);
        watch.accept(ll);
        try {
            return ll.file_input();
        } catch (ParseCancellationException e) {
            throw syntaxError(source, tokens, ll, e.getCause(), lexError, minor);
        }
    }

    /** A parser that stops at the first error. */
    static PythonParser parser(List<Token> tokens, PredictionMode mode) {
        PythonParser parser = new PythonParser(new BufferedTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(mode);
        return parser;
    }

    /**
     * The error CPython reports when its parser stops at a token: the tokenizer's if the parser
     * got as far as the tokenizer's error; else the parser's (an error in a statement already
     * parsed, or the one {@link ErrorDiagnosis} finds at the token), except that a tokenizer
     * error later in the file outside f-strings wins, and so does a bracket left open at the end
     * of the file on an earlier line (CPython tokenizes the rest of the file to look for both),
     * unless the parser stopped at an unexpected indent.
     */
    private static PythonSyntaxError syntaxError(SourceText source, List<Token> tokens,
            PythonParser parser, Throwable cause, @Nullable ErrorToken lexError, int minor) {
        Token at = cause instanceof RecognitionException r && r.getOffendingToken() != null
                ? r.getOffendingToken() : parser.getCurrentToken();
        if (at instanceof ErrorToken e) {
            return e.error;
        }
        IntervalSet expected = cause instanceof RecognitionException r
                && r.getExpectedTokens() != null ? r.getExpectedTokens() : new IntervalSet();
        PythonSyntaxError error = earlierStatementError(source, tokens, cause, minor);
        if (error == null) {
            error = ErrorDiagnosis.diagnose(source, tokens, at.getTokenIndex(), expected);
        }
        if (lexError != null && !(at.getType() == PythonParser.INDENT
                && error.getMessage().equals("unexpected indent"))) {
            // CPython reports an unexpected indent as it meets it, without reading on.
            if (lexError.unclosedLine > 0 ? lexError.unclosedLine < at.getLine()
                    : !lexError.inFString) {
                return lexError.error;
            }
        }
        return error;
    }

    /**
     * CPython's second pass reports the first statement that its error rules refuse: the error
     * of a top-level statement parsed in full before the one where the parser stopped.
     */
    private static @Nullable PythonSyntaxError earlierStatementError(SourceText source,
            List<Token> tokens, Throwable cause, int minor) {
        if (!(cause instanceof RecognitionException r) || r.getCtx() == null) {
            return null;
        }
        RuleContext root = r.getCtx();
        while (root.parent != null) {
            root = root.parent;
        }
        if (!(root instanceof PythonParser.File_inputContext file)) {
            return null;
        }
        List<PythonParser.StmtContext> done = file.stmt();
        int complete = done.size();
        for (RuleContext c = r.getCtx(); c != null; c = c.parent) {
            if (!done.isEmpty() && c == done.get(done.size() - 1)) {
                complete--;
            }
        }
        AstBuilder builder = new AstBuilder(source, minor, tokens);
        for (int i = 0; i < complete; i++) {
            try {
                builder.checkStatement(done.get(i));
            } catch (PythonSyntaxError e) {
                return e;
            }
        }
        return null;
    }
}

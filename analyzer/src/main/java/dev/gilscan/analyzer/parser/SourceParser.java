package dev.gilscan.analyzer.parser;

import dev.gilscan.analyzer.parser.antlr.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BufferedTokenStream;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

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
        return parseText(path, SourceDecoder.decode(path, bytes), minor);
    }

    /** Parses text that is already decoded, such as an editor's buffer. */
    public static ParseResult parseText(String path, String text, int minor)
            throws PythonSyntaxError {
        SourceText source = new SourceText(path, text);
        List<Comment> comments = new ArrayList<>();
        List<JoinedLines> joined = new ArrayList<>();
        try {
            List<Token> tokens = PythonLexer.tokenize(source, comments, joined);
            PythonParser.File_inputContext tree = parseTokens(source, tokens);
            return new ParseResult(new AstBuilder(source, minor).module(tree), source, comments,
                    joined);
        } catch (StackOverflowError e) {
            throw new PythonSyntaxError("SyntaxError", "too many nested parentheses or "
                    + "expressions (the file nests deeper than gilscan can follow)", path, 1, 1);
        }
    }

    /** SLL prediction first (fast, exact for this grammar); full LL only to locate an error. */
    private static PythonParser.File_inputContext parseTokens(SourceText source,
            List<Token> tokens) throws PythonSyntaxError {
        PythonParser parser = new PythonParser(new BufferedTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        parser.setErrorHandler(new BailErrorStrategy());
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return parser.file_input();
        } catch (ParseCancellationException e) {
            // fall through to the LL pass, which finds the error's position precisely
        }
        PythonParser ll = new PythonParser(new BufferedTokenStream(new ListTokenSource(tokens)));
        ll.removeErrorListeners();
        ll.setErrorHandler(new BailErrorStrategy());
        ll.getInterpreter().setPredictionMode(PredictionMode.LL);
        try {
            return ll.file_input();
        } catch (ParseCancellationException e) {
            throw syntaxError(source, ll, e.getCause());
        }
    }

    /** The SyntaxError (or IndentationError) for the token where the parser got stuck. */
    private static PythonSyntaxError syntaxError(SourceText source, PythonParser parser,
            Throwable cause) {
        Token at = cause instanceof RecognitionException r && r.getOffendingToken() != null
                ? r.getOffendingToken() : parser.getCurrentToken();
        IntervalSet expected = cause instanceof RecognitionException r
                && r.getExpectedTokens() != null ? r.getExpectedTokens() : new IntervalSet();
        String kind = "SyntaxError";
        String message = "invalid syntax";
        if (at.getType() == PythonParser.INDENT) {
            kind = "IndentationError";
            message = "unexpected indent";
        } else if (expected.contains(PythonParser.INDENT) && expected.size() == 1) {
            kind = "IndentationError";
            message = "expected an indented block";
        } else if (at.getType() == PythonParser.DEDENT) {
            kind = "IndentationError";
            message = "unindent does not match the block";
        } else if (at.getType() == Token.EOF) {
            message = "unexpected EOF while parsing";
        }
        if ((at.getType() == Token.EOF || at.getType() == PythonParser.DEDENT)
                && at.getTokenIndex() > 0) {
            // Nothing is there: point at the end of the last line that has code, as CPython does.
            Token previous = parser.getTokenStream().get(at.getTokenIndex() - 1);
            while (previous.getType() == PythonParser.DEDENT && previous.getTokenIndex() > 0) {
                previous = parser.getTokenStream().get(previous.getTokenIndex() - 1);
            }
            at = previous;
        }
        return new PythonSyntaxError(kind, message, source.path(), at.getLine(),
                at.getCharPositionInLine() + 1);
    }
}

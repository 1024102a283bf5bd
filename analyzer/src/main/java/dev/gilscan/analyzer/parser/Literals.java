package dev.gilscan.analyzer.parser;

import static dev.gilscan.analyzer.parser.antlr.PythonParser.*;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Span;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Number and string literals: their values (escape sequences, implicit concatenation, bytes) and
 * f-strings and t-strings as JoinedStr/FormattedValue and TemplateStr/Interpolation, with the
 * positions CPython 3.12+ gives their parts.
 */
final class Literals {
    private final SourceText src;
    private final AstBuilder builder;

    Literals(SourceText src, AstBuilder builder) {
        this.src = src;
        this.builder = builder;
    }

    // ------------------------------------------------------------------ numbers

    Expr number(Token token) {
        String text = token.getText().replace("_", "");
        Span span = builder.span(token, token);
        char last = text.charAt(text.length() - 1);
        if (last == 'j' || last == 'J') {
            double imag = Double.parseDouble(text.substring(0, text.length() - 1));
            return new Expr.Constant(new ConstantValue.Complex(0.0, imag), null, span);
        }
        if (text.length() > 1 && text.charAt(0) == '0') {
            char kind = Character.toLowerCase(text.charAt(1));
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : kind == 'b' ? 2 : 0;
            if (radix != 0) {
                return new Expr.Constant(new ConstantValue.Int(new BigInteger(text.substring(2),
                        radix)), null, span);
            }
        }
        if (text.indexOf('.') >= 0 || text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return new Expr.Constant(new ConstantValue.Float(Double.parseDouble(text)), null, span);
        }
        ConstantValue value = text.length() < 18 ? ConstantValue.Int.of(Long.parseLong(text))
                : new ConstantValue.Int(new BigInteger(text));
        return new Expr.Constant(value, null, span);
    }

    // ------------------------------------------------------------------ strings

    /** A literal piece of text waiting to become a Constant, with the span it covers so far. */
    private static final class Pending {
        final StringBuilder text = new StringBuilder();
        @Nullable Span start;
        @Nullable Span end;

        void add(String s, Span span) {
            if (start == null) {
                start = span;
            }
            end = span;
            text.append(s);
        }
    }

    Expr strings(StringsContext ctx) throws PythonSyntaxError {
        List<ParseTree> pieces = ctx.children;
        boolean anyFormatted = false;
        boolean anyTemplate = false;
        boolean anyBytes = false;
        boolean anyPlain = false;
        for (ParseTree piece : pieces) {
            String prefix = prefixOf(piece);
            if (piece instanceof FstringContext) {
                anyFormatted = true;
                anyTemplate |= prefix.indexOf('t') >= 0;
            } else if (prefix.indexOf('b') >= 0) {
                anyBytes = true;
            } else {
                anyPlain = true;
            }
        }
        Span span = builder.span(ctx);
        if (anyTemplate && (anyPlain || pieces.size() > countTemplates(pieces))) {
            throw builder.error("cannot mix t-string literals with string or bytes literals",
                    ctx.start);
        }
        if (anyBytes && (anyPlain || anyFormatted)) {
            throw builder.error("cannot mix bytes and nonbytes literals", builder.next(ctx.stop));
        }
        if (!anyFormatted) {
            return plainStrings(ctx, pieces, anyBytes, span);
        }
        if (anyTemplate && builder.minor() < 14) {
            throw builder.error("t-strings are only supported in Python 3.14 and greater",
                    ctx.start);
        }
        List<Expr> values = new ArrayList<>();
        Pending pending = new Pending();
        for (ParseTree piece : pieces) {
            if (piece instanceof TerminalNode t) {
                Token tok = t.getSymbol();
                String text = tok.getText();
                String prefix = prefixOf(piece);
                int quote = quoteLength(text, prefix.length());
                String body = text.substring(prefix.length() + quote, text.length() - quote);
                pending.add(decodeStr(body, prefix.indexOf('r') >= 0, tok), builder.span(tok, tok));
            } else {
                fstringParts((FstringContext) piece, values, pending, anyTemplate);
            }
        }
        flush(values, pending);
        return anyTemplate ? new Expr.TemplateStr(values, span) : new Expr.JoinedStr(values, span);
    }

    private static int countTemplates(List<ParseTree> pieces) {
        int n = 0;
        for (ParseTree piece : pieces) {
            if (piece instanceof FstringContext && prefixOf(piece).indexOf('t') >= 0) {
                n++;
            }
        }
        return n;
    }

    private Expr plainStrings(StringsContext ctx, List<ParseTree> pieces, boolean bytes, Span span)
            throws PythonSyntaxError {
        String kind = rawPrefixOf(pieces.get(0)).indexOf('u') >= 0 ? "u" : null;
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (ParseTree piece : pieces) {
                Token tok = ((TerminalNode) piece).getSymbol();
                String text = tok.getText();
                String prefix = prefixOf(piece);
                int quote = quoteLength(text, prefix.length());
                byte[] b = decodeBytes(text.substring(prefix.length() + quote,
                        text.length() - quote), prefix.indexOf('r') >= 0, tok);
                out.write(b, 0, b.length);
            }
            return new Expr.Constant(new ConstantValue.Bytes(out.toByteArray()), null, span);
        }
        StringBuilder value = new StringBuilder();
        for (ParseTree piece : pieces) {
            Token tok = ((TerminalNode) piece).getSymbol();
            String text = tok.getText();
            String prefix = prefixOf(piece);
            int quote = quoteLength(text, prefix.length());
            value.append(decodeStr(text.substring(prefix.length() + quote, text.length() - quote),
                    prefix.indexOf('r') >= 0, tok));
        }
        return new Expr.Constant(new ConstantValue.Str(value.toString()), kind, span);
    }

    private static String prefixOf(ParseTree piece) {
        return rawPrefixOf(piece).toLowerCase(Locale.ROOT);
    }

    /** The prefix letters as written (CPython gives kind 'u' for a lowercase u only). */
    private static String rawPrefixOf(ParseTree piece) {
        String text = piece instanceof TerminalNode t ? t.getText()
                : ((FstringContext) piece).FSTRING_START().getText();
        int i = 0;
        while (i < text.length() && text.charAt(i) != '\'' && text.charAt(i) != '"') {
            i++;
        }
        return text.substring(0, i);
    }

    private static int quoteLength(String text, int prefixLength) {
        char q = text.charAt(prefixLength);
        return text.length() >= prefixLength + 6 && text.charAt(prefixLength + 1) == q
                && text.charAt(prefixLength + 2) == q ? 3 : 1;
    }

    private void flush(List<Expr> values, Pending pending) {
        if (pending.start != null && pending.text.length() > 0) {
            values.add(new Expr.Constant(new ConstantValue.Str(pending.text.toString()), null,
                    AstBuilder.span(pending.start, pending.end)));
        }
        pending.text.setLength(0);
        pending.start = null;
        pending.end = null;
    }

    private void fstringParts(FstringContext ctx, List<Expr> values, Pending pending,
            boolean template) throws PythonSyntaxError {
        boolean raw = prefixOf(ctx).indexOf('r') >= 0;
        for (Fstring_partContext part : ctx.fstring_part()) {
            if (part.FSTRING_MIDDLE() != null) {
                Token tok = part.FSTRING_MIDDLE().getSymbol();
                // CPython reports a bad escape in an f-string at the string's closing quote.
                String text = decodeStr(unescapeBraces(tok.getText()), raw,
                        ctx.FSTRING_END().getSymbol());
                if (!text.isEmpty()) {
                    pending.add(text, builder.span(tok, tok));
                }
            } else {
                field(part.fstring_field(), values, pending, raw, template);
            }
        }
    }

    private static String unescapeBraces(String s) {
        if (s.indexOf('{') < 0 && s.indexOf('}') < 0) {
            return s;
        }
        return s.replace("{{", "{").replace("}}", "}");
    }

    private void field(Fstring_fieldContext ctx, List<Expr> values, Pending pending, boolean raw,
            boolean template) throws PythonSyntaxError {
        Token open = ctx.start;
        Star_or_yieldContext exprCtx = ctx.star_or_yield();
        Expr value = builder.fieldExpression(exprCtx);
        if (ctx.debug != null) {
            Token after = tokenAfter(ctx, ctx.debug);
            int from = open.getStopIndex() + 1;
            int to = after.getStartIndex();
            pending.add(withoutComments(src.text().substring(from, to)), rangeSpan(from, to));
        }
        flush(values, pending);
        int conversion = -1;
        if (ctx.conversion != null) {
            String c = ctx.conversion.getText();
            if (!c.equals("r") && !c.equals("s") && !c.equals("a")) {
                throw builder.error("f-string: invalid conversion character '" + c
                        + "': expected 's', 'r', or 'a'", ctx.conversion);
            }
            conversion = c.charAt(0);
        }
        Expr spec = null;
        TerminalNode colon = ctx.COLON();
        if (colon != null) {
            List<Expr> specValues = new ArrayList<>();
            Pending specText = new Pending();
            for (Fstring_partContext part : ctx.fstring_part()) {
                if (part.FSTRING_MIDDLE() != null) {
                    Token tok = part.FSTRING_MIDDLE().getSymbol();
                    String text = decodeStr(tok.getText(), raw, tok);
                    if (!text.isEmpty()) {
                        specText.add(text, builder.span(tok, tok));
                    }
                } else {
                    field(part.fstring_field(), specValues, specText, raw, false);
                }
            }
            flush(specValues, specText);
            Token close = ctx.stop;
            Span specSpan = rangeSpan(colon.getSymbol().getStartIndex(), close.getStartIndex());
            if (splitByNamedEscape(ctx, raw) && specValues.size() == 1
                    && specValues.get(0) instanceof Expr.Constant c) {
                // 3.14 starts this Constant at the ':', 3.13 after it.
                spec = builder.minor() >= 14 ? new Expr.Constant(c.value(), c.kind(),
                        AstBuilder.span(specSpan, c.span())) : c;
            } else {
                spec = new Expr.JoinedStr(specValues, specSpan);
            }
        }
        if (ctx.debug != null && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        Span span = builder.span(ctx);
        if (template) {
            String text = withoutComments(src.text().substring(open.getStopIndex() + 1,
                    exprCtx.stop.getStopIndex() + 1));
            values.add(new Expr.Interpolation(value, text, conversion, spec, span));
        } else {
            values.add(new Expr.FormattedValue(value, conversion, spec, span));
        }
    }

    /**
     * True if a format spec made only of text has a {@code \\N{...}} escape with more text after
     * it. CPython's tokenizer splits such a spec in two, and since 3.13 the parts are joined into
     * a bare Constant instead of a JoinedStr.
     */
    private static boolean splitByNamedEscape(Fstring_fieldContext ctx, boolean raw) {
        if (raw) {
            return false;
        }
        for (Fstring_partContext part : ctx.fstring_part()) {
            if (part.FSTRING_MIDDLE() == null) {
                return false;
            }
        }
        String text = ctx.fstring_part().isEmpty() ? ""
                : ctx.fstring_part(0).FSTRING_MIDDLE().getText();
        int escape = text.indexOf("\\N{");
        if (escape < 0) {
            return false;
        }
        int close = text.indexOf('}', escape);
        return close >= 0 && close + 1 < text.length();
    }

    /** The text of an f-string field as CPython keeps it for {@code =}: comments removed. */
    private static String withoutComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\') {
                    b.append(c);
                    c = text.charAt(++i);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static Token tokenAfter(Fstring_fieldContext ctx, Token token) {
        for (int i = 0; i < ctx.getChildCount() - 1; i++) {
            if (ctx.getChild(i) instanceof TerminalNode t && t.getSymbol() == token) {
                ParseTree next = ctx.getChild(i + 1);
                return next instanceof TerminalNode n ? n.getSymbol()
                        : ((org.antlr.v4.runtime.ParserRuleContext) next).start;
            }
        }
        return ctx.stop;
    }

    /** The span of a character range of the source. */
    private Span rangeSpan(int from, int to) {
        int startLine = lineOf(from);
        int endLine = lineOf(to);
        int startCol = from - src.lineStart(startLine);
        int endCol = to - src.lineStart(endLine);
        return new Span(startLine, src.utf8Column(startLine, startCol), endLine,
                src.utf8Column(endLine, endCol), startCol, endCol);
    }

    private int lineOf(int index) {
        int lo = 1;
        int hi = src.lineCount();
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (src.lineStart(mid) <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    // ------------------------------------------------------------------ escape sequences

    String decodeStr(String body, boolean raw, Token at) throws PythonSyntaxError {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder b = new StringBuilder(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                b.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> b.append(e);
                case 'a' -> b.append('\u0007');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'n' -> b.append('\n');
                case 'r' -> b.append('\r');
                case 't' -> b.append('\t');
                case 'v' -> b.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 0;
                    while (k < 2 && i + 1 < n && body.charAt(i + 1) >= '0'
                            && body.charAt(i + 1) <= '7') {
                        v = v * 8 + body.charAt(++i) - '0';
                        k++;
                    }
                    b.append((char) v);
                }
                case 'x' -> {
                    b.append((char) hex(body, i + 1, 2, at, "truncated \\xXX escape"));
                    i += 2;
                }
                case 'u' -> {
                    b.append((char) hex(body, i + 1, 4, at, "truncated \\uXXXX escape"));
                    i += 4;
                }
                case 'U' -> {
                    int cp = hex(body, i + 1, 8, at, "truncated \\UXXXXXXXX escape");
                    if (cp > 0x10FFFF) {
                        throw unicodeError(at, body, i - 1, i + 8, "illegal Unicode character");
                    }
                    b.appendCodePoint(cp);
                    i += 8;
                }
                case 'N' -> {
                    int close = i + 1 < n && body.charAt(i + 1) == '{' ? body.indexOf('}', i) : -1;
                    if (close < 0) {
                        throw unicodeError(at, body, i - 1, i + 1 < n && body.charAt(i + 1) == '{'
                                ? n - 1 : i, "malformed \\N character escape");
                    }
                    String name = body.substring(i + 2, close);
                    int cp = UnicodeNames.lookup(name);
                    if (cp < 0) {
                        throw unicodeError(at, body, i - 1, close,
                                "unknown Unicode character name");
                    }
                    b.appendCodePoint(cp);
                    i = close;
                }
                default -> b.append('\\').append(e);
            }
        }
        return b.toString();
    }

    private int hex(String body, int from, int digits, Token at, String message)
            throws PythonSyntaxError {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = from + k < body.length() ? Character.digit(body.charAt(from + k), 16) : -1;
            if (d < 0 || body.charAt(from + k) > 0x7f) {
                throw unicodeError(at, body, from - 2, from + k - 1, message);
            }
            v = v * 16 + d;
        }
        return v;
    }

    /**
     * CPython's error for a bad escape from {@code body[from]} to {@code body[to]}: positions
     * count in its escaped buffer, where each character outside ASCII takes ten ({@code \\U...}).
     */
    private PythonSyntaxError unicodeError(Token at, String body, int from, int to,
            String message) {
        return builder.error("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                + escapedOffset(body, from) + "-" + escapedOffset(body, to) + ": " + message, at);
    }

    private static int escapedOffset(String body, int index) {
        int offset = 0;
        for (int k = 0; k < index && k < body.length(); k++) {
            char c = body.charAt(k);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            offset += c < 0x80 ? 1 : 10;
        }
        return offset;
    }

    byte[] decodeBytes(String body, boolean raw, Token at) throws PythonSyntaxError {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int n = body.length();
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= 0x80) {
                throw builder.error("bytes can only contain ASCII literal characters", at);
            }
            if (raw || c != '\\' || i + 1 >= n) {
                out.write(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    int k = 0;
                    while (k < 2 && i + 1 < n && body.charAt(i + 1) >= '0'
                            && body.charAt(i + 1) <= '7') {
                        v = v * 8 + body.charAt(++i) - '0';
                        k++;
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    int hi = i + 1 < n ? Character.digit(body.charAt(i + 1), 16) : -1;
                    int lo = i + 2 < n ? Character.digit(body.charAt(i + 2), 16) : -1;
                    if (hi < 0 || lo < 0) {
                        throw builder.error("(value error) invalid \\x escape at position "
                                + (i - 1), at);
                    }
                    out.write(hi * 16 + lo);
                    i += 2;
                }
                default -> {
                    if (e >= 0x80) {
                        throw builder.error("bytes can only contain ASCII literal characters", at);
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }
}

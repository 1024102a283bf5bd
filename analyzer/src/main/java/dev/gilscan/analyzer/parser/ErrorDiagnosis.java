package dev.gilscan.analyzer.parser;

import static dev.gilscan.analyzer.parser.antlr.PythonParser.*;

import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.ExprContext;
import dev.gilscan.analyzer.parser.antlr.PythonParser;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.jspecify.annotations.Nullable;

/**
 * Words a parse failure as CPython 3.13 does. CPython's parser, once it fails, parses again with
 * rules that recognize common mistakes ({@code invalid_*} in its grammar) and reports the first
 * that matches; else "invalid syntax" at the furthest token it read. This class looks at the
 * tokens around the one where our parser stopped for the same mistakes, most common first: a
 * missing block or colon, Python 2's print, a missing comma, {@code =} for {@code ==}, an empty or
 * unfinished f-string field.
 */
final class ErrorDiagnosis {
    /** Statement keywords whose header ends with ':' and whose block CPython names. */
    private static final Set<String> HEADERS = Set.of("if", "elif", "else", "while", "for",
            "with", "try", "except", "finally", "class", "def", "match", "case");

    private final SourceText source;
    private final List<Token> t;
    private final int size;
    private final int i;
    private final IntervalSet expected;

    private ErrorDiagnosis(SourceText source, List<Token> tokens, int index, IntervalSet expected) {
        this.source = source;
        this.t = tokens;
        this.size = tokens.size();
        this.i = index;
        this.expected = expected;
    }

    /** The error for a parse that stopped at token {@code index}, expecting {@code expected}. */
    static PythonSyntaxError diagnose(SourceText source, List<Token> tokens, int index,
            IntervalSet expected) {
        return new ErrorDiagnosis(source, tokens, index, expected).run();
    }

    private PythonSyntaxError run() {
        Token at = tok(i);
        int type = at.getType();
        if (type == INDENT) {
            return error("IndentationError", "unexpected indent", at.getLine(),
                    Math.max(1, at.getCharPositionInLine()));
        }
        if (expected.contains(INDENT) && expected.size() == 1) {
            return indentedBlockExpected(at);
        }
        if (expected.contains(EXCEPT) && expected.contains(FINALLY) && type != EXCEPT) {
            return syntax("expected 'except' or 'finally' block", lastCode(i));
        }
        if (type == DEDENT) {
            return error("IndentationError", "unindent does not match the block",
                    lastCode(i).getLine(), column(lastCode(i)));
        }
        int start = logicalLineStart(i);
        int head = start < t.size() && tok(start).getType() == ASYNC ? start + 1 : start;
        String keyword = tok(head).getText();
        PythonSyntaxError found = header(at, head, keyword);
        if (found == null) {
            found = legacyPrint(start);
        }
        if (found == null) {
            found = imports(at, start);
        }
        if (found == null) {
            found = parameters(at, start);
        }
        if (found == null) {
            found = fstringField();
        }
        if (found == null) {
            found = expression(at, start);
        }
        if (found != null) {
            return found;
        }
        if (type == Token.EOF) {
            return syntax("unexpected EOF while parsing", lastCode(i));
        }
        return syntax("invalid syntax", at);
    }

    // ------------------------------------------------------------------ statements

    /** "expected an indented block after 'if' statement on line 1", from the block's header. */
    private PythonSyntaxError indentedBlockExpected(Token at) {
        String message = "expected an indented block";
        if (i >= 2 && tok(i - 1).getType() == NEWLINE && tok(i - 2).getType() == COLON) {
            int start = logicalLineStart(i - 2);
            if (tok(start).getType() == ASYNC) {
                start++;
            }
            Token kw = tok(start);
            String word = kw.getText();
            if (word.equals("except") && tok(start + 1).getType() == STAR) {
                word = "except*";
            }
            if (word.equals("def")) {
                message += " after function definition on line " + kw.getLine();
            } else if (word.equals("class")) {
                message += " after class definition on line " + kw.getLine();
            } else if (HEADERS.contains(word) || word.equals("except*")) {
                message += " after '" + word + "' statement on line " + kw.getLine();
            }
        }
        if (atEndOfFile(i)) {
            // CPython puts the end of the file just past its last line, blank or comment too.
            int last = Math.max(1, source.text().endsWith("\n") ? source.lineCount() - 1
                    : source.lineCount());
            return error("IndentationError", message, last, source.lineText(last).length() + 1);
        }
        if (at.getType() == DEDENT) {
            // CPython's DEDENT has no column: it reports 0.
            return error("IndentationError", message, at.getLine(), 0);
        }
        return error("IndentationError", message, at.getLine(), column(at));
    }

    /** The tokens CPython's grammar forces after a compound statement's keyword. */
    private @Nullable PythonSyntaxError header(Token at, int head, String keyword) {
        int type = at.getType();
        boolean statement = tok(head).getType() != NAME || keyword.equals("match")
                || keyword.equals("case");
        if (!statement || !HEADERS.contains(keyword)) {
            return null;
        }
        if (keyword.equals("for") && onLine(i, logicalLineStart(head))
                && backTo(IN, head) < 0) {
            PythonSyntaxError target = forTarget(head + 1, i);
            if (target != null) {
                return target;
            }
        }
        if (keyword.equals("case") && onLine(i, head)) {
            PythonSyntaxError order = classPatternOrder(head);
            if (order != null) {
                return order;
            }
        }
        if ((keyword.equals("try") || keyword.equals("finally") || keyword.equals("else"))
                && i == head + 1 && type != COLON) {
            return syntax("expected ':'", at);
        }
        if (keyword.equals("def") && tok(head + 1).getType() == NAME) {
            int open = head + 2;
            if (tok(open).getType() == LSQB) {
                if (tok(open + 1).getType() == RSQB) {
                    return syntax("Type parameter list cannot be empty", tok(open + 1));
                }
                open = matching(open) + 1;
            }
            if (i == open && type != LPAR) {
                return syntax("expected '('", at);
            }
        }
        if ((keyword.equals("class") || keyword.equals("def")) && i == head + 3
                && tok(head + 2).getType() == LSQB && type == RSQB) {
            return syntax("Type parameter list cannot be empty", at);
        }
        if (type == NEWLINE && onLine(i, head) && (expected.contains(COLON)
                || (keyword.equals("with") && backTo(COLON, head) < 0))) {
            return syntax("expected ':'", at);
        }
        if (keyword.equals("match") && tok(head).getType() == NAME && onLine(i, head)) {
            int end = head;
            while (tok(end).getType() != NEWLINE && tok(end).getType() != Token.EOF) {
                if (tok(end).getType() == COLON) {
                    return null;
                }
                end++;
            }
            if (end > head + 1 && startsExpression(tok(head + 1))) {
                return syntax("expected ':'", tok(end));
            }
        }
        return null;
    }

    /** {@code import a from b}, {@code from a import}, {@code from a import b,}. */
    private @Nullable PythonSyntaxError imports(Token at, int start) {
        int first = tok(start).getType();
        int type = at.getType();
        if (first == IMPORT && type == FROM && onLine(i, start)) {
            return syntax("Did you mean to use 'from ... import ...' instead?", tok(start));
        }
        if ((first == IMPORT || first == FROM) && type == NEWLINE && tok(i - 1).getType() == IMPORT) {
            return syntax("Expected one or more names after 'import'", at);
        }
        if (first == FROM && type == NEWLINE && tok(i - 1).getType() == COMMA
                && depthAt(start, i) == 0) {
            return syntax("trailing comma not allowed without surrounding parentheses", at);
        }
        if (first == EXCEPT && type == AS && backTo(COMMA, start) > start) {
            int type0 = tok(start + 1).getType() == STAR ? start + 2 : start + 1;
            return syntax("multiple exception types must be parenthesized", tok(type0));
        }
        return null;
    }

    /** Mistakes in the parameters of a {@code def} or {@code lambda}. */
    private @Nullable PythonSyntaxError parameters(Token at, int start) {
        Token open = innermostOpen(start);
        if (!inParameters(open, start)) {
            return null;
        }
        boolean def = isDefParen(open);
        int type = at.getType();
        Token prev = tok(i - 1);
        if (def && tok(open.getTokenIndex() + 1).getType() == SLASH) {
            return syntax("at least one argument must precede /", tok(open.getTokenIndex() + 1));
        }
        if (type == LPAR && (prev.getType() == COMMA || prev == open || prev.getType() == LAMBDA)) {
            return syntax(def ? "Function parameters cannot be parenthesized"
                    : "Lambda expression parameters cannot be parenthesized", at);
        }
        if (type == STAR && prev.getType() == SLASH) {
            return syntax("expected comma between / and *", at);
        }
        if ((type == COMMA || type == RPAR || type == COLON) && prev.getType() == EQUAL) {
            return syntax("expected default value expression", prev);
        }
        if (type == EQUAL) {
            int k = i - 1;
            int paramStart = k;
            while (paramStart > start && tok(paramStart - 1).getType() != COMMA
                    && tok(paramStart - 1) != open && tok(paramStart - 1).getType() != LAMBDA) {
                paramStart--;
            }
            int star = tok(paramStart).getType();
            if (star == STAR) {
                return syntax("var-positional argument cannot have default value", at);
            }
            if (star == DOUBLESTAR) {
                return syntax("var-keyword argument cannot have default value", at);
            }
        }
        return null;
    }

    /** Python 2's {@code print x} and {@code exec code}. */
    private @Nullable PythonSyntaxError legacyPrint(int start) {
        Token first = tok(start);
        if (first.getType() != NAME || start + 1 >= t.size() || !onLine(i, start)) {
            return null;
        }
        String name = first.getText();
        Token next = tok(start + 1);
        if ((name.equals("print") || name.equals("exec")) && next.getType() != LPAR
                && startsExpression(next)) {
            return syntax("Missing parentheses in call to '" + name + "'. Did you mean " + name
                    + "(...)?", first);
        }
        return null;
    }

    // ------------------------------------------------------------------ expressions

    private @Nullable PythonSyntaxError expression(Token at, int lineStart) {
        int type = at.getType();
        int depth = depthAt(lineStart, i);
        Token inner = depth > 0 ? innermostOpen(lineStart) : null;
        if (type == NOT && i > 0 && isOperator(tok(i - 1))) {
            return syntax("'not' after an operator must be parenthesized", at);
        }
        if (expected.contains(ELSE) && type != COLON) {
            int ifAt = backTo(IF, lineStart);
            if (ifAt > lineStart) {
                int a = expressionStart(ifAt - 1, lineStart);
                if (a < ifAt) {
                    return syntax("expected 'else' after 'if' expression", tok(a));
                }
            }
        }
        Token prev = tok(i - 1);
        if (depth > 0 && ((prev.getType() == STAR && i - 1 > lineStart && !startsExpression(at))
                || (inner != null && inner.getType() == LPAR
                        && tok(inner.getTokenIndex() - 1).getType() == STAR))) {
            return syntax("Invalid star expression", at);
        }
        Token first = tok(lineStart);
        if (first.getType() == NAME && first.getText().equals("case") && prev.getType() == AS) {
            return syntax("invalid pattern target", at);
        }
        if (first.getType() == NAME && !first.getText().equals("case")
                && tok(lineStart - 1).getType() == INDENT
                && tok(lineStart - 2).getType() == NEWLINE && tok(lineStart - 3).getType() == COLON
                && tok(logicalLineStart(lineStart - 3)).getType() == MATCH) {
            return syntax("invalid syntax", first);
        }
        if (type == RSQB && prev.getType() == LSQB && tok(i - 2).getType() == NAME
                && (tok(lineStart).getType() == TYPE || tok(lineStart).getType() == CLASS
                        || tok(lineStart).getType() == DEF || tok(lineStart).getType() == ASYNC)) {
            return syntax("Type parameter list cannot be empty", at);
        }
        if (inner != null && inner.getType() == LBRACE) {
            if ((type == RBRACE || type == COMMA) && prev.getType() == COLON) {
                return syntax("expression expected after dictionary key and ':'", prev);
            }
            if (type == STAR && prev.getType() == COLON) {
                return syntax("cannot use a starred expression in a dictionary value", at);
            }
        }
        if (depth > 0 && (type == RPAR || type == COMMA) && prev.getType() == EQUAL
                && tok(i - 2).getType() == NAME) {
            return syntax("expected argument value expression", tok(i - 2));
        }
        if (type == EQUAL && inner != null
                && inner.getType() == LPAR && isCall(inner.getTokenIndex())) {
            int k = i - 1;
            int argStart = expressionStart(k, inner.getTokenIndex() + 1);
            int before = tok(argStart - 1).getType();
            if (before == STAR || before == DOUBLESTAR) {
                return syntax(before == STAR ? "cannot assign to iterable argument unpacking"
                        : "cannot assign to keyword argument unpacking", tok(argStart - 1));
            }
        }
        if (type == FOR && inner != null && inner.getType() == LPAR) {
            int element = expressionStart(i - 1, inner.getTokenIndex() + 1);
            if (tok(element - 1).getType() == STAR && element - 1 > inner.getTokenIndex()
                    && (tok(element - 2) == inner || tok(element - 2).getType() == COMMA)) {
                return syntax("iterable unpacking cannot be used in comprehension",
                        tok(element - 1));
            }
        }
        if (type == FOR && inner != null && inner.getType() != LPAR
                && backTo(COMMA, inner.getTokenIndex()) > 0) {
            return syntax("did you forget parentheses around the comprehension target?",
                    tok(inner.getTokenIndex() + 1));
        }
        if (expected.contains(IN) && type != IN && depth > 0 && backTo(FOR, lineStart) >= 0) {
            return syntax("'in' expected after for-loop variables", at);
        }
        if (type == EQUAL && i > lineStart) {
            PythonSyntaxError e = equalsForComparison(lineStart, depth);
            if (e != null) {
                return e;
            }
        }
        if (depth > 0 && i > lineStart && startsExpression(at) && endsExpression(tok(i - 1))
                && !inParameters(inner, lineStart) && backTo(FOR, lineStart) < 0
                && type != LPAR && type != LSQB && type != NOT && type != IN && type != IS) {
            int a = expressionStart(i - 1, lineStart);
            Token a0 = tok(a);
            boolean softOrLegacy = a0.getType() == NAME && (a + 1 < i
                    && tok(a + 1).getType() == STRING
                    || Set.of("print", "exec", "match", "case", "type", "_")
                            .contains(a0.getText()));
            if (!softOrLegacy) {
                return syntax("invalid syntax. Perhaps you forgot a comma?", a0);
            }
        }
        return null;
    }

    /** Whether the failure is in the parameters of a def (its '(' is {@code open}) or lambda. */
    private boolean inParameters(@Nullable Token open, int lineStart) {
        if (isDefParen(open)) {
            return true;
        }
        int lambdaAt = backTo(LAMBDA, lineStart);
        if (lambdaAt < 0) {
            return false;
        }
        for (int k = lambdaAt + 1; k < i; k++) {
            if (tok(k).getType() == COLON) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code open} is the '(' of a def's parameters. */
    private boolean isDefParen(@Nullable Token open) {
        return open != null && open.getType() == LPAR
                && tok(open.getTokenIndex() - 1).getType() == NAME
                && (tok(open.getTokenIndex() - 2).getType() == DEF
                        || tok(open.getTokenIndex() - 2).getType() == RSQB);
    }

    /** {@code if x = 1:} and {@code [x, y=1]}: '=' where an expression goes. */
    private @Nullable PythonSyntaxError equalsForComparison(int lineStart, int depth) {
        String keyword = tok(lineStart).getText();
        boolean condition = depth == 0 && (keyword.equals("if") || keyword.equals("elif")
                || keyword.equals("while"));
        Token open = depth > 0 ? innermostOpen(lineStart) : null;
        boolean display = open != null
                && (open.getType() != LPAR || !isCall(open.getTokenIndex()));
        if (!condition && !display) {
            return null;
        }
        int a = expressionStart(i - 1, lineStart);
        if (a >= i) {
            return null;
        }
        int b = expressionEnd(i + 1);
        if (b <= i + 1 || tok(b).getType() == EQUAL || tok(b).getType() == COLONEQUAL) {
            return null;
        }
        if (a == i - 1 && tok(a).getType() == NAME) {
            return syntax("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", tok(a));
        }
        Expr target = parseExpr(a, i, false);
        if (target == null || target instanceof Expr.List || target instanceof Expr.Tuple
                || target instanceof Expr.GeneratorExp || (target instanceof Expr.Constant c
                        && (c.value() instanceof ConstantValue.None
                                || c.value() instanceof ConstantValue.Bool))) {
            return null;
        }
        return syntax("cannot assign to " + AstBuilder.describe(target)
                + " here. Maybe you meant '==' instead of '='?", tok(a));
    }

    /**
     * CPython's invalid_for_target: when a loop has no 'in', it reads the targets again as
     * expressions ({@code [from, to)}) and names the first one that cannot be assigned to.
     */
    private @Nullable PythonSyntaxError forTarget(int from, int to) {
        Expr targets = parseExpr(from, to, true);
        if (targets == null) {
            return null;
        }
        try {
            new AstBuilder(source, SourceParser.LATEST_MINOR, t).withContext(targets,
                    ExprContext.Store, "assign to");
            return null;
        } catch (PythonSyntaxError e) {
            return e;
        }
    }

    /**
     * CPython's invalid_class_pattern: in the class pattern the parser stopped in, a positional
     * pattern after a keyword pattern, among the arguments before the stop.
     */
    private @Nullable PythonSyntaxError classPatternOrder(int head) {
        int open = -1;
        for (int k = i - 1, depth = 0; k > head && open < 0; k--) {
            switch (tok(k).getType()) {
                case RPAR, RSQB, RBRACE -> depth++;
                case LPAR, LSQB, LBRACE -> {
                    if (depth == 0) {
                        open = k;
                    }
                    depth--;
                }
                default -> { }
            }
        }
        if (open < 0 || tok(open).getType() != LPAR || tok(open - 1).getType() != NAME) {
            return null;
        }
        boolean keywords = false;
        int start = open + 1;
        for (int k = start, depth = 0; k < i; k++) {
            switch (tok(k).getType()) {
                case LPAR, LSQB, LBRACE -> depth++;
                case RPAR, RSQB, RBRACE -> depth--;
                case COMMA -> {
                    if (depth == 0) {
                        if (tok(start).getType() == NAME && tok(start + 1).getType() == EQUAL) {
                            keywords = true;
                        } else if (keywords) {
                            return syntax("positional patterns follow keyword patterns",
                                    tok(start));
                        }
                        start = k + 1;
                    }
                }
                default -> { }
            }
        }
        return null;
    }

    /**
     * The tokens {@code [from, to)} as an expression (with {@code tuple}, a comma-separated list
     * of them as a tuple), or null if they are not one.
     */
    private @Nullable Expr parseExpr(int from, int to, boolean tuple) {
        List<Token> slice = new java.util.ArrayList<>();
        for (int k = from; k < to; k++) {
            if (!(t.get(k) instanceof PyToken p)) {
                return null;
            }
            PyToken copy = new PyToken(p.getType(), p.getText(), p.getStartIndex(),
                    p.getStopIndex(), p.getLine(), p.getCharPositionInLine(), p.endLine,
                    p.endColumn);
            copy.setTokenIndex(k - from);
            slice.add(copy);
        }
        Token last = tok(to - 1);
        PyToken eof = new PyToken(Token.EOF, "<EOF>", last.getStopIndex() + 1,
                last.getStopIndex(), last.getLine(), last.getCharPositionInLine(), last.getLine(),
                last.getCharPositionInLine());
        eof.setTokenIndex(slice.size());
        slice.add(eof);
        PythonParser parser = SourceParser.parser(slice, PredictionMode.LL);
        try {
            AstBuilder builder = new AstBuilder(source, SourceParser.LATEST_MINOR, slice);
            if (tuple) {
                PythonParser.Testlist_star_exprContext ctx = parser.testlist_star_expr();
                return parser.getCurrentToken().getType() != Token.EOF ? null
                        : builder.testlistStarExpr(ctx);
            }
            PythonParser.ExprContext ctx = parser.expr();
            if (parser.getCurrentToken().getType() != Token.EOF) {
                return null;
            }
            return builder.expr(ctx);
        } catch (ParseCancellationException | PythonSyntaxError e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ f-strings

    /** An f-string replacement field that is empty, unfinished, or holds a bare lambda. */
    private @Nullable PythonSyntaxError fstringField() {
        int open = enclosingField();
        if (open < 0) {
            return null;
        }
        Token next = tok(open + 1);
        switch (next.getType()) {
            case EQUAL, EXCLAMATION, COLON, RBRACE -> {
                return syntax("f-string: valid expression required before '" + next.getText()
                        + "'", next);
            }
            default -> { }
        }
        for (int k = open + 1; k < i; k++) {
            if (tok(k).getType() == LAMBDA && depthAt(open + 1, k) == 0) {
                return syntax("f-string: lambda expressions are not allowed without parentheses",
                        tok(k));
            }
        }
        if (i == open + 1) {
            return syntax("f-string: expecting a valid expression after '{'", next);
        }
        Token at = tok(i);
        Token before = tok(i - 1);
        if (before.getType() == EXCLAMATION) {
            return syntax(at.getType() == COLON || at.getType() == RBRACE
                    ? "f-string: missing conversion character"
                    : "f-string: invalid conversion character", at);
        }
        if (before.getType() == NAME && i >= 2 && tok(i - 2).getType() == EXCLAMATION) {
            return syntax("f-string: expecting ':' or '}'", at);
        }
        if (before.getType() == EQUAL && depthAt(open + 1, i - 1) == 0) {
            return syntax("f-string: expecting '!', or ':', or '}'", at);
        }
        int specColon = -1;
        for (int k = open + 1; k < i; k++) {
            if (tok(k).getType() == COLON && depthAt(open + 1, k) == 0) {
                specColon = k;
                break;
            }
        }
        if (specColon >= 0 && at.getType() == FSTRING_END) {
            return syntax("f-string: expecting '}', or format specs", at);
        }
        if (specColon < 0 && endsExpression(before) && depthAt(open + 1, i) == 0
                && !startsExpression(at)) {
            return syntax("f-string: expecting '=', or '!', or ':', or '}'", at);
        }
        if (specColon < 0 && !endsExpression(before)) {
            return syntax("f-string: expecting a valid expression after '{'", next);
        }
        return null;
    }

    /** The '{' of the f-string field around the failing token (at its own level), or -1. */
    private int enclosingField() {
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
            int type = tok(k).getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
            } else if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth == 0 && type == LBRACE && k > 0 && isFieldStart(k)) {
                    return k;
                }
                depth = Math.max(0, depth - 1);
            } else if (type == NEWLINE || type == FSTRING_START || type == FSTRING_END) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the '{' at {@code k} opens a replacement field (not a dict or set). */
    private boolean isFieldStart(int k) {
        int before = tok(k - 1).getType();
        return before == FSTRING_START || before == FSTRING_MIDDLE
                || ((before == RBRACE || before == COLON) && insideField(k - 1));
    }

    /**
     * Whether token {@code index} sits directly in a replacement field: a field's '}' or the
     * ':' of its format spec.
     */
    private boolean insideField(int index) {
        int depth = 0;
        for (int k = index - 1; k >= 0; k--) {
            int type = tok(k).getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
            } else if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth == 0) {
                    return type == LBRACE && k > 0 && isFieldStart(k);
                }
                depth--;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ token helpers

    /** Token {@code k}, or the end of the file past it. */
    private Token tok(int k) {
        return t.get(Math.max(0, Math.min(k, size - 1)));
    }

    private int logicalLineStart(int index) {
        int k = Math.min(index, t.size() - 1);
        while (k > 0) {
            int type = tok(k - 1).getType();
            if (type == NEWLINE || type == INDENT || type == DEDENT) {
                break;
            }
            k--;
        }
        return k;
    }

    private boolean onLine(int index, int lineStart) {
        return logicalLineStart(index) == lineStart;
    }

    /** Bracket depth just before token {@code to}, counted from {@code from}. */
    private int depthAt(int from, int to) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            int type = tok(k).getType();
            if (type == LPAR || type == LSQB || type == LBRACE) {
                depth++;
            } else if (type == RPAR || type == RSQB || type == RBRACE) {
                depth--;
            }
        }
        return depth;
    }

    private @Nullable Token innermostOpen(int from) {
        int depth = 0;
        for (int k = i - 1; k >= from; k--) {
            int type = tok(k).getType();
            if (type == RPAR || type == RSQB || type == RBRACE) {
                depth++;
            } else if (type == LPAR || type == LSQB || type == LBRACE) {
                if (depth == 0) {
                    return tok(k);
                }
                depth--;
            }
        }
        return null;
    }

    private boolean isCall(int open) {
        return open > 0 && endsExpression(tok(open - 1))
                && tok(open - 1).getType() != FSTRING_END;
    }

    /** The nearest token of {@code type} before the failure at the same bracket depth, or -1. */
    private int backTo(int type, int from) {
        int depth = 0;
        for (int k = i - 1; k >= from; k--) {
            int ty = tok(k).getType();
            if (ty == RPAR || ty == RSQB || ty == RBRACE) {
                depth++;
            } else if (ty == LPAR || ty == LSQB || ty == LBRACE) {
                if (depth == 0) {
                    return -1;
                }
                depth--;
            } else if (ty == type && depth == 0) {
                return k;
            }
        }
        return -1;
    }

    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < t.size(); k++) {
            int type = tok(k).getType();
            if (type == LPAR || type == LSQB || type == LBRACE) {
                depth++;
            } else if (type == RPAR || type == RSQB || type == RBRACE) {
                if (--depth == 0) {
                    return k;
                }
            }
        }
        return t.size() - 1;
    }

    /** The first token of the operator chain that ends at token {@code last}. */
    private int expressionStart(int last, int from) {
        int k = last;
        while (k >= from) {
            Token tok = tok(k);
            int type = tok.getType();
            if (type == RPAR || type == RSQB || type == RBRACE || type == FSTRING_END) {
                int depth = 0;
                int j = k;
                for (; j >= from; j--) {
                    int ty = tok(j).getType();
                    if (ty == RPAR || ty == RSQB || ty == RBRACE || ty == FSTRING_END) {
                        depth++;
                    } else if (ty == LPAR || ty == LSQB || ty == LBRACE || ty == FSTRING_START) {
                        depth--;
                    }
                    if (depth == 0) {
                        break;
                    }
                }
                if (j < from) {
                    return k + 1;
                }
                k = j - 1;
                continue;
            }
            if (type == NAME || type == NUMBER || type == STRING || type == NONE || type == TRUE
                    || type == FALSE || type == ELLIPSIS || type == DOT || type == AWAIT
                    || type == NOT || type == AND || type == OR || type == IS || type == IN
                    || (isOperator(tok) && type != STAR && type != DOUBLESTAR)
                    || (type == DOUBLESTAR && k > from && endsExpression(tok(k - 1)))
                    || (type == STAR && k > from && endsExpression(tok(k - 1)))) {
                k--;
                continue;
            }
            break;
        }
        return k + 1;
    }

    /** The index just after the operator chain that starts at token {@code first}. */
    private int expressionEnd(int first) {
        int k = first;
        while (k < t.size()) {
            int type = tok(k).getType();
            if (type == LPAR || type == LSQB || type == LBRACE) {
                k = matching(k) + 1;
            } else if (type == FSTRING_START) {
                int depth = 0;
                for (; k < t.size(); k++) {
                    int ty = tok(k).getType();
                    depth += ty == FSTRING_START ? 1 : ty == FSTRING_END ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                k++;
            } else if (type == NAME || type == NUMBER || type == STRING || type == NONE
                    || type == TRUE || type == FALSE || type == ELLIPSIS || type == DOT
                    || type == AWAIT || type == TILDE || isOperator(tok(k))) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean isOperator(Token tok) {
        return switch (tok.getType()) {
            case PLUS, MINUS, STAR, SLASH, DOUBLESLASH, PERCENT, AT, DOUBLESTAR, VBAR, AMPER,
                    CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, LESS, GREATER, EQEQUAL, NOTEQUAL, LESSEQUAL,
                    GREATEREQUAL, TILDE -> true;
            default -> false;
        };
    }

    private static boolean startsExpression(Token tok) {
        return switch (tok.getType()) {
            case NAME, NUMBER, STRING, FSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
                    NOT, NONE, TRUE, FALSE, ELLIPSIS, LAMBDA, AWAIT, MATCH, TYPE -> true;
            default -> false;
        };
    }

    private static boolean endsExpression(Token tok) {
        return switch (tok.getType()) {
            case NAME, NUMBER, STRING, FSTRING_END, RPAR, RSQB, RBRACE, NONE, TRUE, FALSE,
                    ELLIPSIS -> true;
            default -> false;
        };
    }

    /** The last token with code before token {@code index} (over NEWLINE/DEDENT at the end). */
    private Token lastCode(int index) {
        int k = index;
        while (k > 0 && (tok(k).getType() == Token.EOF || tok(k).getType() == DEDENT)) {
            k--;
        }
        return tok(k);
    }

    /** Whether tokens {@code index} onwards are only DEDENTs and the end of the file. */
    private boolean atEndOfFile(int index) {
        for (int k = index; k < size; k++) {
            if (tok(k).getType() != DEDENT && tok(k).getType() != Token.EOF) {
                return false;
            }
        }
        return true;
    }

    /** 1-based column of a token; a zero-width NEWLINE/DEDENT at the end counts as its start. */
    private static int column(Token tok) {
        return tok.getCharPositionInLine() + 1;
    }

    private PythonSyntaxError syntax(String message, Token at) {
        return error("SyntaxError", message, at.getLine(), column(at));
    }

    private PythonSyntaxError error(String kind, String message, int line, int column) {
        return new PythonSyntaxError(kind, message, source.path(), line, column);
    }
}

package dev.gilscan.analyzer.parser;

import static dev.gilscan.analyzer.parser.antlr.PythonParser.*;

import dev.gilscan.analyzer.ast.Alias;
import dev.gilscan.analyzer.ast.Arg;
import dev.gilscan.analyzer.ast.Arguments;
import dev.gilscan.analyzer.ast.BoolOperator;
import dev.gilscan.analyzer.ast.CmpOperator;
import dev.gilscan.analyzer.ast.Comprehension;
import dev.gilscan.analyzer.ast.ConstantValue;
import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.ExprContext;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.MatchCase;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Operator;
import dev.gilscan.analyzer.ast.Pattern;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TypeParam;
import dev.gilscan.analyzer.ast.UnaryOperator;
import dev.gilscan.analyzer.ast.WithItem;
import dev.gilscan.analyzer.parser.antlr.PythonParser;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.jspecify.annotations.Nullable;

/**
 * Builds the CPython-shaped AST from the parse tree: applies operator precedence to the flat
 * operator chains, checks what the grammar parses loosely (targets, parameter order, argument
 * order, patterns) with CPython's messages, decodes literals, and computes CPython's positions.
 */
final class AstBuilder {
    private final SourceText src;
    private final int minor;
    private final Literals literals;
    /** Simple statements that end their line with a {@code ;}, and that semicolon's span. */
    private final java.util.IdentityHashMap<Stmt, Span> trailingSemicolons =
            new java.util.IdentityHashMap<>();

    /** The file's tokens, for errors CPython reports at the token after a construct. */
    private final List<Token> tokens;

    AstBuilder(SourceText src, int minor, List<Token> tokens) {
        this.src = src;
        this.minor = minor;
        this.tokens = tokens;
        this.literals = new Literals(src, this);
    }

    /** The token after {@code t} (CPython's "last token read" for many errors). */
    Token next(Token t) {
        int k = t.getTokenIndex() + 1;
        return k > 0 && k < tokens.size() ? tokens.get(k) : t;
    }

    // ------------------------------------------------------------------ positions and errors

    Span span(Token a, Token b) {
        PyToken s = (PyToken) a;
        PyToken e = (PyToken) b;
        int line = s.getLine();
        int col = s.getCharPositionInLine();
        return new Span(line, src.utf8Column(line, col), e.endLine,
                src.utf8Column(e.endLine, e.endColumn), col, e.endColumn);
    }

    Span span(ParserRuleContext ctx) {
        return span(ctx.start, ctx.stop);
    }

    static Span span(Span a, Span b) {
        return new Span(a.line(), a.column(), b.endLine(), b.endColumn(), a.utf16Column(),
                b.utf16EndColumn());
    }

    /** The span from the start of {@code a} to the end of token {@code b}. */
    Span span(Span a, Token b) {
        return span(a, span(b, b));
    }

    PythonSyntaxError error(String message, Token at) {
        return new PythonSyntaxError("SyntaxError", message, src.path(), at.getLine(),
                at.getCharPositionInLine() + 1);
    }

    PythonSyntaxError error(String message, Span at) {
        return new PythonSyntaxError("SyntaxError", message, src.path(), at.line(),
                at.utf16Column() + 1);
    }

    /** Syntax newer than the target, in the words of CPython's {@code feature_version} check. */
    private void requireVersion(int needed, String feature, Token at) throws PythonSyntaxError {
        if (minor < needed) {
            throw error(feature + " are only supported in Python 3." + needed + " and greater", at);
        }
    }

    /** Syntax newer than the target that CPython has no message for, in Ruff's form. */
    void requireSyntax(int needed, String what, Token at) throws PythonSyntaxError {
        if (minor < needed) {
            throw error(newerSyntax(what, minor, needed), at);
        }
    }

    /** "cannot use X on Python 3.10 (syntax was added in 3.11)". */
    static String newerSyntax(String what, int minor, int needed) {
        return "cannot use " + what + " on Python 3." + minor + " (syntax was added in 3."
                + needed + ")";
    }

    // ------------------------------------------------------------------ statements

    Mod.Module module(File_inputContext ctx) throws PythonSyntaxError {
        List<Stmt> body = new ArrayList<>();
        for (StmtContext s : ctx.stmt()) {
            statement(s, body);
        }
        return new Mod.Module(body, List.of());
    }

    /** Builds one statement only for its errors (a statement before a syntax error). */
    void checkStatement(StmtContext ctx) throws PythonSyntaxError {
        statement(ctx, new ArrayList<>());
    }

    private void statement(StmtContext ctx, List<Stmt> out) throws PythonSyntaxError {
        if (ctx.simple_stmts() != null) {
            simpleStatements(ctx.simple_stmts(), out);
        } else {
            out.add(compound(ctx.compound_stmt()));
        }
    }

    private void simpleStatements(Simple_stmtsContext ctx, List<Stmt> out)
            throws PythonSyntaxError {
        for (Simple_stmtContext s : ctx.simple_stmt()) {
            out.add(simple(s));
        }
        if (ctx.getChild(ctx.getChildCount() - 2) instanceof TerminalNode semicolon) {
            Token semi = semicolon.getSymbol();
            trailingSemicolons.put(out.get(out.size() - 1), span(semi, semi));
        }
    }

    private List<Stmt> block(BlockContext ctx) throws PythonSyntaxError {
        List<Stmt> body = new ArrayList<>();
        if (ctx.simple_stmts() != null) {
            simpleStatements(ctx.simple_stmts(), body);
        } else {
            for (StmtContext s : ctx.stmt()) {
                statement(s, body);
            }
        }
        return body;
    }

    /**
     * The span of a compound statement: its first token to the end of its last body statement,
     * or of the {@code ;} after it.
     */
    private Span upTo(Token start, Span startSpan, List<Stmt> lastBody) {
        Stmt last = lastBody.get(lastBody.size() - 1);
        Span semicolon = trailingSemicolons.get(last);
        return span(startSpan, semicolon != null ? semicolon : last.span());
    }

    private Stmt simple(Simple_stmtContext ctx) throws PythonSyntaxError {
        if (ctx.expr_stmt() != null) {
            return exprStatement(ctx.expr_stmt());
        }
        if (ctx.import_name() != null) {
            return importName(ctx.import_name());
        }
        if (ctx.import_from() != null) {
            return importFrom(ctx.import_from());
        }
        if (ctx.type_alias() != null) {
            return typeAlias(ctx.type_alias());
        }
        Span span = span(ctx);
        switch (ctx.start.getType()) {
            case DEL -> {
                List<Expr> targets = new ArrayList<>();
                for (ParseTree child : ctx.exprlist().children) {
                    if (child instanceof PythonParser.ExprContext e) {
                        targets.add(withContext(expr(e), ExprContext.Del, "delete"));
                    } else if (child instanceof Star_exprContext s) {
                        throw error("cannot delete starred", s.start);
                    }
                }
                return new Stmt.Delete(targets, span);
            }
            case PASS -> {
                return new Stmt.Pass(span);
            }
            case BREAK -> {
                return new Stmt.Break(span);
            }
            case CONTINUE -> {
                return new Stmt.Continue(span);
            }
            case RETURN -> {
                var value = ctx.testlist_star_expr();
                return new Stmt.Return(value == null ? null : testlistStarExpr(value), span);
            }
            case RAISE -> {
                List<TestContext> tests = ctx.test();
                Expr exc = tests.isEmpty() ? null : test(tests.get(0));
                Expr cause = tests.size() > 1 ? test(tests.get(1)) : null;
                return new Stmt.Raise(exc, cause, span);
            }
            case GLOBAL, NONLOCAL -> {
                List<String> names = new ArrayList<>();
                for (TerminalNode name : ctx.NAME()) {
                    names.add(name.getText());
                }
                return ctx.start.getType() == GLOBAL ? new Stmt.Global(names, span)
                        : new Stmt.Nonlocal(names, span);
            }
            case ASSERT -> {
                List<TestContext> tests = ctx.test();
                return new Stmt.Assert(test(tests.get(0)),
                        tests.size() > 1 ? test(tests.get(1)) : null, span);
            }
            default -> throw error("invalid syntax", ctx.start);
        }
    }

    private Stmt exprStatement(Expr_stmtContext ctx) throws PythonSyntaxError {
        List<Star_or_yieldContext> parts = ctx.star_or_yield();
        Star_or_yieldContext lhsCtx = ctx.lhs;
        Expr lhs = starOrYield(lhsCtx);
        if (ctx.annassign() != null) {
            AnnassignContext ann = ctx.annassign();
            if (lhs instanceof Expr.Tuple) {
                throw error("only single target (not tuple) can be annotated", lhs.span());
            }
            if (lhs instanceof Expr.List) {
                throw error("only single target (not list) can be annotated", lhs.span());
            }
            if (!(lhs instanceof Expr.Name || lhs instanceof Expr.Attribute
                    || lhs instanceof Expr.Subscript)) {
                throw error("illegal target for annotation", lhs.span());
            }
            boolean parenthesized = lhsCtx.start.getType() == LPAR;
            int simple = lhs instanceof Expr.Name && !parenthesized ? 1 : 0;
            Expr target = withContext(lhs, ExprContext.Store, "assign to");
            Expr annotation = test(ann.test());
            Expr value = ann.star_or_yield() == null ? null : starOrYield(ann.star_or_yield());
            return new Stmt.AnnAssign(target, annotation, value, simple,
                    span(ctx.start, ann.stop));
        }
        if (ctx.augassign() != null) {
            if (!(lhs instanceof Expr.Name || lhs instanceof Expr.Attribute
                    || lhs instanceof Expr.Subscript)) {
                throw error("'" + describe(lhs)
                        + "' is an illegal expression for augmented assignment", lhs.span());
            }
            Expr target = withContext(lhs, ExprContext.Store, "assign to");
            Operator op = augmentedOperator(ctx.augassign().start.getType());
            return new Stmt.AugAssign(target, op, starOrYield(ctx.rhs), span(ctx));
        }
        if (parts.size() == 1) {
            return new Stmt.Expr(lhs, span(ctx));
        }
        List<Expr> raw = new ArrayList<>();
        raw.add(lhs);
        for (int i = 1; i < parts.size(); i++) {
            raw.add(starOrYield(parts.get(i)));
        }
        List<Expr> targets = new ArrayList<>();
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr target = raw.get(i);
            if (parts.get(i).yield_expr() != null) {
                throw error("assignment to yield expression not possible", target.span());
            }
            try {
                targets.add(withContext(target, ExprContext.Store, "assign to"));
            } catch (PythonSyntaxError e) {
                // CPython tries `a = b` as a mistyped comparison first: the last target, when
                // both sides are operands of `|` and the target is no list, tuple or singleton.
                if (i == parts.size() - 2 && isBitwiseOr(parts.get(i), target)
                        && isBitwiseOr(parts.get(i + 1), raw.get(i + 1))
                        && !(target instanceof Expr.List || target instanceof Expr.Tuple
                                || target instanceof Expr.GeneratorExp
                                || (target instanceof Expr.Constant c
                                        && (c.value() instanceof ConstantValue.None
                                                || c.value() instanceof ConstantValue.Bool)))) {
                    throw new PythonSyntaxError(e.kind(), e.getMessage()
                            + " here. Maybe you meant '==' instead of '='?", e.path(), e.line(),
                            e.column());
                }
                throw e;
            }
        }
        return new Stmt.Assign(targets, raw.get(raw.size() - 1), null, span(ctx));
    }

    /** Whether an assignment part is what CPython's grammar calls a {@code bitwise_or}. */
    private static boolean isBitwiseOr(Star_or_yieldContext part, Expr e) {
        if (part.yield_expr() != null || !part.testlist_star_expr().COMMA().isEmpty()) {
            return false;
        }
        if (part.start.getType() == LPAR && part.stop.getType() == RPAR) {
            return true;
        }
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.Lambda
                || e instanceof Expr.IfExp || e instanceof Expr.NamedExpr
                || e instanceof Expr.Starred || e instanceof Expr.Tuple
                || (e instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not));
    }

    private static Operator augmentedOperator(int type) {
        return switch (type) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            default -> Operator.FloorDiv;
        };
    }

    private Stmt importName(Import_nameContext ctx) {
        List<Alias> names = new ArrayList<>();
        for (Dotted_as_nameContext d : ctx.dotted_as_name()) {
            String asname = d.NAME() == null ? null : d.NAME().getText();
            names.add(new Alias(dottedName(d.dotted_name()), asname, span(d)));
        }
        return new Stmt.Import(names, span(ctx));
    }

    private static String dottedName(Dotted_nameContext ctx) {
        List<TerminalNode> parts = ctx.NAME();
        if (parts.size() == 1) {
            return parts.get(0).getText();
        }
        StringBuilder b = new StringBuilder();
        for (TerminalNode part : parts) {
            if (b.length() > 0) {
                b.append('.');
            }
            b.append(part.getText());
        }
        return b.toString();
    }

    private Stmt importFrom(Import_fromContext ctx) throws PythonSyntaxError {
        int level = 0;
        boolean parens = false;
        boolean trailingComma = false;
        Token star = null;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode t) {
                switch (t.getSymbol().getType()) {
                    case DOT -> level += 1;
                    case ELLIPSIS -> level += 3;
                    case LPAR -> parens = true;
                    case STAR -> star = t.getSymbol();
                    case COMMA -> trailingComma = true;
                    default -> { }
                }
            } else if (child instanceof Import_as_nameContext) {
                trailingComma = false;
            }
        }
        if (trailingComma && !parens) {
            throw error("trailing comma not allowed without surrounding parentheses",
                    ctx.stop);
        }
        String module = ctx.dotted_name() == null ? null : dottedName(ctx.dotted_name());
        if (module == null && level == 0) {
            throw error("invalid syntax", ctx.IMPORT().getSymbol());
        }
        List<Alias> names = new ArrayList<>();
        if (star != null) {
            names.add(new Alias("*", null, span(star, star)));
        }
        for (Import_as_nameContext a : ctx.import_as_name()) {
            List<TerminalNode> ids = a.NAME();
            names.add(new Alias(ids.get(0).getText(), ids.size() > 1 ? ids.get(1).getText() : null,
                    span(a)));
        }
        return new Stmt.ImportFrom(module, names, level, span(ctx));
    }

    private Stmt typeAlias(Type_aliasContext ctx) throws PythonSyntaxError {
        requireVersion(12, "Type alias statements", ctx.start);
        Token name = ctx.NAME().getSymbol();
        Expr.Name target = new Expr.Name(name.getText(), ExprContext.Store, span(name, name));
        return new Stmt.TypeAlias(target, typeParams(ctx.type_params()), test(ctx.test()),
                span(ctx));
    }

    private Stmt compound(Compound_stmtContext ctx) throws PythonSyntaxError {
        ParseTree c = ctx.getChild(0);
        if (c instanceof If_stmtContext s) {
            return ifStatement(s);
        } else if (c instanceof While_stmtContext s) {
            List<Stmt> body = block(s.block());
            List<Stmt> orelse = s.else_block() == null ? List.of() : block(s.else_block().block());
            return new Stmt.While(namedExpr(s.namedexpr_test()), body, orelse,
                    upTo(s.start, span(s.start, s.start), orelse.isEmpty() ? body : orelse));
        } else if (c instanceof For_stmtContext s) {
            return forStatement(s, null);
        } else if (c instanceof Try_stmtContext s) {
            return tryStatement(s);
        } else if (c instanceof With_stmtContext s) {
            return withStatement(s, null);
        } else if (c instanceof FuncdefContext s) {
            return function(s, null, List.of(), null);
        } else if (c instanceof ClassdefContext s) {
            return classDef(s, List.of(), null);
        } else if (c instanceof DecoratedContext s) {
            return decorated(s);
        } else if (c instanceof Async_stmtContext s) {
            Token async = s.ASYNC().getSymbol();
            if (s.funcdef() != null) {
                return function(s.funcdef(), async, List.of(), null);
            } else if (s.with_stmt() != null) {
                return withStatement(s.with_stmt(), async);
            }
            return forStatement(s.for_stmt(), async);
        }
        return matchStatement((Match_stmtContext) c);
    }

    private Stmt ifStatement(If_stmtContext ctx) throws PythonSyntaxError {
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Elif_clauseContext> elifs = ctx.elif_clause();
        for (int i = elifs.size() - 1; i >= 0; i--) {
            Elif_clauseContext e = elifs.get(i);
            List<Stmt> body = block(e.block());
            Span s = upTo(e.start, span(e.start, e.start), orelse.isEmpty() ? body : orelse);
            orelse = List.of(new Stmt.If(namedExpr(e.namedexpr_test()), body, orelse, s));
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.If(namedExpr(ctx.namedexpr_test()), body, orelse,
                upTo(ctx.start, span(ctx.start, ctx.start), orelse.isEmpty() ? body : orelse));
    }

    private Stmt forStatement(For_stmtContext ctx, @Nullable Token async)
            throws PythonSyntaxError {
        Expr target = withContext(exprlist(ctx.exprlist()), ExprContext.Store, "assign to");
        Expr iter = testlistStarExpr(ctx.testlist_star_expr());
        List<Stmt> body = block(ctx.block());
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        Token first = async != null ? async : ctx.start;
        Span s = upTo(first, span(first, first), orelse.isEmpty() ? body : orelse);
        return async != null ? new Stmt.AsyncFor(target, iter, body, orelse, null, s)
                : new Stmt.For(target, iter, body, orelse, null, s);
    }

    private Stmt tryStatement(Try_stmtContext ctx) throws PythonSyntaxError {
        List<Stmt> body = block(ctx.block());
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        for (Except_clauseContext e : ctx.except_clause()) {
            boolean isStar = e.star != null;
            star |= isStar;
            plain |= !isStar;
            if (star && plain) {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", e.start);
            }
            handlers.add(exceptHandler(e));
        }
        List<Stmt> orelse = ctx.else_block() == null ? List.of() : block(ctx.else_block().block());
        List<Stmt> finalbody = ctx.finally_block() == null ? List.of()
                : block(ctx.finally_block().block());
        List<Stmt> last = !finalbody.isEmpty() ? finalbody : !orelse.isEmpty() ? orelse
                : !handlers.isEmpty() ? List.of() : body;
        Span s;
        if (last.isEmpty()) {
            s = span(span(ctx.start, ctx.start), handlers.get(handlers.size() - 1).span());
        } else {
            s = upTo(ctx.start, span(ctx.start, ctx.start), last);
        }
        return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, s)
                : new Stmt.Try(body, handlers, orelse, finalbody, s);
    }

    private ExceptHandler exceptHandler(Except_clauseContext ctx) throws PythonSyntaxError {
        if (ctx.star != null) {
            requireVersion(11, "Exception groups", ctx.start);
        }
        List<TestContext> tests = ctx.test();
        Expr type = null;
        if (tests.size() == 1) {
            type = test(tests.get(0));
        } else if (tests.size() > 1) {
            if (minor < 14) {
                throw error("multiple exception types must be parenthesized", tests.get(0).start);
            }
            List<Expr> elts = new ArrayList<>();
            for (TestContext t : tests) {
                elts.add(test(t));
            }
            type = new Expr.Tuple(elts, ExprContext.Load,
                    span(tests.get(0).start, tests.get(tests.size() - 1).stop));
        }
        if (ctx.star != null && type == null) {
            throw error("expected one or more exception types", ctx.COLON().getSymbol());
        }
        String name = ctx.NAME() == null ? null : ctx.NAME().getText();
        List<Stmt> body = block(ctx.block());
        return new ExceptHandler(type, name, body, upTo(ctx.start, span(ctx.start, ctx.start),
                body));
    }

    private Stmt withStatement(With_stmtContext ctx, @Nullable Token async)
            throws PythonSyntaxError {
        List<WithItem> items = new ArrayList<>();
        for (With_itemContext w : ctx.with_item()) {
            Expr context = test(w.test());
            Expr vars = w.expr() == null ? null
                    : withContext(expr(w.expr()), ExprContext.Store, "assign to");
            items.add(new WithItem(context, vars));
        }
        List<Stmt> body = block(ctx.block());
        Token first = async != null ? async : ctx.start;
        Span s = upTo(first, span(first, first), body);
        return async != null ? new Stmt.AsyncWith(items, body, null, s)
                : new Stmt.With(items, body, null, s);
    }

    private Stmt decorated(DecoratedContext ctx) throws PythonSyntaxError {
        List<Expr> decorators = new ArrayList<>();
        for (DecoratorContext d : ctx.decorator()) {
            decorators.add(namedExpr(d.namedexpr_test()));
        }
        if (ctx.classdef() != null) {
            return classDef(ctx.classdef(), decorators, null);
        }
        if (ctx.funcdef() != null) {
            return function(ctx.funcdef(), null, decorators, null);
        }
        return function(ctx.async_funcdef().funcdef(), ctx.async_funcdef().ASYNC().getSymbol(),
                decorators, null);
    }

    private Stmt function(FuncdefContext ctx, @Nullable Token async, List<Expr> decorators,
            @Nullable Object unused) throws PythonSyntaxError {
        String name = ctx.NAME().getText();
        List<TypeParam> typeParams = typeParams(ctx.type_params());
        Arguments args = parameters(ctx.params(), true);
        Expr returns = ctx.test() == null ? null : test(ctx.test());
        List<Stmt> body = block(ctx.block());
        Token first = async != null ? async : ctx.start;
        Span s = upTo(first, span(first, first), body);
        return async != null
                ? new Stmt.AsyncFunctionDef(name, args, body, decorators, returns, null,
                        typeParams, s)
                : new Stmt.FunctionDef(name, args, body, decorators, returns, null, typeParams, s);
    }

    private Stmt classDef(ClassdefContext ctx, List<Expr> decorators, @Nullable Object unused)
            throws PythonSyntaxError {
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (ctx.arglist() != null) {
            arguments(ctx.arglist(), bases, keywords, null);
        }
        List<Stmt> body = block(ctx.block());
        return new Stmt.ClassDef(ctx.NAME().getText(), bases, keywords, body, decorators,
                typeParams(ctx.type_params()), upTo(ctx.start, span(ctx.start, ctx.start), body));
    }

    private List<TypeParam> typeParams(@Nullable Type_paramsContext ctx) throws PythonSyntaxError {
        if (ctx == null) {
            return List.of();
        }
        requireVersion(12, "Type parameter lists", ctx.start);
        List<TypeParam> out = new ArrayList<>();
        for (Type_paramContext p : ctx.type_param()) {
            String name = p.NAME().getText();
            int kind = p.start.getType();
            List<TestContext> tests = p.test();
            Expr bound = null;
            Expr dflt = null;
            if (p.EQUAL() != null) {
                requireVersion(13, "Type parameter defaults", p.EQUAL().getSymbol());
                dflt = p.star_expr() != null ? starExpr(p.star_expr())
                        : test(tests.get(tests.size() - 1));
            }
            if (kind == NAME && p.COLON() != null) {
                bound = test(tests.get(0));
            }
            Span s = span(p);
            out.add(switch (kind) {
                case STAR -> new TypeParam.TypeVarTuple(name, dflt, s);
                case DOUBLESTAR -> new TypeParam.ParamSpec(name, dflt, s);
                default -> new TypeParam.TypeVar(name, bound, dflt, s);
            });
        }
        return out;
    }

    // ------------------------------------------------------------------ parameters

    /** Builds {@code arguments} from a def's or a lambda's parameter list, checking their order. */
    private Arguments parameters(@Nullable ParserRuleContext ctx, boolean annotated)
            throws PythonSyntaxError {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        if (ctx == null) {
            return new Arguments(posonly, args, null, kwonly, kwDefaults, null, defaults);
        }
        boolean sawStar = false;
        boolean sawSlash = false;
        boolean starNeedsNamed = false;
        // CPython reports a bare '*' at the star in a def, at the last token read in a lambda.
        Token bareStar = ctx.start;
        List<? extends ParserRuleContext> params = annotated ? ((ParamsContext) ctx).param()
                : ((Lambda_paramsContext) ctx).lambda_param();
        for (ParserRuleContext p : params) {
            int kind = p.start.getType();
            if (kwarg != null) {
                throw error("arguments cannot follow var-keyword argument", p.start);
            }
            switch (kind) {
                case SLASH -> {
                    if (sawSlash) {
                        throw error("/ may appear only once", p.start);
                    }
                    if (sawStar) {
                        throw error("/ must be ahead of *", p.start);
                    }
                    if (args.isEmpty()) {
                        throw error("at least one argument must precede /", p.start);
                    }
                    sawSlash = true;
                    posonly.addAll(args);
                    args.clear();
                }
                case STAR -> {
                    if (sawStar) {
                        throw error("* argument may appear only once", p.start);
                    }
                    sawStar = true;
                    Arg a = paramArg(p, annotated);
                    if (a == null) {
                        starNeedsNamed = true;
                        bareStar = p.start;
                    } else {
                        vararg = a;
                    }
                }
                case DOUBLESTAR -> {
                    if (starNeedsNamed) {
                        throw error("named arguments must follow bare *", annotated ? bareStar
                                : p.start);
                    }
                    kwarg = paramArg(p, annotated);
                }
                default -> {
                    Arg a = paramArg(p, annotated);
                    Expr dflt = paramDefault(p, annotated);
                    if (sawStar) {
                        starNeedsNamed = false;
                        kwonly.add(a);
                        kwDefaults.add(dflt);
                    } else {
                        if (dflt == null && !defaults.isEmpty()) {
                            throw error("parameter without a default follows parameter with a "
                                    + "default", p.start);
                        }
                        args.add(a);
                        if (dflt != null) {
                            defaults.add(dflt);
                        }
                    }
                }
            }
        }
        if (starNeedsNamed) {
            throw error("named arguments must follow bare *", annotated ? bareStar
                    : next(ctx.stop));
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private @Nullable Arg paramArg(ParserRuleContext p, boolean annotated)
            throws PythonSyntaxError {
        TerminalNode name = annotated ? ((ParamContext) p).NAME()
                : ((Lambda_paramContext) p).NAME();
        if (name == null) {
            return null;
        }
        Token nameToken = name.getSymbol();
        Expr annotation = null;
        Token end = nameToken;
        if (annotated) {
            ParamContext param = (ParamContext) p;
            if (param.COLON() != null) {
                if (param.star_expr() != null) {
                    requireVersion(11, "Starred annotations for *args", param.star_expr().start);
                    annotation = starExpr(param.star_expr());
                    end = param.star_expr().stop;
                } else {
                    TestContext t = param.test(0);
                    annotation = test(t);
                    end = t.stop;
                }
            }
        }
        return new Arg(nameToken.getText(), annotation, null, span(nameToken, end));
    }

    private @Nullable Expr paramDefault(ParserRuleContext p, boolean annotated)
            throws PythonSyntaxError {
        if (annotated) {
            ParamContext param = (ParamContext) p;
            if (param.EQUAL() == null) {
                return null;
            }
            List<TestContext> tests = param.test();
            return test(tests.get(tests.size() - 1));
        }
        Lambda_paramContext param = (Lambda_paramContext) p;
        return param.test() == null ? null : test(param.test());
    }

    // ------------------------------------------------------------------ match statement

    private Stmt matchStatement(Match_stmtContext ctx) throws PythonSyntaxError {
        Expr subject = subject(ctx.subject());
        List<MatchCase> cases = new ArrayList<>();
        for (Case_blockContext c : ctx.case_block()) {
            if (!c.NAME().getText().equals("case")) {
                throw error("invalid syntax", c.start);
            }
            Pattern pattern = topPattern(c.pattern_list());
            Expr guard = c.namedexpr_test() == null ? null : namedExpr(c.namedexpr_test());
            cases.add(new MatchCase(pattern, guard, block(c.block())));
        }
        List<Stmt> lastBody = cases.get(cases.size() - 1).body();
        return new Stmt.Match(subject, cases, upTo(ctx.start, span(ctx.start, ctx.start),
                lastBody));
    }

    private Expr subject(SubjectContext ctx) throws PythonSyntaxError {
        List<Expr> elts = new ArrayList<>();
        boolean comma = false;
        for (ParseTree child : ctx.children) {
            if (child instanceof Namedexpr_testContext n) {
                elts.add(namedExpr(n));
            } else if (child instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            } else {
                comma = true;
            }
        }
        if (!comma) {
            if (elts.get(0) instanceof Expr.Starred) {
                throw error("invalid syntax", ctx.start);
            }
            return elts.get(0);
        }
        return new Expr.Tuple(elts, ExprContext.Load, span(ctx));
    }

    private Pattern topPattern(Pattern_listContext ctx) throws PythonSyntaxError {
        if (ctx.COMMA().isEmpty()) {
            Pattern_itemContext item = ctx.pattern_item(0);
            if (item.STAR() != null) {
                throw error("invalid syntax", item.start);
            }
            return asPattern(item.as_pattern());
        }
        return new Pattern.MatchSequence(patternItems(ctx), span(ctx));
    }

    private List<Pattern> patternItems(@Nullable Pattern_listContext ctx)
            throws PythonSyntaxError {
        List<Pattern> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        boolean star = false;
        for (Pattern_itemContext item : ctx.pattern_item()) {
            if (item.STAR() != null) {
                if (star) {
                    throw error("multiple starred names in sequence pattern", item.start);
                }
                star = true;
                String name = item.NAME().getText();
                out.add(new Pattern.MatchStar(name.equals("_") ? null : name, span(item)));
            } else {
                out.add(asPattern(item.as_pattern()));
            }
        }
        return out;
    }

    private Pattern asPattern(As_patternContext ctx) throws PythonSyntaxError {
        Pattern inner = orPattern(ctx.or_pattern());
        if (ctx.NAME() == null) {
            return inner;
        }
        String name = ctx.NAME().getText();
        if (name.equals("_")) {
            throw error("cannot use '_' as a target", ctx.NAME().getSymbol());
        }
        return new Pattern.MatchAs(inner, name, span(ctx));
    }

    private Pattern orPattern(Or_patternContext ctx) throws PythonSyntaxError {
        List<Closed_patternContext> alts = ctx.closed_pattern();
        if (alts.size() == 1) {
            return closedPattern(alts.get(0));
        }
        List<Pattern> patterns = new ArrayList<>();
        for (Closed_patternContext c : alts) {
            patterns.add(closedPattern(c));
        }
        return new Pattern.MatchOr(patterns, span(ctx));
    }

    private Pattern closedPattern(Closed_patternContext ctx) throws PythonSyntaxError {
        Span s = span(ctx);
        if (ctx.literal_pattern() != null) {
            Literal_patternContext lit = ctx.literal_pattern();
            return switch (lit.start.getType()) {
                case NONE -> new Pattern.MatchSingleton(ConstantValue.NONE, s);
                case TRUE -> new Pattern.MatchSingleton(ConstantValue.TRUE, s);
                case FALSE -> new Pattern.MatchSingleton(ConstantValue.FALSE, s);
                default -> new Pattern.MatchValue(literalPatternValue(lit), s);
            };
        }
        if (ctx.name_or_attr() != null) {
            Expr target = nameOrAttr(ctx.name_or_attr());
            if (ctx.LPAR() == null) {
                if (target instanceof Expr.Name name) {
                    return new Pattern.MatchAs(null, name.id().equals("_") ? null : name.id(), s);
                }
                return new Pattern.MatchValue(target, s);
            }
            return classPattern(target, ctx.class_args(), s);
        }
        int open = ctx.start.getType();
        if (open == LPAR) {
            Pattern_listContext list = ctx.pattern_list();
            if (list != null && list.COMMA().isEmpty() && list.pattern_item(0).STAR() == null) {
                return asPattern(list.pattern_item(0).as_pattern());
            }
            return new Pattern.MatchSequence(patternItems(list), s);
        }
        if (open == LSQB) {
            return new Pattern.MatchSequence(patternItems(ctx.pattern_list()), s);
        }
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        for (Mapping_itemContext item : ctx.mapping_item()) {
            if (rest != null) {
                throw error("invalid syntax", item.start);
            }
            if (item.DOUBLESTAR() != null) {
                rest = item.NAME().getText();
                if (rest.equals("_")) {
                    throw error("invalid syntax", item.NAME().getSymbol());
                }
                continue;
            }
            Expr key = item.literal_pattern() != null ? mappingLiteralKey(item.literal_pattern())
                    : nameOrAttr(item.name_or_attr());
            if (key instanceof Expr.Name) {
                throw error("invalid syntax", item.start);
            }
            keys.add(key);
            patterns.add(asPattern(item.as_pattern()));
        }
        return new Pattern.MatchMapping(keys, patterns, rest, s);
    }

    private Expr mappingLiteralKey(Literal_patternContext lit) throws PythonSyntaxError {
        Span s = span(lit);
        return switch (lit.start.getType()) {
            case NONE -> new Expr.Constant(ConstantValue.NONE, null, s);
            case TRUE -> new Expr.Constant(ConstantValue.TRUE, null, s);
            case FALSE -> new Expr.Constant(ConstantValue.FALSE, null, s);
            default -> literalPatternValue(lit);
        };
    }

    private Expr literalPatternValue(Literal_patternContext lit) throws PythonSyntaxError {
        if (lit.strings() != null) {
            // An f-string here is rejected by CPython's compiler, not its parser.
            return literals.strings(lit.strings());
        }
        Signed_numberContext sn = lit.signed_number();
        Expr real = signedNumber(sn);
        if (lit.NUMBER() == null) {
            return real;
        }
        Token imagToken = lit.NUMBER().getSymbol();
        Expr imag = literals.number(imagToken);
        if (!(((Expr.Constant) imag).value() instanceof ConstantValue.Complex)) {
            throw error("imaginary number required in complex literal", imagToken);
        }
        if (((Expr.Constant) (real instanceof Expr.UnaryOp u ? u.operand() : real)).value()
                instanceof ConstantValue.Complex) {
            throw error("real number required in complex literal", sn.start);
        }
        Operator op = lit.getChild(1).getText().equals("+") ? Operator.Add : Operator.Sub;
        return new Expr.BinOp(real, op, imag, span(lit));
    }

    private Expr signedNumber(Signed_numberContext sn) throws PythonSyntaxError {
        Expr number = literals.number(sn.NUMBER().getSymbol());
        if (sn.MINUS() == null) {
            return number;
        }
        return new Expr.UnaryOp(UnaryOperator.USub, number, span(sn));
    }

    private Expr nameOrAttr(Name_or_attrContext ctx) {
        List<TerminalNode> names = ctx.NAME();
        Token first = names.get(0).getSymbol();
        Expr e = new Expr.Name(first.getText(), ExprContext.Load, span(first, first));
        for (int i = 1; i < names.size(); i++) {
            Token t = names.get(i).getSymbol();
            e = new Expr.Attribute(e, t.getText(), ExprContext.Load, span(first, t));
        }
        return e;
    }

    private Pattern classPattern(Expr cls, @Nullable Class_argsContext ctx, Span s)
            throws PythonSyntaxError {
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        if (ctx != null) {
            for (Class_argContext a : ctx.class_arg()) {
                if (a.NAME() != null) {
                    kwdAttrs.add(a.NAME().getText());
                    kwdPatterns.add(asPattern(a.as_pattern()));
                } else {
                    if (!kwdAttrs.isEmpty()) {
                        throw error("positional patterns follow keyword patterns", a.start);
                    }
                    patterns.add(asPattern(a.as_pattern()));
                }
            }
        }
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, s);
    }

    // ------------------------------------------------------------------ targets

    /** Rebuilds {@code e} as an assignment or deletion target, or rejects it as CPython does. */
    Expr withContext(Expr e, ExprContext ctx, String verb) throws PythonSyntaxError {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.span());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.span());
        } else if (e instanceof Expr.Subscript s) {
            return new Expr.Subscript(s.value(), s.slice(), ctx, s.span());
        } else if (e instanceof Expr.Starred s && ctx != ExprContext.Del) {
            return new Expr.Starred(withContext(s.value(), ctx, verb), ctx, s.span());
        } else if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(withContextAll(t.elts(), ctx, verb), ctx, t.span());
        } else if (e instanceof Expr.List l) {
            return new Expr.List(withContextAll(l.elts(), ctx, verb), ctx, l.span());
        }
        throw error("cannot " + verb + " " + describe(e), e.span());
    }

    private List<Expr> withContextAll(List<Expr> elts, ExprContext ctx, String verb)
            throws PythonSyntaxError {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr e : elts) {
            out.add(withContext(e, ctx, verb));
        }
        return out;
    }

    /** How CPython's messages name an expression that cannot be a target. */
    static String describe(Expr e) {
        if (e instanceof Expr.Call) {
            return "function call";
        } else if (e instanceof Expr.Constant c) {
            ConstantValue v = c.value();
            if (v instanceof ConstantValue.None) {
                return "None";
            } else if (v instanceof ConstantValue.Bool b) {
                return b.value() ? "True" : "False";
            } else if (v instanceof ConstantValue.Ellipsis) {
                return "ellipsis";
            }
            return "literal";
        } else if (e instanceof Expr.Compare) {
            return "comparison";
        } else if (e instanceof Expr.IfExp) {
            return "conditional expression";
        } else if (e instanceof Expr.Lambda) {
            return "lambda";
        } else if (e instanceof Expr.NamedExpr) {
            return "named expression";
        } else if (e instanceof Expr.JoinedStr) {
            return "f-string expression";
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        } else if (e instanceof Expr.Await) {
            return "await expression";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        } else if (e instanceof Expr.ListComp) {
            return "list comprehension";
        } else if (e instanceof Expr.SetComp) {
            return "set comprehension";
        } else if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        } else if (e instanceof Expr.Dict) {
            return "dict literal";
        } else if (e instanceof Expr.Set) {
            return "set display";
        } else if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.List) {
            return "list";
        } else if (e instanceof Expr.Starred) {
            return "starred";
        } else if (e instanceof Expr.Attribute) {
            return "attribute";
        } else if (e instanceof Expr.Subscript) {
            return "subscript";
        } else if (e instanceof Expr.Name) {
            return "name";
        }
        return "expression";
    }

    // ------------------------------------------------------------------ expressions

    Expr starOrYield(Star_or_yieldContext ctx) throws PythonSyntaxError {
        return ctx.yield_expr() != null ? yieldExpr(ctx.yield_expr())
                : testlistStarExpr(ctx.testlist_star_expr());
    }

    private Expr yieldExpr(Yield_exprContext ctx) throws PythonSyntaxError {
        Span s = span(ctx);
        if (ctx.FROM() != null) {
            return new Expr.YieldFrom(test(ctx.test()), s);
        }
        return new Expr.Yield(ctx.testlist_star_expr() == null ? null
                : testlistStarExpr(ctx.testlist_star_expr()), s);
    }

    Expr testlistStarExpr(Testlist_star_exprContext ctx) throws PythonSyntaxError {
        if (ctx.getChildCount() == 1) {
            ParseTree only = ctx.getChild(0);
            return only instanceof TestContext t ? test(t) : starExpr((Star_exprContext) only);
        }
        List<Expr> elts = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof TestContext t) {
                elts.add(test(t));
            } else if (child instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        return new Expr.Tuple(elts, ExprContext.Load, span(ctx));
    }

    private Expr exprlist(ExprlistContext ctx) throws PythonSyntaxError {
        if (ctx.getChildCount() == 1) {
            ParseTree only = ctx.getChild(0);
            return only instanceof PythonParser.ExprContext e ? expr(e)
                    : starExpr((Star_exprContext) only);
        }
        List<Expr> elts = new ArrayList<>();
        for (ParseTree child : ctx.children) {
            if (child instanceof PythonParser.ExprContext e) {
                elts.add(expr(e));
            } else if (child instanceof Star_exprContext s) {
                elts.add(starExpr(s));
            }
        }
        return new Expr.Tuple(elts, ExprContext.Load, span(ctx));
    }

    Expr starExpr(Star_exprContext ctx) throws PythonSyntaxError {
        return new Expr.Starred(expr(ctx.expr()), ExprContext.Load, span(ctx));
    }

    Expr namedExpr(Namedexpr_testContext ctx) throws PythonSyntaxError {
        if (ctx.getChildCount() == 1) {
            return test((TestContext) ctx.getChild(0));
        }
        List<TestContext> tests = ctx.test();
        Expr first = test(tests.get(0));
        if (!(first instanceof Expr.Name name)) {
            throw error("cannot use assignment expressions with " + describe(first),
                    first.span());
        }
        Expr target = new Expr.Name(name.id(), ExprContext.Store, name.span());
        return new Expr.NamedExpr(target, test(tests.get(1)), span(ctx));
    }

    Expr test(TestContext ctx) throws PythonSyntaxError {
        if (ctx.getChildCount() == 1 && ctx.getChild(0) instanceof DisjunctionContext only) {
            return disjunction(only);
        }
        if (ctx.lambdef() != null) {
            LambdefContext l = ctx.lambdef();
            return new Expr.Lambda(parameters(l.lambda_params(), false), test(l.test()), span(l));
        }
        List<DisjunctionContext> parts = ctx.disjunction();
        Expr body = disjunction(parts.get(0));
        if (parts.size() == 1) {
            return body;
        }
        return new Expr.IfExp(disjunction(parts.get(1)), body, test(ctx.test()), span(ctx));
    }

    Expr disjunction(DisjunctionContext ctx) throws PythonSyntaxError {
        if (ctx.getChildCount() == 1) {
            OperandContext only = (OperandContext) ctx.getChild(0);
            if (only.getChildCount() == 1) {
                return power((PowerContext) only.getChild(0));
            }
        }
        return new OperatorChain(this, ctx.operand(), ctx.binary_op(), true).parse();
    }

    Expr expr(PythonParser.ExprContext ctx) throws PythonSyntaxError {
        if (ctx.getChildCount() == 1) {
            OperandContext only = (OperandContext) ctx.getChild(0);
            if (only.getChildCount() == 1) {
                return power((PowerContext) only.getChild(0));
            }
        }
        return new OperatorChain(this, ctx.operand(), ctx.expr_op(), false).parse();
    }

    Expr power(PowerContext ctx) throws PythonSyntaxError {
        Expr base = primary((PrimaryContext) ctx.getChild(0));
        if (ctx.getChildCount() == 1) {
            return base;
        }
        return new Expr.BinOp(base, Operator.Pow, factor(ctx.factor()), span(ctx));
    }

    private Expr factor(FactorContext ctx) throws PythonSyntaxError {
        Expr e = power(ctx.power());
        for (int i = ctx.getChildCount() - 2; i >= 0; i--) {
            Token op = ((TerminalNode) ctx.getChild(i)).getSymbol();
            e = new Expr.UnaryOp(unaryOperator(op.getType()), e, span(op, ctx.stop));
        }
        return e;
    }

    static UnaryOperator unaryOperator(int type) {
        return switch (type) {
            case MINUS -> UnaryOperator.USub;
            case PLUS -> UnaryOperator.UAdd;
            case TILDE -> UnaryOperator.Invert;
            default -> UnaryOperator.Not;
        };
    }

    private Expr primary(PrimaryContext ctx) throws PythonSyntaxError {
        int count = ctx.getChildCount();
        boolean await = ctx.getChild(0) instanceof TerminalNode;
        int first = await ? 1 : 0;
        AtomContext atomCtx = (AtomContext) ctx.getChild(first);
        Expr e = atom(atomCtx);
        if (count == 1) {
            return e;
        }
        Token start = atomCtx.start;
        for (int i = first + 1; i < count; i++) {
            TrailerContext t = (TrailerContext) ctx.getChild(i);
            Span s = span(start, t.stop);
            switch (t.start.getType()) {
                case LPAR -> {
                    List<Expr> args = new ArrayList<>();
                    List<Keyword> keywords = new ArrayList<>();
                    if (t.arglist() != null) {
                        arguments(t.arglist(), args, keywords, t);
                    }
                    e = new Expr.Call(e, args, keywords, s);
                }
                case LSQB -> e = new Expr.Subscript(e, subscripts(t), ExprContext.Load, s);
                default -> e = new Expr.Attribute(e, t.NAME().getText(), ExprContext.Load, s);
            }
        }
        if (await) {
            e = new Expr.Await(e, span(ctx));
        }
        return e;
    }

    private Expr subscripts(TrailerContext t) throws PythonSyntaxError {
        List<SubscriptContext> subs = t.subscript();
        for (SubscriptContext s : subs) {
            if (s.star_expr() != null) {
                requireSyntax(11, "a starred expression in a subscript", s.start);
            }
        }
        if (subs.size() == 1 && t.COMMA().isEmpty()) {
            Expr only = subscript(subs.get(0));
            if (only instanceof Expr.Starred) {
                return new Expr.Tuple(List.of(only), ExprContext.Load, only.span());
            }
            return only;
        }
        List<Expr> elts = new ArrayList<>();
        for (SubscriptContext s : subs) {
            elts.add(subscript(s));
        }
        return new Expr.Tuple(elts, ExprContext.Load,
                span(subs.get(0).start, t.getChild(t.getChildCount() - 2) instanceof TerminalNode c
                        && c.getSymbol().getType() == COMMA ? c.getSymbol() : subs.get(subs.size() - 1).stop));
    }

    private Expr subscript(SubscriptContext ctx) throws PythonSyntaxError {
        if (ctx.star_expr() != null) {
            return starExpr(ctx.star_expr());
        }
        Slice_tailContext tail = ctx.slice_tail();
        if (tail == null) {
            return namedExpr(ctx.namedexpr_test());
        }
        Expr lower = null;
        if (ctx.namedexpr_test() != null) {
            lower = namedExpr(ctx.namedexpr_test());
            if (ctx.namedexpr_test().getChildCount() > 1) {
                throw error("invalid syntax", ctx.namedexpr_test().stop);
            }
        }
        Expr upper = null;
        Expr step = null;
        boolean secondColon = false;
        for (ParseTree child : tail.children) {
            if (child instanceof TerminalNode tn) {
                if (tn.getSymbol() != tail.start) {
                    secondColon = true;
                }
            } else if (!secondColon) {
                upper = test((TestContext) child);
            } else {
                step = test((TestContext) child);
            }
        }
        return new Expr.Slice(lower, upper, step, span(ctx));
    }

    /** The comma before argument {@code a}. */
    private static Token previousComma(ArglistContext ctx, ArgumentContext a) {
        Token comma = a.start;
        for (TerminalNode c : ctx.COMMA()) {
            if (c.getSymbol().getTokenIndex() < a.start.getTokenIndex()) {
                comma = c.getSymbol();
            }
        }
        return comma;
    }

    /** Call arguments or class bases, checking CPython's order rules. */
    private void arguments(ArglistContext ctx, List<Expr> args, List<Keyword> keywords,
            @Nullable TrailerContext call) throws PythonSyntaxError {
        List<ArgumentContext> list = ctx.argument();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        for (ArgumentContext a : list) {
            int kind = a.start.getType();
            if (kind == STAR && a.getChildCount() == 2 && a.getChild(0) instanceof TerminalNode) {
                if (sawDoubleStar) {
                    throw error("iterable argument unpacking follows keyword argument unpacking",
                            previousComma(ctx, a));
                }
                args.add(new Expr.Starred(test(a.test(0)), ExprContext.Load, span(a)));
            } else if (kind == DOUBLESTAR && a.getChild(0) instanceof TerminalNode) {
                sawDoubleStar = true;
                keywords.add(new Keyword(null, test(a.test(0)), span(a)));
            } else if (a.EQUAL() != null) {
                Expr name = test(a.test(0));
                if (!(name instanceof Expr.Name n) || a.start.getType() == LPAR) {
                    if (name instanceof Expr.Constant c && (c.value() instanceof ConstantValue.Bool
                            || c.value() instanceof ConstantValue.None)) {
                        throw error("cannot assign to " + describe(name), name.span());
                    }
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                            name.span());
                }
                sawKeyword = true;
                keywords.add(new Keyword(n.id(), test(a.test(1)), span(a)));
            } else if (a.comp_for() != null) {
                if (list.size() > 1 || !ctx.COMMA().isEmpty()) {
                    throw error("Generator expression must be parenthesized", a.start);
                }
                if (call == null) {
                    throw error("invalid syntax", a.comp_for().start);
                }
                Span s = call != null ? span(call) : span(ctx);
                args.add(new Expr.GeneratorExp(test(a.test(0)), comprehension(a.comp_for()), s));
            } else {
                // CPython reports these at the last token it read: the call's ')'.
                Token end = call != null ? call.stop : ctx.stop;
                if (sawDoubleStar) {
                    throw error("positional argument follows keyword argument unpacking", end);
                }
                if (sawKeyword) {
                    throw error("positional argument follows keyword argument", end);
                }
                Expr value = test(a.test(0));
                if (a.COLONEQUAL() != null) {
                    if (!(value instanceof Expr.Name n)) {
                        throw error("cannot use assignment expressions with " + describe(value),
                                value.span());
                    }
                    value = new Expr.NamedExpr(new Expr.Name(n.id(), ExprContext.Store, n.span()),
                            test(a.test(1)), span(a));
                }
                args.add(value);
            }
        }
    }

    List<Comprehension> comprehension(Comp_forContext ctx) throws PythonSyntaxError {
        List<Comprehension> out = new ArrayList<>();
        for (Comp_clauseContext c : ctx.comp_clause()) {
            Expr target = withContext(exprlist(c.exprlist()), ExprContext.Store, "assign to");
            List<DisjunctionContext> parts = c.disjunction();
            Expr iter = disjunction(parts.get(0));
            List<Expr> ifs = new ArrayList<>();
            for (int i = 1; i < parts.size(); i++) {
                ifs.add(disjunction(parts.get(i)));
            }
            out.add(new Comprehension(target, iter, ifs, c.ASYNC() != null ? 1 : 0));
        }
        return out;
    }

    private Expr atom(AtomContext ctx) throws PythonSyntaxError {
        Token first = ctx.start;
        switch (first.getType()) {
            case NAME -> {
                return new Expr.Name(first.getText(), ExprContext.Load, span(first, first));
            }
            case NUMBER -> {
                return literals.number(first);
            }
            case STRING, FSTRING_START -> {
                return literals.strings(ctx.strings());
            }
            case ELLIPSIS -> {
                return new Expr.Constant(ConstantValue.ELLIPSIS, null, span(first, first));
            }
            case NONE -> {
                return new Expr.Constant(ConstantValue.NONE, null, span(first, first));
            }
            case TRUE -> {
                return new Expr.Constant(ConstantValue.TRUE, null, span(first, first));
            }
            case FALSE -> {
                return new Expr.Constant(ConstantValue.FALSE, null, span(first, first));
            }
            case LPAR -> {
                if (ctx.yield_expr() != null) {
                    return yieldExpr(ctx.yield_expr());
                }
                Testlist_compContext list = ctx.testlist_comp();
                if (list == null) {
                    return new Expr.Tuple(List.of(), ExprContext.Load, span(ctx));
                }
                if (list.comp_for() != null) {
                    return new Expr.GeneratorExp(comprehensionElement(list.getChild(0)),
                            comprehension(list.comp_for()), span(ctx));
                }
                if (list.getChildCount() == 1) {
                    Expr only = listElement(list.getChild(0));
                    if (only instanceof Expr.Starred) {
                        throw error("cannot use starred expression here", only.span());
                    }
                    return only;
                }
                return new Expr.Tuple(listElements(list), ExprContext.Load, span(ctx));
            }
            case LSQB -> {
                Testlist_compContext list = ctx.testlist_comp();
                if (list == null) {
                    return new Expr.List(List.of(), ExprContext.Load, span(ctx));
                }
                if (list.comp_for() != null) {
                    return new Expr.ListComp(comprehensionElement(list.getChild(0)),
                            comprehension(list.comp_for()), span(ctx));
                }
                return new Expr.List(listElements(list), ExprContext.Load, span(ctx));
            }
            default -> {
                return displays(ctx);
            }
        }
    }

    private Expr comprehensionElement(ParseTree child) throws PythonSyntaxError {
        if (child instanceof Star_exprContext star) {
            throw error("iterable unpacking cannot be used in comprehension", star.start);
        }
        return listElement(child);
    }

    private Expr listElement(ParseTree child) throws PythonSyntaxError {
        return child instanceof Namedexpr_testContext n ? namedExpr(n)
                : starExpr((Star_exprContext) child);
    }

    private List<Expr> listElements(Testlist_compContext list) throws PythonSyntaxError {
        List<Expr> elts = new ArrayList<>();
        for (ParseTree child : list.children) {
            if (!(child instanceof TerminalNode)) {
                elts.add(listElement(child));
            }
        }
        return elts;
    }

    /** {@code {}} displays: dict, set, and their comprehensions. */
    private Expr displays(AtomContext ctx) throws PythonSyntaxError {
        DictorsetmakerContext maker = ctx.dictorsetmaker();
        Span s = span(ctx);
        if (maker == null) {
            return new Expr.Dict(List.of(), List.of(), s);
        }
        List<Dict_or_set_itemContext> items = maker.dict_or_set_item();
        Dict_or_set_itemContext first = items.get(0);
        boolean dict = isDictItem(first);
        if (maker.comp_for() != null) {
            List<Comprehension> gens = comprehension(maker.comp_for());
            if (first.getChild(0) instanceof TerminalNode t && t.getSymbol().getType() == DOUBLESTAR) {
                throw error("dict unpacking cannot be used in dict comprehension", first.start);
            }
            if (dict) {
                return new Expr.DictComp(test(first.test(0)), test(first.test(1)), gens, s);
            }
            if (first.star_expr() != null) {
                throw error("iterable unpacking cannot be used in comprehension", first.start);
            }
            return new Expr.SetComp(setItem(first), gens, s);
        }
        if (dict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            for (Dict_or_set_itemContext item : items) {
                if (!isDictItem(item)) {
                    throw error("':' expected after dictionary key", item.stop);
                }
                if (item.getChild(0) instanceof TerminalNode) {
                    keys.add(null);
                    values.add(expr(item.expr()));
                } else {
                    keys.add(test(item.test(0)));
                    values.add(test(item.test(1)));
                }
            }
            return new Expr.Dict(keys, values, s);
        }
        List<Expr> elts = new ArrayList<>();
        for (Dict_or_set_itemContext item : items) {
            if (isDictItem(item)) {
                throw error("invalid syntax", item.start);
            }
            elts.add(setItem(item));
        }
        return new Expr.Set(elts, s);
    }

    private static boolean isDictItem(Dict_or_set_itemContext item) {
        return item.COLON() != null || (item.getChild(0) instanceof TerminalNode t
                && t.getSymbol().getType() == DOUBLESTAR);
    }

    private Expr setItem(Dict_or_set_itemContext item) throws PythonSyntaxError {
        if (item.star_expr() != null) {
            return starExpr(item.star_expr());
        }
        Expr first = test(item.test(0));
        if (item.COLONEQUAL() == null) {
            return first;
        }
        if (!(first instanceof Expr.Name n)) {
            throw error("cannot use assignment expressions with " + describe(first), first.span());
        }
        return new Expr.NamedExpr(new Expr.Name(n.id(), ExprContext.Store, n.span()),
                test(item.test(1)), span(item));
    }

    /** The f-string field's expression, for {@link Literals}. */
    Expr fieldExpression(Star_or_yieldContext ctx) throws PythonSyntaxError {
        return starOrYield(ctx);
    }

    int minor() {
        return minor;
    }

    /** Binary operator for a flat chain token; null for the boolean and comparison operators. */
    static @Nullable Operator binaryOperator(int type) {
        return switch (type) {
            case PLUS -> Operator.Add;
            case MINUS -> Operator.Sub;
            case STAR -> Operator.Mult;
            case AT -> Operator.MatMult;
            case SLASH -> Operator.Div;
            case PERCENT -> Operator.Mod;
            case DOUBLESLASH -> Operator.FloorDiv;
            case LEFTSHIFT -> Operator.LShift;
            case RIGHTSHIFT -> Operator.RShift;
            case VBAR -> Operator.BitOr;
            case CIRCUMFLEX -> Operator.BitXor;
            case AMPER -> Operator.BitAnd;
            default -> null;
        };
    }

    static @Nullable CmpOperator comparison(ParserRuleContext op) {
        int type = op.start.getType();
        boolean two = op.getChildCount() == 2;
        return switch (type) {
            case LESS -> CmpOperator.Lt;
            case GREATER -> CmpOperator.Gt;
            case EQEQUAL -> CmpOperator.Eq;
            case GREATEREQUAL -> CmpOperator.GtE;
            case LESSEQUAL -> CmpOperator.LtE;
            case NOTEQUAL -> CmpOperator.NotEq;
            case IN -> CmpOperator.In;
            case NOT -> CmpOperator.NotIn;
            case IS -> two ? CmpOperator.IsNot : CmpOperator.Is;
            default -> null;
        };
    }

    static @Nullable BoolOperator boolOperator(int type) {
        return type == AND ? BoolOperator.And : type == OR ? BoolOperator.Or : null;
    }
}

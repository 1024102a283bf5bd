package dev.gilscan.analyzer.ast;

import org.jspecify.annotations.Nullable;

/**
 * A visitor with a result, one method per concrete node class, javaparser-style.
 *
 * <p>Every {@code visitX} method defaults to {@link #defaultResult(Node)}; override the ones you
 * care about. Visiting does not descend by itself: call {@code child.accept(this)} to go down,
 * or use {@link TreeWalker} or {@link Nodes#walk(Node)} to visit a whole tree.
 *
 * @param <R> the result type; {@code @Nullable Void} for a visitor used for its effects
 */
public interface AstVisitor<R extends @Nullable Object> {

    /** The result of every {@code visitX} method that is not overridden. */
    R defaultResult(Node node);

    /** Visits {@code ast.Module}. */
    default R visitModule(Mod.Module node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Expression}. */
    default R visitExpression(Mod.Expression node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Interactive}. */
    default R visitInteractive(Mod.Interactive node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.FunctionType}. */
    default R visitFunctionType(Mod.FunctionType node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.FunctionDef}. */
    default R visitFunctionDef(Stmt.FunctionDef node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.AsyncFunctionDef}. */
    default R visitAsyncFunctionDef(Stmt.AsyncFunctionDef node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.ClassDef}. */
    default R visitClassDef(Stmt.ClassDef node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Return}. */
    default R visitReturn(Stmt.Return node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Delete}. */
    default R visitDelete(Stmt.Delete node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Assign}. */
    default R visitAssign(Stmt.Assign node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.TypeAlias}. */
    default R visitTypeAlias(Stmt.TypeAlias node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.AugAssign}. */
    default R visitAugAssign(Stmt.AugAssign node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.AnnAssign}. */
    default R visitAnnAssign(Stmt.AnnAssign node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.For}. */
    default R visitFor(Stmt.For node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.AsyncFor}. */
    default R visitAsyncFor(Stmt.AsyncFor node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.While}. */
    default R visitWhile(Stmt.While node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.If}. */
    default R visitIf(Stmt.If node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.With}. */
    default R visitWith(Stmt.With node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.AsyncWith}. */
    default R visitAsyncWith(Stmt.AsyncWith node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Match}. */
    default R visitMatch(Stmt.Match node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Raise}. */
    default R visitRaise(Stmt.Raise node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Try}. */
    default R visitTry(Stmt.Try node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.TryStar}. */
    default R visitTryStar(Stmt.TryStar node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Assert}. */
    default R visitAssert(Stmt.Assert node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Import}. */
    default R visitImport(Stmt.Import node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.ImportFrom}. */
    default R visitImportFrom(Stmt.ImportFrom node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Global}. */
    default R visitGlobal(Stmt.Global node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Nonlocal}. */
    default R visitNonlocal(Stmt.Nonlocal node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Expr}. */
    default R visitExprStmt(Stmt.Expr node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Pass}. */
    default R visitPass(Stmt.Pass node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Break}. */
    default R visitBreak(Stmt.Break node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Continue}. */
    default R visitContinue(Stmt.Continue node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.BoolOp}. */
    default R visitBoolOp(Expr.BoolOp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.NamedExpr}. */
    default R visitNamedExpr(Expr.NamedExpr node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.BinOp}. */
    default R visitBinOp(Expr.BinOp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.UnaryOp}. */
    default R visitUnaryOp(Expr.UnaryOp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Lambda}. */
    default R visitLambda(Expr.Lambda node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.IfExp}. */
    default R visitIfExp(Expr.IfExp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Dict}. */
    default R visitDict(Expr.Dict node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Set}. */
    default R visitSet(Expr.Set node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.ListComp}. */
    default R visitListComp(Expr.ListComp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.SetComp}. */
    default R visitSetComp(Expr.SetComp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.DictComp}. */
    default R visitDictComp(Expr.DictComp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.GeneratorExp}. */
    default R visitGeneratorExp(Expr.GeneratorExp node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Await}. */
    default R visitAwait(Expr.Await node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Yield}. */
    default R visitYield(Expr.Yield node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.YieldFrom}. */
    default R visitYieldFrom(Expr.YieldFrom node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Compare}. */
    default R visitCompare(Expr.Compare node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Call}. */
    default R visitCall(Expr.Call node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.FormattedValue}. */
    default R visitFormattedValue(Expr.FormattedValue node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Interpolation}. */
    default R visitInterpolation(Expr.Interpolation node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.JoinedStr}. */
    default R visitJoinedStr(Expr.JoinedStr node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.TemplateStr}. */
    default R visitTemplateStr(Expr.TemplateStr node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Constant}. */
    default R visitConstant(Expr.Constant node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Attribute}. */
    default R visitAttribute(Expr.Attribute node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Subscript}. */
    default R visitSubscript(Expr.Subscript node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Starred}. */
    default R visitStarred(Expr.Starred node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Name}. */
    default R visitName(Expr.Name node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.List}. */
    default R visitList(Expr.List node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Tuple}. */
    default R visitTuple(Expr.Tuple node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.Slice}. */
    default R visitSlice(Expr.Slice node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchValue}. */
    default R visitMatchValue(Pattern.MatchValue node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchSingleton}. */
    default R visitMatchSingleton(Pattern.MatchSingleton node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchSequence}. */
    default R visitMatchSequence(Pattern.MatchSequence node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchMapping}. */
    default R visitMatchMapping(Pattern.MatchMapping node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchClass}. */
    default R visitMatchClass(Pattern.MatchClass node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchStar}. */
    default R visitMatchStar(Pattern.MatchStar node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchAs}. */
    default R visitMatchAs(Pattern.MatchAs node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.MatchOr}. */
    default R visitMatchOr(Pattern.MatchOr node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.TypeVar}. */
    default R visitTypeVar(TypeParam.TypeVar node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.ParamSpec}. */
    default R visitParamSpec(TypeParam.ParamSpec node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.TypeVarTuple}. */
    default R visitTypeVarTuple(TypeParam.TypeVarTuple node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.comprehension}. */
    default R visitComprehension(Comprehension node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.ExceptHandler}. */
    default R visitExceptHandler(ExceptHandler node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.arguments}. */
    default R visitArguments(Arguments node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.arg}. */
    default R visitArg(Arg node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.keyword}. */
    default R visitKeyword(Keyword node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.alias}. */
    default R visitAlias(Alias node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.withitem}. */
    default R visitWithItem(WithItem node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.match_case}. */
    default R visitMatchCase(MatchCase node) {
        return defaultResult(node);
    }

    /** Visits {@code ast.TypeIgnore}. */
    default R visitTypeIgnore(TypeIgnore node) {
        return defaultResult(node);
    }
}

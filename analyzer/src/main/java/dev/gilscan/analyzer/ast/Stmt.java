package dev.gilscan.analyzer.ast;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement.
 * The nested records are CPython's {@code ast.stmt} subclasses, one to one.
 * <p>The record {@link Expr} nested here is the expression statement; in this file the
 * expression type is spelled {@code dev.gilscan.analyzer.ast.Expr}.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.stmt">ast.stmt</a>
 */
public sealed interface Stmt extends Located {

    /**
     * {@code @decorator def name[T](args) -> returns: body}.
     * <p>CPython: {@code FunctionDef(identifier name, arguments args, stmt* body,
     *     expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.FunctionDef">ast.FunctionDef</a>
     */
    record FunctionDef(
            String name,
            Arguments args,
            List<Stmt> body,
            List<dev.gilscan.analyzer.ast.Expr> decoratorList,
            dev.gilscan.analyzer.ast.@Nullable Expr returns,
            @Nullable String typeComment,
            List<TypeParam> typeParams,
            Span span) implements Stmt {
        public FunctionDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(args, "args");
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children()
                    .add(args)
                    .addAll(body)
                    .addAll(decoratorList)
                    .add(returns)
                    .addAll(typeParams)
                    .list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionDef(this);
        }
    }

    /**
     * {@code async def name(args) -> returns: body}.
     * <p>CPython: {@code AsyncFunctionDef(identifier name, arguments args, stmt* body,
     *     expr* decorator_list, expr? returns, string? type_comment, type_param* type_params)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.AsyncFunctionDef">ast.AsyncFunctionDef</a>
     */
    record AsyncFunctionDef(
            String name,
            Arguments args,
            List<Stmt> body,
            List<dev.gilscan.analyzer.ast.Expr> decoratorList,
            dev.gilscan.analyzer.ast.@Nullable Expr returns,
            @Nullable String typeComment,
            List<TypeParam> typeParams,
            Span span) implements Stmt {
        public AsyncFunctionDef {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(args, "args");
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children()
                    .add(args)
                    .addAll(body)
                    .addAll(decoratorList)
                    .add(returns)
                    .addAll(typeParams)
                    .list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFunctionDef(this);
        }
    }

    /**
     * {@code @decorator class Name[T](Base, metaclass=M): body}.
     * <p>CPython: {@code ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body,
     *     expr* decorator_list, type_param* type_params)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.ClassDef">ast.ClassDef</a>
     */
    record ClassDef(
            String name,
            List<dev.gilscan.analyzer.ast.Expr> bases,
            List<Keyword> keywords,
            List<Stmt> body,
            List<dev.gilscan.analyzer.ast.Expr> decoratorList,
            List<TypeParam> typeParams,
            Span span) implements Stmt {
        public ClassDef {
            Objects.requireNonNull(name, "name");
            bases = List.copyOf(bases);
            keywords = List.copyOf(keywords);
            body = List.copyOf(body);
            decoratorList = List.copyOf(decoratorList);
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children()
                    .addAll(bases)
                    .addAll(keywords)
                    .addAll(body)
                    .addAll(decoratorList)
                    .addAll(typeParams)
                    .list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitClassDef(this);
        }
    }

    /**
     * {@code return value}.
     * <p>CPython: {@code Return(expr? value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Return">ast.Return</a>
     */
    record Return(dev.gilscan.analyzer.ast.@Nullable Expr value, Span span) implements Stmt {
        public Return {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitReturn(this);
        }
    }

    /**
     * {@code del a, b[0]}.
     * <p>CPython: {@code Delete(expr* targets)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Delete">ast.Delete</a>
     */
    record Delete(List<dev.gilscan.analyzer.ast.Expr> targets, Span span) implements Stmt {
        public Delete {
            targets = List.copyOf(targets);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return Collections.unmodifiableList(targets);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitDelete(this);
        }
    }

    /**
     * {@code a = b = value}: one target per {@code =}.
     * <p>CPython: {@code Assign(expr* targets, expr value, string? type_comment)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Assign">ast.Assign</a>
     */
    record Assign(
            List<dev.gilscan.analyzer.ast.Expr> targets,
            dev.gilscan.analyzer.ast.Expr value,
            @Nullable String typeComment,
            Span span) implements Stmt {
        public Assign {
            targets = List.copyOf(targets);
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().addAll(targets).add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssign(this);
        }
    }

    /**
     * {@code type Name[T] = value}.
     * <p>CPython: {@code TypeAlias(expr name, type_param* type_params, expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.TypeAlias">ast.TypeAlias</a>
     */
    record TypeAlias(
            dev.gilscan.analyzer.ast.Expr name,
            List<TypeParam> typeParams,
            dev.gilscan.analyzer.ast.Expr value,
            Span span) implements Stmt {
        public TypeAlias {
            Objects.requireNonNull(name, "name");
            typeParams = List.copyOf(typeParams);
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(name).addAll(typeParams).add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeAlias(this);
        }
    }

    /**
     * {@code target += value}.
     * <p>CPython: {@code AugAssign(expr target, operator op, expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.AugAssign">ast.AugAssign</a>
     */
    record AugAssign(
            dev.gilscan.analyzer.ast.Expr target,
            Operator op,
            dev.gilscan.analyzer.ast.Expr value,
            Span span) implements Stmt {
        public AugAssign {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(target).add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAugAssign(this);
        }
    }

    /**
     * {@code target: annotation = value}; {@code simple} is 1 for a bare name target.
     * <p>CPython: {@code AnnAssign(expr target, expr annotation, expr? value, int simple)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.AnnAssign">ast.AnnAssign</a>
     */
    record AnnAssign(
            dev.gilscan.analyzer.ast.Expr target,
            dev.gilscan.analyzer.ast.Expr annotation,
            dev.gilscan.analyzer.ast.@Nullable Expr value,
            int simple,
            Span span) implements Stmt {
        public AnnAssign {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(annotation, "annotation");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(target).add(annotation).add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAnnAssign(this);
        }
    }

    /**
     * {@code for target in iter: body else: orelse}.
     * <p>CPython: {@code For(expr target, expr iter, stmt* body, stmt* orelse,
     *     string? type_comment)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.For">ast.For</a>
     */
    record For(
            dev.gilscan.analyzer.ast.Expr target,
            dev.gilscan.analyzer.ast.Expr iter,
            List<Stmt> body,
            List<Stmt> orelse,
            @Nullable String typeComment,
            Span span) implements Stmt {
        public For {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(iter, "iter");
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(target).add(iter).addAll(body).addAll(orelse).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitFor(this);
        }
    }

    /**
     * {@code async for target in iter: body else: orelse}.
     * <p>CPython: {@code AsyncFor(expr target, expr iter, stmt* body, stmt* orelse,
     *     string? type_comment)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.AsyncFor">ast.AsyncFor</a>
     */
    record AsyncFor(
            dev.gilscan.analyzer.ast.Expr target,
            dev.gilscan.analyzer.ast.Expr iter,
            List<Stmt> body,
            List<Stmt> orelse,
            @Nullable String typeComment,
            Span span) implements Stmt {
        public AsyncFor {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(iter, "iter");
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(target).add(iter).addAll(body).addAll(orelse).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncFor(this);
        }
    }

    /**
     * {@code while test: body else: orelse}.
     * <p>CPython: {@code While(expr test, stmt* body, stmt* orelse)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.While">ast.While</a>
     */
    record While(
            dev.gilscan.analyzer.ast.Expr test,
            List<Stmt> body,
            List<Stmt> orelse,
            Span span) implements Stmt {
        public While {
            Objects.requireNonNull(test, "test");
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(test).addAll(body).addAll(orelse).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitWhile(this);
        }
    }

    /**
     * {@code if test: body else: orelse}; an {@code elif} is an {@code If} alone in {@code orelse}.
     * <p>CPython: {@code If(expr test, stmt* body, stmt* orelse)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.If">ast.If</a>
     */
    record If(
            dev.gilscan.analyzer.ast.Expr test,
            List<Stmt> body,
            List<Stmt> orelse,
            Span span) implements Stmt {
        public If {
            Objects.requireNonNull(test, "test");
            body = List.copyOf(body);
            orelse = List.copyOf(orelse);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(test).addAll(body).addAll(orelse).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    /**
     * {@code with a as b, c: body}.
     * <p>CPython: {@code With(withitem* items, stmt* body, string? type_comment)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.With">ast.With</a>
     */
    record With(
            List<WithItem> items,
            List<Stmt> body,
            @Nullable String typeComment,
            Span span) implements Stmt {
        public With {
            items = List.copyOf(items);
            body = List.copyOf(body);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().addAll(items).addAll(body).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitWith(this);
        }
    }

    /**
     * {@code async with a as b: body}.
     * <p>CPython: {@code AsyncWith(withitem* items, stmt* body, string? type_comment)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.AsyncWith">ast.AsyncWith</a>
     */
    record AsyncWith(
            List<WithItem> items,
            List<Stmt> body,
            @Nullable String typeComment,
            Span span) implements Stmt {
        public AsyncWith {
            items = List.copyOf(items);
            body = List.copyOf(body);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().addAll(items).addAll(body).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAsyncWith(this);
        }
    }

    /**
     * {@code match subject:} followed by {@code case} blocks.
     * <p>CPython: {@code Match(expr subject, match_case* cases)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Match">ast.Match</a>
     */
    record Match(
            dev.gilscan.analyzer.ast.Expr subject,
            List<MatchCase> cases,
            Span span) implements Stmt {
        public Match {
            Objects.requireNonNull(subject, "subject");
            cases = List.copyOf(cases);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(subject).addAll(cases).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatch(this);
        }
    }

    /**
     * {@code raise exc from cause}.
     * <p>CPython: {@code Raise(expr? exc, expr? cause)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Raise">ast.Raise</a>
     */
    record Raise(
            dev.gilscan.analyzer.ast.@Nullable Expr exc,
            dev.gilscan.analyzer.ast.@Nullable Expr cause,
            Span span) implements Stmt {
        public Raise {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(exc).add(cause).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitRaise(this);
        }
    }

    /**
     * {@code try: body except ...: ... else: orelse finally: finalbody}.
     * <p>CPython: {@code Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Try">ast.Try</a>
     */
    record Try(
            List<Stmt> body,
            List<ExceptHandler> handlers,
            List<Stmt> orelse,
            List<Stmt> finalbody,
            Span span) implements Stmt {
        public Try {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children()
                    .addAll(body)
                    .addAll(handlers)
                    .addAll(orelse)
                    .addAll(finalbody)
                    .list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTry(this);
        }
    }

    /**
     * {@code try: body except* E: ... else: orelse finally: finalbody}.
     * <p>CPython: {@code TryStar(stmt* body, excepthandler* handlers, stmt* orelse,
     *     stmt* finalbody)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.TryStar">ast.TryStar</a>
     */
    record TryStar(
            List<Stmt> body,
            List<ExceptHandler> handlers,
            List<Stmt> orelse,
            List<Stmt> finalbody,
            Span span) implements Stmt {
        public TryStar {
            body = List.copyOf(body);
            handlers = List.copyOf(handlers);
            orelse = List.copyOf(orelse);
            finalbody = List.copyOf(finalbody);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children()
                    .addAll(body)
                    .addAll(handlers)
                    .addAll(orelse)
                    .addAll(finalbody)
                    .list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTryStar(this);
        }
    }

    /**
     * {@code assert test, msg}.
     * <p>CPython: {@code Assert(expr test, expr? msg)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Assert">ast.Assert</a>
     */
    record Assert(
            dev.gilscan.analyzer.ast.Expr test,
            dev.gilscan.analyzer.ast.@Nullable Expr msg,
            Span span) implements Stmt {
        public Assert {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(test).add(msg).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAssert(this);
        }
    }

    /**
     * {@code import a.b as c, d}.
     * <p>CPython: {@code Import(alias* names)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Import">ast.Import</a>
     */
    record Import(List<Alias> names, Span span) implements Stmt {
        public Import {
            names = List.copyOf(names);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return Collections.unmodifiableList(names);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitImport(this);
        }
    }

    /**
     * {@code from ..module import a as b}; {@code level} counts the leading dots (0 if none).
     * <p>CPython: {@code ImportFrom(identifier? module, alias* names, int? level)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.ImportFrom">ast.ImportFrom</a>
     */
    record ImportFrom(
            @Nullable String module,
            List<Alias> names,
            int level,
            Span span) implements Stmt {
        public ImportFrom {
            names = List.copyOf(names);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return Collections.unmodifiableList(names);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitImportFrom(this);
        }
    }

    /**
     * {@code global a, b}.
     * <p>CPython: {@code Global(identifier* names)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Global">ast.Global</a>
     */
    record Global(List<String> names, Span span) implements Stmt {
        public Global {
            names = List.copyOf(names);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitGlobal(this);
        }
    }

    /**
     * {@code nonlocal a, b}.
     * <p>CPython: {@code Nonlocal(identifier* names)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Nonlocal">ast.Nonlocal</a>
     */
    record Nonlocal(List<String> names, Span span) implements Stmt {
        public Nonlocal {
            names = List.copyOf(names);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitNonlocal(this);
        }
    }

    /**
     * An expression used as a statement: {@code f(x)}, a docstring. Visited by {@link
     * AstVisitor#visitExprStmt}.
     * <p>CPython: {@code Expr(expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Expr">ast.Expr</a>
     */
    record Expr(dev.gilscan.analyzer.ast.Expr value, Span span) implements Stmt {
        public Expr {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of(value);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitExprStmt(this);
        }
    }

    /**
     * {@code pass}.
     * <p>CPython: {@code Pass()}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Pass">ast.Pass</a>
     */
    record Pass(Span span) implements Stmt {
        public Pass {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitPass(this);
        }
    }

    /**
     * {@code break}.
     * <p>CPython: {@code Break()}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Break">ast.Break</a>
     */
    record Break(Span span) implements Stmt {
        public Break {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitBreak(this);
        }
    }

    /**
     * {@code continue}.
     * <p>CPython: {@code Continue()}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Continue">ast.Continue</a>
     */
    record Continue(Span span) implements Stmt {
        public Continue {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitContinue(this);
        }
    }
}

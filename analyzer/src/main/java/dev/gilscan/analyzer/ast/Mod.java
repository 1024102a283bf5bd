package dev.gilscan.analyzer.ast;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A parse result: what {@code ast.parse} returns for each {@code mode}.
 * The nested records are CPython's {@code ast.mod} subclasses, one to one.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.mod">ast.mod</a>
 */
public sealed interface Mod extends Node {

    /**
     * A parsed file ({@code ast.parse(source)}); {@code typeIgnores} holds its {@code # type:
     * ignore} comments.
     * <p>CPython: {@code Module(stmt* body, type_ignore* type_ignores)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Module">ast.Module</a>
     */
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
        public Module {
            body = List.copyOf(body);
            typeIgnores = List.copyOf(typeIgnores);
        }

        @Override
        public List<Node> children() {
            return new Children().addAll(body).addAll(typeIgnores).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitModule(this);
        }
    }

    /**
     * One expression ({@code ast.parse(source, mode='eval')}).
     * <p>CPython: {@code Expression(expr body)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Expression">ast.Expression</a>
     */
    record Expression(Expr body) implements Mod {
        public Expression {
            Objects.requireNonNull(body, "body");
        }

        @Override
        public List<Node> children() {
            return List.of(body);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitExpression(this);
        }
    }

    /**
     * One interactive statement ({@code ast.parse(source, mode='single')}).
     * <p>CPython: {@code Interactive(stmt* body)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Interactive">ast.Interactive</a>
     */
    record Interactive(List<Stmt> body) implements Mod {
        public Interactive {
            body = List.copyOf(body);
        }

        @Override
        public List<Node> children() {
            return Collections.unmodifiableList(body);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitInteractive(this);
        }
    }

    /**
     * A function type comment {@code (int, str) -> bool} ({@code ast.parse(source,
     * mode='func_type')}).
     * <p>CPython: {@code FunctionType(expr* argtypes, expr returns)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.FunctionType">ast.FunctionType</a>
     */
    record FunctionType(List<Expr> argtypes, Expr returns) implements Mod {
        public FunctionType {
            argtypes = List.copyOf(argtypes);
            Objects.requireNonNull(returns, "returns");
        }

        @Override
        public List<Node> children() {
            return new Children().addAll(argtypes).add(returns).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitFunctionType(this);
        }
    }
}

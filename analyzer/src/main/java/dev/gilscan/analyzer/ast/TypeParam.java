package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A type parameter in {@code def f[...]}, {@code class C[...]} or {@code type A[...]}.
 * The nested records are CPython's {@code ast.type_param} subclasses, one to one.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.type_param">ast.type_param</a>
 */
public sealed interface TypeParam extends Located {

    /**
     * {@code T}, {@code T: bound}, {@code T = default}.
     * <p>CPython: {@code TypeVar(identifier name, expr? bound, expr? default_value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.TypeVar">ast.TypeVar</a>
     */
    record TypeVar(
            String name,
            @Nullable Expr bound,
            @Nullable Expr defaultValue,
            Span span) implements TypeParam {
        public TypeVar {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(bound).add(defaultValue).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeVar(this);
        }
    }

    /**
     * {@code **P}, {@code **P = default}.
     * <p>CPython: {@code ParamSpec(identifier name, expr? default_value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.ParamSpec">ast.ParamSpec</a>
     */
    record ParamSpec(String name, @Nullable Expr defaultValue, Span span) implements TypeParam {
        public ParamSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(defaultValue).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitParamSpec(this);
        }
    }

    /**
     * {@code *Ts}, {@code *Ts = default}.
     * <p>CPython: {@code TypeVarTuple(identifier name, expr? default_value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.TypeVarTuple">ast.TypeVarTuple</a>
     */
    record TypeVarTuple(String name, @Nullable Expr defaultValue, Span span) implements TypeParam {
        public TypeVarTuple {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(defaultValue).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTypeVarTuple(this);
        }
    }
}

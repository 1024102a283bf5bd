package dev.gilscan.analyzer.ast;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@code case} pattern.
 * The nested records are CPython's {@code ast.pattern} subclasses, one to one.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.pattern">ast.pattern</a>
 */
public sealed interface Pattern extends Located {

    /**
     * {@code case 1:}, {@code case Color.RED:}: compared with {@code ==}.
     * <p>CPython: {@code MatchValue(expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchValue">ast.MatchValue</a>
     */
    record MatchValue(Expr value, Span span) implements Pattern {
        public MatchValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of(value);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchValue(this);
        }
    }

    /**
     * {@code case None:}, {@code case True:}: compared with {@code is}.
     * <p>CPython: {@code MatchSingleton(constant value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchSingleton">ast.MatchSingleton</a>
     */
    record MatchSingleton(ConstantValue value, Span span) implements Pattern {
        public MatchSingleton {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSingleton(this);
        }
    }

    /**
     * {@code case [a, *rest]:}.
     * <p>CPython: {@code MatchSequence(pattern* patterns)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchSequence">ast.MatchSequence</a>
     */
    record MatchSequence(List<Pattern> patterns, Span span) implements Pattern {
        public MatchSequence {
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return Collections.unmodifiableList(patterns);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchSequence(this);
        }
    }

    /**
     * {@code case {"k": v, **rest}:}.
     * <p>CPython: {@code MatchMapping(expr* keys, pattern* patterns, identifier? rest)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchMapping">ast.MatchMapping</a>
     */
    record MatchMapping(
            List<Expr> keys,
            List<Pattern> patterns,
            @Nullable String rest,
            Span span) implements Pattern {
        public MatchMapping {
            keys = List.copyOf(keys);
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().addAll(keys).addAll(patterns).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchMapping(this);
        }
    }

    /**
     * {@code case Point(x, y=0):}.
     * <p>CPython: {@code MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs,
     *     pattern* kwd_patterns)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchClass">ast.MatchClass</a>
     */
    record MatchClass(
            Expr cls,
            List<Pattern> patterns,
            List<String> kwdAttrs,
            List<Pattern> kwdPatterns,
            Span span) implements Pattern {
        public MatchClass {
            Objects.requireNonNull(cls, "cls");
            patterns = List.copyOf(patterns);
            kwdAttrs = List.copyOf(kwdAttrs);
            kwdPatterns = List.copyOf(kwdPatterns);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(cls).addAll(patterns).addAll(kwdPatterns).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchClass(this);
        }
    }

    /**
     * {@code *rest} in a sequence pattern; {@code name} is null for {@code *_}.
     * <p>CPython: {@code MatchStar(identifier? name)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchStar">ast.MatchStar</a>
     */
    record MatchStar(@Nullable String name, Span span) implements Pattern {
        public MatchStar {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchStar(this);
        }
    }

    /**
     * {@code case p as name:}, {@code case name:} (null pattern), {@code case _:} (both null).
     * <p>CPython: {@code MatchAs(pattern? pattern, identifier? name)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchAs">ast.MatchAs</a>
     */
    record MatchAs(@Nullable Pattern pattern, @Nullable String name, Span span) implements Pattern {
        public MatchAs {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return new Children().add(pattern).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchAs(this);
        }
    }

    /**
     * {@code case a | b:}.
     * <p>CPython: {@code MatchOr(pattern* patterns)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.MatchOr">ast.MatchOr</a>
     */
    record MatchOr(List<Pattern> patterns, Span span) implements Pattern {
        public MatchOr {
            patterns = List.copyOf(patterns);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public List<Node> children() {
            return Collections.unmodifiableList(patterns);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitMatchOr(this);
        }
    }
}

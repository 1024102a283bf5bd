package dev.gilscan.analyzer.ast;

import java.util.Collections;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An expression.
 * The nested records are CPython's {@code ast.expr} subclasses, one to one.
 * <p>{@link List}, {@link Set}, {@link Dict} and {@link Tuple} here are the Python displays.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.expr">ast.expr</a>
 */
public sealed interface Expr extends Located {

    /**
     * {@code a and b and c}: one node for a run of the same operator.
     * <p>CPython: {@code BoolOp(boolop op, expr* values)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.BoolOp">ast.BoolOp</a>
     */
    record BoolOp(BoolOperator op, java.util.List<Expr> values, Span span) implements Expr {
        public BoolOp {
            Objects.requireNonNull(op, "op");
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return Collections.unmodifiableList(values);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitBoolOp(this);
        }
    }

    /**
     * {@code (target := value)}.
     * <p>CPython: {@code NamedExpr(expr target, expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.NamedExpr">ast.NamedExpr</a>
     */
    record NamedExpr(Expr target, Expr value, Span span) implements Expr {
        public NamedExpr {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(target).add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitNamedExpr(this);
        }
    }

    /**
     * {@code left + right}.
     * <p>CPython: {@code BinOp(expr left, operator op, expr right)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.BinOp">ast.BinOp</a>
     */
    record BinOp(Expr left, Operator op, Expr right, Span span) implements Expr {
        public BinOp {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(left).add(right).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitBinOp(this);
        }
    }

    /**
     * {@code -operand}, {@code not operand}.
     * <p>CPython: {@code UnaryOp(unaryop op, expr operand)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.UnaryOp">ast.UnaryOp</a>
     */
    record UnaryOp(UnaryOperator op, Expr operand, Span span) implements Expr {
        public UnaryOp {
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(operand, "operand");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of(operand);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitUnaryOp(this);
        }
    }

    /**
     * {@code lambda args: body}.
     * <p>CPython: {@code Lambda(arguments args, expr body)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Lambda">ast.Lambda</a>
     */
    record Lambda(Arguments args, Expr body, Span span) implements Expr {
        public Lambda {
            Objects.requireNonNull(args, "args");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(args).add(body).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitLambda(this);
        }
    }

    /**
     * {@code body if test else orelse}.
     * <p>CPython: {@code IfExp(expr test, expr body, expr orelse)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.IfExp">ast.IfExp</a>
     */
    record IfExp(Expr test, Expr body, Expr orelse, Span span) implements Expr {
        public IfExp {
            Objects.requireNonNull(test, "test");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(orelse, "orelse");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(test).add(body).add(orelse).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitIfExp(this);
        }
    }

    /**
     * {@code {k: v, **m}}; the key of a {@code **m} entry is null.
     * <p>CPython: {@code Dict(expr?* keys, expr* values)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Dict">ast.Dict</a>
     */
    record Dict(
            java.util.List<@Nullable Expr> keys,
            java.util.List<Expr> values,
            Span span) implements Expr {
        public Dict {
            keys = Children.copyOfNullable(keys);
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().addAll(keys).addAll(values).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitDict(this);
        }
    }

    /**
     * {@code {a, b}}.
     * <p>CPython: {@code Set(expr* elts)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Set">ast.Set</a>
     */
    record Set(java.util.List<Expr> elts, Span span) implements Expr {
        public Set {
            elts = java.util.List.copyOf(elts);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return Collections.unmodifiableList(elts);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitSet(this);
        }
    }

    /**
     * {@code [elt for x in xs if c]}.
     * <p>CPython: {@code ListComp(expr elt, comprehension* generators)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.ListComp">ast.ListComp</a>
     */
    record ListComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
        public ListComp {
            Objects.requireNonNull(elt, "elt");
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(elt).addAll(generators).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitListComp(this);
        }
    }

    /**
     * {@code {elt for x in xs}}.
     * <p>CPython: {@code SetComp(expr elt, comprehension* generators)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.SetComp">ast.SetComp</a>
     */
    record SetComp(Expr elt, java.util.List<Comprehension> generators, Span span) implements Expr {
        public SetComp {
            Objects.requireNonNull(elt, "elt");
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(elt).addAll(generators).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitSetComp(this);
        }
    }

    /**
     * {@code {key: value for x in xs}}.
     * <p>CPython: {@code DictComp(expr key, expr value, comprehension* generators)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.DictComp">ast.DictComp</a>
     */
    record DictComp(
            Expr key,
            Expr value,
            java.util.List<Comprehension> generators,
            Span span) implements Expr {
        public DictComp {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(key).add(value).addAll(generators).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitDictComp(this);
        }
    }

    /**
     * {@code (elt for x in xs)}.
     * <p>CPython: {@code GeneratorExp(expr elt, comprehension* generators)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.GeneratorExp">ast.GeneratorExp</a>
     */
    record GeneratorExp(
            Expr elt,
            java.util.List<Comprehension> generators,
            Span span) implements Expr {
        public GeneratorExp {
            Objects.requireNonNull(elt, "elt");
            generators = java.util.List.copyOf(generators);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(elt).addAll(generators).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitGeneratorExp(this);
        }
    }

    /**
     * {@code await value}.
     * <p>CPython: {@code Await(expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Await">ast.Await</a>
     */
    record Await(Expr value, Span span) implements Expr {
        public Await {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of(value);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAwait(this);
        }
    }

    /**
     * {@code yield value}.
     * <p>CPython: {@code Yield(expr? value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Yield">ast.Yield</a>
     */
    record Yield(@Nullable Expr value, Span span) implements Expr {
        public Yield {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(value).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitYield(this);
        }
    }

    /**
     * {@code yield from value}.
     * <p>CPython: {@code YieldFrom(expr value)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.YieldFrom">ast.YieldFrom</a>
     */
    record YieldFrom(Expr value, Span span) implements Expr {
        public YieldFrom {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of(value);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitYieldFrom(this);
        }
    }

    /**
     * {@code left < a <= b}: {@code ops} and {@code comparators} pair up.
     * <p>CPython: {@code Compare(expr left, cmpop* ops, expr* comparators)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Compare">ast.Compare</a>
     */
    record Compare(
            Expr left,
            java.util.List<CmpOperator> ops,
            java.util.List<Expr> comparators,
            Span span) implements Expr {
        public Compare {
            Objects.requireNonNull(left, "left");
            ops = java.util.List.copyOf(ops);
            comparators = java.util.List.copyOf(comparators);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(left).addAll(comparators).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitCompare(this);
        }
    }

    /**
     * {@code func(a, *b, k=v, **m)}; {@code *b} is a {@link Starred}, {@code **m} a keyword with a
     * null {@code arg}.
     * <p>CPython: {@code Call(expr func, expr* args, keyword* keywords)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Call">ast.Call</a>
     */
    record Call(
            Expr func,
            java.util.List<Expr> args,
            java.util.List<Keyword> keywords,
            Span span) implements Expr {
        public Call {
            Objects.requireNonNull(func, "func");
            args = java.util.List.copyOf(args);
            keywords = java.util.List.copyOf(keywords);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(func).addAll(args).addAll(keywords).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitCall(this);
        }
    }

    /**
     * {@code {value!r:spec}} in an f-string; {@code conversion} is -1 or the code of {@code s},
     * {@code r}, {@code a}.
     * <p>CPython: {@code FormattedValue(expr value, int conversion, expr? format_spec)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.FormattedValue">ast.FormattedValue</a>
     */
    record FormattedValue(
            Expr value,
            int conversion,
            @Nullable Expr formatSpec,
            Span span) implements Expr {
        public FormattedValue {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(value).add(formatSpec).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitFormattedValue(this);
        }
    }

    /**
     * {@code {value!r:spec}} in a t-string (3.14); {@code str} is the source text of {@code value},
     * {@code conversion} -1 or the code of {@code s}, {@code r}, {@code a}.
     * <p>CPython: {@code Interpolation(expr value, string str, int conversion, expr? format_spec)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Interpolation">ast.Interpolation</a>
     */
    record Interpolation(
            Expr value,
            String str,
            int conversion,
            @Nullable Expr formatSpec,
            Span span) implements Expr {
        public Interpolation {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(str, "str");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(value).add(formatSpec).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitInterpolation(this);
        }
    }

    /**
     * {@code f"a{b}"}: {@link Constant} and {@link FormattedValue} parts.
     * <p>CPython: {@code JoinedStr(expr* values)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.JoinedStr">ast.JoinedStr</a>
     */
    record JoinedStr(java.util.List<Expr> values, Span span) implements Expr {
        public JoinedStr {
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return Collections.unmodifiableList(values);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitJoinedStr(this);
        }
    }

    /**
     * {@code t"a{b}"} (3.14): {@link Constant} and {@link Interpolation} parts.
     * <p>CPython: {@code TemplateStr(expr* values)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.TemplateStr">ast.TemplateStr</a>
     */
    record TemplateStr(java.util.List<Expr> values, Span span) implements Expr {
        public TemplateStr {
            values = java.util.List.copyOf(values);
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return Collections.unmodifiableList(values);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTemplateStr(this);
        }
    }

    /**
     * A literal: {@code 1}, {@code 'a'}, {@code b'a'}, {@code None}, {@code ...}; {@code kind} is
     * {@code "u"} for {@code u'a'}, else null.
     * <p>CPython: {@code Constant(constant value, string? kind)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Constant">ast.Constant</a>
     */
    record Constant(ConstantValue value, @Nullable String kind, Span span) implements Expr {
        public Constant {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitConstant(this);
        }
    }

    /**
     * {@code value.attr}.
     * <p>CPython: {@code Attribute(expr value, identifier attr, expr_context ctx)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Attribute">ast.Attribute</a>
     */
    record Attribute(Expr value, String attr, ExprContext ctx, Span span) implements Expr {
        public Attribute {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(attr, "attr");
            Objects.requireNonNull(ctx, "ctx");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of(value);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitAttribute(this);
        }
    }

    /**
     * {@code value[slice]}.
     * <p>CPython: {@code Subscript(expr value, expr slice, expr_context ctx)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Subscript">ast.Subscript</a>
     */
    record Subscript(Expr value, Expr slice, ExprContext ctx, Span span) implements Expr {
        public Subscript {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(slice, "slice");
            Objects.requireNonNull(ctx, "ctx");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(value).add(slice).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitSubscript(this);
        }
    }

    /**
     * {@code *value}.
     * <p>CPython: {@code Starred(expr value, expr_context ctx)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Starred">ast.Starred</a>
     */
    record Starred(Expr value, ExprContext ctx, Span span) implements Expr {
        public Starred {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(ctx, "ctx");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of(value);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitStarred(this);
        }
    }

    /**
     * A variable name: {@code id}.
     * <p>CPython: {@code Name(identifier id, expr_context ctx)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Name">ast.Name</a>
     */
    record Name(String id, ExprContext ctx, Span span) implements Expr {
        public Name {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(ctx, "ctx");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return java.util.List.of();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitName(this);
        }
    }

    /**
     * {@code [a, b]}.
     * <p>CPython: {@code List(expr* elts, expr_context ctx)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.List">ast.List</a>
     */
    record List(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        public List {
            elts = java.util.List.copyOf(elts);
            Objects.requireNonNull(ctx, "ctx");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return Collections.unmodifiableList(elts);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitList(this);
        }
    }

    /**
     * {@code (a, b)} or {@code a, b}.
     * <p>CPython: {@code Tuple(expr* elts, expr_context ctx)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Tuple">ast.Tuple</a>
     */
    record Tuple(java.util.List<Expr> elts, ExprContext ctx, Span span) implements Expr {
        public Tuple {
            elts = java.util.List.copyOf(elts);
            Objects.requireNonNull(ctx, "ctx");
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return Collections.unmodifiableList(elts);
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitTuple(this);
        }
    }

    /**
     * {@code lower:upper:step}, only inside a {@link Subscript}.
     * <p>CPython: {@code Slice(expr? lower, expr? upper, expr? step)}.
     *
     * @see <a href="https://docs.python.org/3/library/ast.html#ast.Slice">ast.Slice</a>
     */
    record Slice(
            @Nullable Expr lower,
            @Nullable Expr upper,
            @Nullable Expr step,
            Span span) implements Expr {
        public Slice {
            Objects.requireNonNull(span, "span");
        }

        @Override
        public java.util.List<Node> children() {
            return new Children().add(lower).add(upper).add(step).list();
        }

        @Override
        public <R extends @Nullable Object> R accept(AstVisitor<R> visitor) {
            return visitor.visitSlice(this);
        }
    }
}

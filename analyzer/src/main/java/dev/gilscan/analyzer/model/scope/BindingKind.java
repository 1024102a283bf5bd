package dev.gilscan.analyzer.model.scope;

/** How a {@link Binding} gives its name a value (or, for {@link #DELETE}, takes it away). */
public enum BindingKind {
    /** {@code x = 1}, {@code x, y = p}, {@code x: int = 1}. */
    ASSIGNMENT,
    /** {@code x += 1}. */
    AUGMENTED_ASSIGNMENT,
    /** {@code x: int}, an annotation without a value. */
    ANNOTATION_ONLY,
    /** {@code def f(x)}, {@code lambda x: x}. */
    PARAMETER,
    /** {@code import x}, {@code import x.y} (binds {@code x}), {@code from m import x as y}. */
    IMPORT,
    /** {@code def x(): ...}. */
    FUNCTION,
    /** {@code class X: ...}. */
    CLASS,
    /** {@code for x in xs}. */
    FOR_TARGET,
    /** {@code with open(p) as x}. */
    WITH_TARGET,
    /** {@code except E as x}. */
    EXCEPT_HANDLER,
    /** {@code case [x, *rest]}, {@code case {"k": v, **rest}}, {@code case P() as x}. */
    MATCH_CAPTURE,
    /** {@code (x := 1)}; in a comprehension it binds in the enclosing function or module. */
    NAMED_EXPRESSION,
    /** {@code [x for x in xs]}. */
    COMPREHENSION_TARGET,
    /** {@code del x}. */
    DELETE,
    /** {@code def f[T]()}, {@code class C[*Ts]}, {@code type A[**P] = ...}. */
    TYPE_PARAMETER,
    /** {@code type X = int}. */
    TYPE_ALIAS
}

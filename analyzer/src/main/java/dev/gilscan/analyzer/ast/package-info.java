/**
 * The Python syntax tree, one to one with CPython 3.14's {@code ast} module.
 *
 * <p>Each CPython node class is a record named like it: the sum types ({@code mod}, {@code stmt},
 * {@code expr}, {@code pattern}, {@code type_param}) are sealed interfaces ({@link Mod},
 * {@link Stmt}, {@link Expr}, {@link Pattern}, {@link TypeParam}) with their constructors nested
 * inside, so {@code ast.Call} is {@link Expr.Call} and the expression statement {@code ast.Expr} is
 * {@link Stmt.Expr}; the other classes are top-level records ({@link Arguments}, {@link Arg},
 * {@link Keyword}, ...). Record components are CPython's {@code _fields} in CPython's order,
 * camelCased, followed by a {@link Span} on every node class that has {@code _attributes}. The
 * operator and context classes are enums ({@link Operator}, {@link ExprContext}, ...), literal
 * values are {@link ConstantValue}s.
 *
 * <p>Lists are immutable; optional fields are {@code @Nullable}, everything else is non-null. To
 * traverse a tree use {@link Nodes#findAll}, {@link Nodes#walk}, a {@link TreeWalker} or an
 * {@link AstVisitor}; {@link AstJson} writes the canonical JSON form compared with CPython's and
 * {@link AstPrinter} a readable dump.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html">The ast module</a>
 */
@NullMarked
package dev.gilscan.analyzer.ast;

import org.jspecify.annotations.NullMarked;

package dev.gilscan.analyzer.ast;

/**
 * Whether an expression is read, assigned or deleted: {@code x} in {@code y = x}, {@code x = 1},
 * {@code del x}.
 *
 * <p>The constants are CPython's {@code ast.expr_context} subclasses and are named exactly like
 * them ({@code ast.Load, ast.Store, ast.Del}). In CPython they are field-less singleton nodes; here
 * they are enum constants, not {@link Node}s.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.expr_context">ast.expr_context</a>
 */
public enum ExprContext {
    Load, Store, Del
}

package dev.gilscan.analyzer.ast;

/**
 * The operator of a {@link Expr.UnaryOp}.
 *
 * <p>The constants are CPython's {@code ast.unaryop} subclasses and are named exactly like them
 * ({@code ast.Invert, ast.Not, ast.UAdd, ...}).
 * In CPython they are field-less singleton nodes; here they are enum constants, not {@link Node}s.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.unaryop">ast.unaryop</a>
 */
public enum UnaryOperator {
    /** {@code ~}. */
    Invert("~"),
    /** {@code not}. */
    Not("not"),
    /** {@code +}. */
    UAdd("+"),
    /** {@code -}. */
    USub("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}

package dev.gilscan.analyzer.ast;

/**
 * The operator of a {@link Expr.BoolOp}.
 *
 * <p>The constants are CPython's {@code ast.boolop} subclasses and are named exactly like them
 * ({@code ast.And, ast.Or}).
 * In CPython they are field-less singleton nodes; here they are enum constants, not {@link Node}s.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.boolop">ast.boolop</a>
 */
public enum BoolOperator {
    /** {@code and}. */
    And("and"),
    /** {@code or}. */
    Or("or");

    private final String symbol;

    BoolOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}

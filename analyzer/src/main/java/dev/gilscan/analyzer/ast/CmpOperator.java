package dev.gilscan.analyzer.ast;

/**
 * One operator of a {@link Expr.Compare}.
 *
 * <p>The constants are CPython's {@code ast.cmpop} subclasses and are named exactly like them
 * ({@code ast.Eq, ast.NotEq, ast.Lt, ...}).
 * In CPython they are field-less singleton nodes; here they are enum constants, not {@link Node}s.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.cmpop">ast.cmpop</a>
 */
public enum CmpOperator {
    /** {@code ==}. */
    Eq("=="),
    /** {@code !=}. */
    NotEq("!="),
    /** {@code <}. */
    Lt("<"),
    /** {@code <=}. */
    LtE("<="),
    /** {@code >}. */
    Gt(">"),
    /** {@code >=}. */
    GtE(">="),
    /** {@code is}. */
    Is("is"),
    /** {@code is not}. */
    IsNot("is not"),
    /** {@code in}. */
    In("in"),
    /** {@code not in}. */
    NotIn("not in");

    private final String symbol;

    CmpOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}

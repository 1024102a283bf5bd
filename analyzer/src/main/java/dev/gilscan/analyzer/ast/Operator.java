package dev.gilscan.analyzer.ast;

/**
 * The operator of a {@link Expr.BinOp} or {@link Stmt.AugAssign}.
 *
 * <p>The constants are CPython's {@code ast.operator} subclasses and are named exactly like them
 * ({@code ast.Add, ast.Sub, ast.Mult, ...}).
 * In CPython they are field-less singleton nodes; here they are enum constants, not {@link Node}s.
 *
 * @see <a href="https://docs.python.org/3/library/ast.html#ast.operator">ast.operator</a>
 */
public enum Operator {
    /** {@code +}. */
    Add("+"),
    /** {@code -}. */
    Sub("-"),
    /** {@code *}. */
    Mult("*"),
    /** {@code @}. */
    MatMult("@"),
    /** {@code /}. */
    Div("/"),
    /** {@code %}. */
    Mod("%"),
    /** {@code **}. */
    Pow("**"),
    /** {@code <<}. */
    LShift("<<"),
    /** {@code >>}. */
    RShift(">>"),
    /** {@code |}. */
    BitOr("|"),
    /** {@code ^}. */
    BitXor("^"),
    /** {@code &}. */
    BitAnd("&"),
    /** {@code //}. */
    FloorDiv("//");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Python source. */
    public String symbol() {
        return symbol;
    }
}

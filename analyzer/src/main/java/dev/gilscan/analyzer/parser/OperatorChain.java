package dev.gilscan.analyzer.parser;

import static dev.gilscan.analyzer.parser.antlr.PythonParser.*;

import dev.gilscan.analyzer.ast.BoolOperator;
import dev.gilscan.analyzer.ast.CmpOperator;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Operator;
import dev.gilscan.analyzer.ast.UnaryOperator;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Precedence climbing over one flat operator chain of the grammar ({@code disjunction} or
 * {@code expr}): {@code or} < {@code and} < {@code not} < comparisons < {@code |} < {@code ^} <
 * {@code &} < shifts < {@code + -} < {@code * @ / % //} < unary {@code - + ~}. Binary operators
 * are left-associative, comparisons chain, {@code and}/{@code or} flatten into one BoolOp.
 */
final class OperatorChain {
    private static final int L_OR = 0;
    private static final int L_AND = 1;
    private static final int L_NOT = 2;
    private static final int L_CMP = 3;
    private static final int L_BITOR = 4;
    private static final int L_XOR = 5;
    private static final int L_BITAND = 6;
    private static final int L_SHIFT = 7;
    private static final int L_ARITH = 8;
    private static final int L_TERM = 9;
    private static final int L_UNARY = 10;

    /** A built sub-expression and the tokens it covers, parentheses included. */
    private record Part(Expr expr, Token start, Token stop) {}

    private final AstBuilder builder;
    private final List<OperandContext> operands;
    private final List<? extends ParserRuleContext> ops;
    private final boolean full;
    /** The operand being read, whether it has been read, and how many of its prefixes. */
    private int current;
    private boolean done;
    private int prefix;
    /** The current operand's prefixes (ANTLR's getter filters the children on every call). */
    private List<Prefix_opContext> prefixes;

    OperatorChain(AstBuilder builder, List<OperandContext> operands,
            List<? extends ParserRuleContext> ops, boolean full) {
        this.builder = builder;
        this.operands = operands;
        this.ops = ops;
        this.full = full;
        this.prefixes = operands.get(0).prefix_op();
    }

    /** Whether the current operand follows {@code + - * / % // @} (CPython then names `not`). */
    private boolean afterArithmetic() {
        if (current == 0) {
            return false;
        }
        return switch (ops.get(current - 1).start.getType()) {
            case PLUS, MINUS, STAR, SLASH, PERCENT, DOUBLESLASH, AT -> true;
            default -> false;
        };
    }

    Expr parse() throws PythonSyntaxError {
        Part result = level(full ? L_OR : L_BITOR);
        if (done && current < ops.size()) {
            throw builder.error("invalid syntax", ops.get(current).start);
        }
        return result.expr;
    }

    private int peek() {
        return done && current < ops.size() ? ops.get(current).start.getType() : -1;
    }

    private ParserRuleContext take() {
        ParserRuleContext op = ops.get(current);
        current++;
        done = false;
        prefix = 0;
        prefixes = current < operands.size() ? operands.get(current).prefix_op() : List.of();
        return op;
    }

    private Part level(int level) throws PythonSyntaxError {
        switch (level) {
            case L_OR, L_AND -> {
                int want = level == L_OR ? OR : AND;
                Part first = level(level + 1);
                if (peek() != want) {
                    return first;
                }
                List<Expr> values = new ArrayList<>();
                values.add(first.expr);
                Token stop = first.stop;
                while (peek() == want) {
                    take();
                    Part next = level(level + 1);
                    values.add(next.expr);
                    stop = next.stop;
                }
                BoolOperator op = level == L_OR ? BoolOperator.Or : BoolOperator.And;
                return new Part(new Expr.BoolOp(op, values, builder.span(first.start, stop)),
                        first.start, stop);
            }
            case L_NOT -> {
                if (!done && prefix < prefixes.size() && prefixes.get(prefix).start.getType() == NOT) {
                    Token not = prefixes.get(prefix++).start;
                    Part operand = level(L_NOT);
                    return new Part(new Expr.UnaryOp(UnaryOperator.Not, operand.expr,
                            builder.span(not, operand.stop)), not, operand.stop);
                }
                return level(L_CMP);
            }
            case L_CMP -> {
                Part first = level(L_BITOR);
                if (!isComparison()) {
                    return first;
                }
                List<CmpOperator> cmpOps = new ArrayList<>();
                List<Expr> comparators = new ArrayList<>();
                Token stop = first.stop;
                while (isComparison()) {
                    cmpOps.add(AstBuilder.comparison(take()));
                    Part next = level(L_BITOR);
                    comparators.add(next.expr);
                    stop = next.stop;
                }
                return new Part(new Expr.Compare(first.expr, cmpOps, comparators,
                        builder.span(first.start, stop)), first.start, stop);
            }
            case L_UNARY -> {
                OperandContext operand = operands.get(current);
                if (prefix < prefixes.size()) {
                    Token op = prefixes.get(prefix++).start;
                    if (op.getType() == NOT) {
                        throw builder.error(prefix > 1 || afterArithmetic()
                                ? "'not' after an operator must be parenthesized"
                                : "invalid syntax", op);
                    }
                    Part inner = level(L_UNARY);
                    return new Part(new Expr.UnaryOp(AstBuilder.unaryOperator(op.getType()),
                            inner.expr, builder.span(op, inner.stop)), op, inner.stop);
                }
                PowerContext power = operand.power();
                done = true;
                return new Part(builder.power(power), power.start, power.stop);
            }
            default -> {
                Part left = level(level + 1);
                while (levelOf(peek()) == level) {
                    Operator op = AstBuilder.binaryOperator(take().start.getType());
                    Part right = level(level + 1);
                    left = new Part(new Expr.BinOp(left.expr, op, right.expr,
                            builder.span(left.start, right.stop)), left.start, right.stop);
                }
                return left;
            }
        }
    }

    private boolean isComparison() {
        return done && current < ops.size() && AstBuilder.comparison(ops.get(current)) != null;
    }

    private static int levelOf(int type) {
        return switch (type) {
            case VBAR -> L_BITOR;
            case CIRCUMFLEX -> L_XOR;
            case AMPER -> L_BITAND;
            case LEFTSHIFT, RIGHTSHIFT -> L_SHIFT;
            case PLUS, MINUS -> L_ARITH;
            case STAR, AT, SLASH, PERCENT, DOUBLESLASH -> L_TERM;
            default -> -1;
        };
    }

}

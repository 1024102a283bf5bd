package dev.gilscan.analyzer.ast;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** Small builders shared by the tests of this package. */
final class TestTrees {
    /** The smallest stack the trees must be walked in: the lower end of JVM defaults. */
    static final long SMALL_STACK = 512 * 1024;

    private TestTrees() {
    }

    static Span s(int line, int column, int endLine, int endColumn) {
        return Span.ascii(line, column, endLine, endColumn);
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static Expr.Name name(String id, ExprContext ctx, Span span) {
        return new Expr.Name(id, ctx, span);
    }

    /** The CPython class name of {@code node}, and the id of a Name: {@code "Name x"}. */
    static String label(Node node) {
        String type = NodeFields.of(node).pythonName();
        return node instanceof Expr.Name name ? type + " " + name.id() : type;
    }

    /** The module {@code ---...-x} with {@code depth} minus signs: a chain of nested UnaryOps. */
    static Mod.Module unaryChain(int depth) {
        Expr expr = name("x", ExprContext.Load, s(1, depth, 1, depth + 1));
        for (int i = depth - 1; i >= 0; i--) {
            expr = new Expr.UnaryOp(UnaryOperator.USub, expr, s(1, i, 1, depth + 1));
        }
        return new Mod.Module(List.of(new Stmt.Expr(expr, s(1, 0, 1, depth + 1))), List.of());
    }

    /** Runs {@code body} in a thread with a {@link #SMALL_STACK} and rethrows what it threw. */
    static void onSmallStack(Runnable body) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                body.run();
            } catch (Throwable t) {
                thrown.set(t);
            }
        }, "small-stack", SMALL_STACK);
        thread.start();
        thread.join();
        if (thrown.get() != null) {
            throw new AssertionError("failed on a " + SMALL_STACK + "-byte stack", thrown.get());
        }
    }
}

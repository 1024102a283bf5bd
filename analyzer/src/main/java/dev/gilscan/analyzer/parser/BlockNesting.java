package dev.gilscan.analyzer.parser;

import dev.gilscan.analyzer.ast.Arguments;
import dev.gilscan.analyzer.ast.Comprehension;
import dev.gilscan.analyzer.ast.ExceptHandler;
import dev.gilscan.analyzer.ast.Expr;
import dev.gilscan.analyzer.ast.Keyword;
import dev.gilscan.analyzer.ast.Located;
import dev.gilscan.analyzer.ast.MatchCase;
import dev.gilscan.analyzer.ast.Mod;
import dev.gilscan.analyzer.ast.Node;
import dev.gilscan.analyzer.ast.Stmt;
import dev.gilscan.analyzer.ast.TreeWalker;
import dev.gilscan.analyzer.ast.WithItem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CPython's compiler limit on statically nested blocks: {@code compile()} (and so {@code python
 * file.py}, {@code py_compile}) refuses a code object whose frame-block stack would grow past
 * {@code CO_MAXBLOCKS} with "too many statically nested blocks", at the statement (or, from 3.13,
 * the {@code with} item or comprehension) whose block would not fit. {@code ast.parse} does not
 * check it.
 *
 * <p>What pushes a block, as measured on CPython 3.10-3.14: a {@code for}, {@code async for} or
 * {@code while} loop (for its body); each item of a {@code with} or {@code async with}; a
 * {@code try} with handlers (its body; the handlers run one block up with one more for their own
 * body); a {@code try} with {@code finally} (its body and handlers), whose {@code finally} body
 * is compiled twice, at the {@code try}'s own depth and then one block deeper; each {@code async
 * for} of a comprehension that is compiled inline (3.12 on, all but generator expressions) or in
 * its own code object. {@code else} bodies, {@code if} and {@code match} push none. Each function,
 * lambda, class body and non-inlined comprehension starts afresh. The limit is 20 up to 3.12;
 * from 3.13 it is 21, and the body of a generator or coroutine function (not of a generator
 * expression) starts one block deep. From 3.11
 * a {@code try}'s {@code else} is compiled before its handlers, which decides which of two
 * refused blocks CPython names.
 *
 * <p>The walk follows CPython's compile order with an explicit task stack, so any depth of tree
 * is fine, and CPython's stack of blocks as a shared list. Where a {@code return}, {@code break}
 * or {@code continue} leaves a {@code try} with {@code finally}, CPython compiles the
 * {@code finally} body once more, on the blocks outside the {@code try} (one more for a returned
 * value): so does the walk. A {@code finally} body that CPython compiles at several depths is
 * walked once per depth it is found clean at, at most {@code limit + 1} times however it nests,
 * so the time stays linear. Not modelled: annotations and {@code await} in an inlined
 * comprehension of a plain function, never nested blocks in practice.
 */
final class BlockNesting {
    static final String MESSAGE = "too many statically nested blocks";

    private final int minor;
    private final int limit;
    private final String path;
    /** Functions and lambdas that are generators (a {@code yield} in their own scope). */
    private final Set<Node> generators = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per {@code finally} body, the depths it was walked at and found clean (bit {@code d}). */
    private final Map<List<Stmt>, Integer> cleanFinally = new IdentityHashMap<>();
    private boolean asyncComprehensions;
    private final Deque<Task> tasks = new ArrayDeque<>();

    private BlockNesting(int minor, String path) {
        this.minor = minor;
        this.limit = minor >= 13 ? 21 : 20;
        this.path = path;
    }

    /** Throws CPython's "too many statically nested blocks" error if {@code module} has one. */
    static void check(Mod.Module module, int minor, String path) throws PythonSyntaxError {
        BlockNesting nesting = new BlockNesting(minor, path);
        nesting.survey(module);
        nesting.run(module.body());
    }

    /** What a block on CPython's stack does when a {@code return} or {@code break} leaves it. */
    private enum Kind {
        /** A loop: where {@code break} and {@code continue} stop. */
        LOOP,
        /** A {@code try} body with a {@code finally}, which is compiled again on the way out. */
        FINALLY_TRY,
        /** Any other block: left without compiling anything. */
        OTHER
    }

    /**
     * CPython's stack of blocks at a point of its compile, innermost first; shared by the tasks
     * (a push makes a new head). The bottom one, with no {@code outer}, is no block.
     */
    private record Blocks(int size, Kind kind, @Nullable List<Stmt> finalbody,
            @Nullable Blocks outer) {
        static final Blocks NONE = new Blocks(0, Kind.OTHER, null, null);

        Blocks push(Kind kind) {
            return new Blocks(size + 1, kind, null, this);
        }

        Blocks pushFinally(List<Stmt> finalbody) {
            return new Blocks(size + 1, Kind.FINALLY_TRY, finalbody, this);
        }
    }

    /** One step of the walk, done in order: statements on a stack, or a check of one push. */
    private sealed interface Task {}

    private record Body(List<Stmt> stmts, Blocks on) implements Task {}

    private record One(Stmt stmt, Blocks on) implements Task {}

    private record Value(Node expr, Blocks on) implements Task {}

    /** The push of one block on {@code on}, blamed on {@code at}. */
    private record Push(Blocks on, Located at) implements Task {}

    /** A {@code finally} body on a stack of that size, skipped if already found clean there. */
    private record Finally(List<Stmt> stmts, Blocks on) implements Task {}

    private record Clean(List<Stmt> stmts, int depth) implements Task {}

    /**
     * A {@code return} (to the bottom, {@code keepsValue} if its value is not a constant) or a
     * {@code break} or {@code continue} (to the innermost loop) leaving the blocks of {@code on}.
     */
    private record Leave(Blocks on, boolean toLoop, boolean keepsValue) implements Task {}

    /**
     * Finds the generators and whether any comprehension has an {@code async for}. A function
     * whose inlined comprehension (3.12 on) has one becomes a coroutine, as CPython's symbol
     * table makes it (it is refused later, for the comprehension outside an async function).
     */
    private void survey(Mod.Module module) {
        new TreeWalker() {
            /** The scopes around the node that have code objects of their own, innermost last. */
            private final List<Node> scopes = new ArrayList<>();

            @Override
            protected void enter(Node node, List<Node> ancestors) {
                if (node instanceof Expr.Yield || node instanceof Expr.YieldFrom) {
                    mark();
                } else if (node instanceof Comprehension c && c.isAsync() != 0) {
                    asyncComprehensions = true;
                    if (minor >= 12 && !ancestors.isEmpty()
                            && isInlined(ancestors.get(ancestors.size() - 1))) {
                        mark();
                    }
                }
                if (ownsCode(node)) {
                    scopes.add(node);
                }
            }

            @Override
            protected void leave(Node node, List<Node> ancestors) {
                if (ownsCode(node)) {
                    scopes.remove(scopes.size() - 1);
                }
            }

            private void mark() {
                if (!scopes.isEmpty()) {
                    generators.add(scopes.get(scopes.size() - 1));
                }
            }
        }.walk(module);
    }

    /** A comprehension that CPython compiles into the code around it (3.12 on). */
    private boolean isInlined(Node node) {
        return minor >= 12 && (node instanceof Expr.ListComp || node instanceof Expr.SetComp
                || node instanceof Expr.DictComp);
    }

    private boolean ownsCode(Node node) {
        return isScope(node) && !isInlined(node);
    }

    private static boolean isScope(Node node) {
        return node instanceof Stmt.FunctionDef || node instanceof Stmt.AsyncFunctionDef
                || node instanceof Expr.Lambda || node instanceof Stmt.ClassDef
                || node instanceof Expr.GeneratorExp || node instanceof Expr.ListComp
                || node instanceof Expr.SetComp || node instanceof Expr.DictComp;
    }

    private void run(List<Stmt> module) throws PythonSyntaxError {
        tasks.push(new Body(module, Blocks.NONE));
        while (!tasks.isEmpty()) {
            Task task = tasks.pop();
            if (task instanceof Body b) {
                for (int i = b.stmts().size() - 1; i >= 0; i--) {
                    tasks.push(new One(b.stmts().get(i), b.on()));
                }
            } else if (task instanceof One o) {
                statement(o.stmt(), o.on());
            } else if (task instanceof Value v) {
                expression(v.expr(), v.on());
            } else if (task instanceof Push p) {
                if (p.on().size() >= limit) {
                    throw new PythonSyntaxError("SyntaxError", MESSAGE, path,
                            p.at().span().line(), p.at().span().utf16Column() + 1);
                }
            } else if (task instanceof Finally f) {
                int depth = f.on().size();
                if ((cleanFinally.getOrDefault(f.stmts(), 0) & 1 << depth) == 0) {
                    tasks.push(new Clean(f.stmts(), depth));
                    tasks.push(new Body(f.stmts(), f.on()));
                }
            } else if (task instanceof Clean c) {
                cleanFinally.merge(c.stmts(), 1 << c.depth(), (x, y) -> x | y);
            } else if (task instanceof Leave l) {
                leave(l);
            }
        }
    }

    /** Schedules {@code steps} to run next, first one first. */
    private void then(List<Task> steps) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            tasks.push(steps.get(i));
        }
    }

    /**
     * Each {@code finally} left on the way compiles again, innermost first, on the blocks
     * outside its {@code try} (and one more that holds a returned value).
     */
    private void leave(Leave l) {
        List<Task> steps = new ArrayList<>();
        for (Blocks b = l.on(); b.outer() != null; b = b.outer()) {
            if (l.toLoop() && b.kind() == Kind.LOOP) {
                break;
            }
            if (b.kind() == Kind.FINALLY_TRY && b.finalbody() != null) {
                Blocks outside = b.outer();
                steps.add(new Finally(b.finalbody(),
                        l.keepsValue() ? outside.push(Kind.OTHER) : outside));
            }
        }
        then(steps);
    }

    private void statement(Stmt stmt, Blocks d) {
        List<Task> steps = new ArrayList<>();
        if (stmt instanceof Stmt.For s) {
            loop(steps, s, s.iter(), s.target(), s.body(), s.orelse(), d);
        } else if (stmt instanceof Stmt.AsyncFor s) {
            loop(steps, s, s.iter(), s.target(), s.body(), s.orelse(), d);
        } else if (stmt instanceof Stmt.While s) {
            steps.add(new Push(d, s));
            Blocks loop = d.push(Kind.LOOP);
            value(steps, s.test(), loop);
            steps.add(new Body(s.body(), loop));
            steps.add(new Body(s.orelse(), d));
        } else if (stmt instanceof Stmt.With s) {
            with(steps, s, s.items(), s.body(), d);
        } else if (stmt instanceof Stmt.AsyncWith s) {
            with(steps, s, s.items(), s.body(), d);
        } else if (stmt instanceof Stmt.Try s) {
            tryStatement(steps, s, s.body(), s.handlers(), s.orelse(), s.finalbody(), d);
        } else if (stmt instanceof Stmt.TryStar s) {
            tryStatement(steps, s, s.body(), s.handlers(), s.orelse(), s.finalbody(), d);
        } else if (stmt instanceof Stmt.FunctionDef s) {
            function(steps, s, s.decoratorList(), s.args(), s.body(), d);
        } else if (stmt instanceof Stmt.AsyncFunctionDef s) {
            function(steps, s, s.decoratorList(), s.args(), s.body(), d);
        } else if (stmt instanceof Stmt.ClassDef s) {
            values(steps, s.decoratorList(), d);
            values(steps, s.bases(), d);
            for (Keyword k : s.keywords()) {
                value(steps, k.value(), d);
            }
            steps.add(new Body(s.body(), Blocks.NONE));
        } else if (stmt instanceof Stmt.If s) {
            value(steps, s.test(), d);
            steps.add(new Body(s.body(), d));
            steps.add(new Body(s.orelse(), d));
        } else if (stmt instanceof Stmt.Match s) {
            value(steps, s.subject(), d);
            for (MatchCase c : s.cases()) {
                value(steps, c.guard(), d);
                steps.add(new Body(c.body(), d));
            }
        } else if (stmt instanceof Stmt.Return s) {
            value(steps, s.value(), d);
            steps.add(new Leave(d, false,
                    s.value() != null && !(s.value() instanceof Expr.Constant)));
        } else if (stmt instanceof Stmt.Break || stmt instanceof Stmt.Continue) {
            steps.add(new Leave(d, true, false));
        } else {
            for (Node child : stmt.children()) {
                value(steps, child, d);
            }
        }
        then(steps);
    }

    /** Decorators and defaults outside; the body in a code object of its own. */
    private void function(List<Task> steps, Stmt s, List<Expr> decorators, Arguments args,
            List<Stmt> body, Blocks d) {
        values(steps, decorators, d);
        values(steps, args.defaults(), d);
        values(steps, args.kwDefaults(), d);
        steps.add(new Body(body, scopeStart(s)));
    }

    private void loop(List<Task> steps, Stmt s, Expr iter, Expr target, List<Stmt> body,
            List<Stmt> orelse, Blocks d) {
        value(steps, iter, d);
        steps.add(new Push(d, s));
        Blocks loop = d.push(Kind.LOOP);
        value(steps, target, loop);
        steps.add(new Body(body, loop));
        steps.add(new Body(orelse, d));
    }

    /** One block per item; up to 3.12 CPython blames the statement, from 3.13 the item. */
    private void with(List<Task> steps, Stmt s, List<WithItem> items, List<Stmt> body,
            Blocks d) {
        Blocks depth = d;
        for (WithItem item : items) {
            value(steps, item.contextExpr(), depth);
            steps.add(new Push(depth, minor >= 13 ? item.contextExpr() : s));
            depth = depth.push(Kind.OTHER);
            value(steps, item.optionalVars(), depth);
        }
        steps.add(new Body(body, depth));
    }

    private void tryStatement(List<Task> steps, Stmt s, List<Stmt> body,
            List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, Blocks d) {
        if (finalbody.isEmpty()) {
            tryExcept(steps, s, body, handlers, orelse, d);
            return;
        }
        steps.add(new Push(d, s));
        Blocks inside = d.pushFinally(finalbody);
        if (handlers.isEmpty()) {
            steps.add(new Body(body, inside));
        } else {
            tryExcept(steps, s, body, handlers, orelse, inside);
        }
        // The path without an exception, then the one with (one more block: FINALLY_END).
        steps.add(new Finally(finalbody, d));
        steps.add(new Finally(finalbody, d.push(Kind.OTHER)));
    }

    private void tryExcept(List<Task> steps, Stmt s, List<Stmt> body,
            List<ExceptHandler> handlers, List<Stmt> orelse, Blocks d) {
        steps.add(new Push(d, s));
        steps.add(new Body(body, d.push(Kind.OTHER)));
        if (minor >= 11) {
            steps.add(new Body(orelse, d));
        }
        // The handlers run under one block (EXCEPTION_HANDLER), each body under one more.
        Blocks handling = d.push(Kind.OTHER);
        for (ExceptHandler h : handlers) {
            value(steps, h.type(), handling);
            steps.add(new Push(handling, h));
            steps.add(new Body(h.body(), handling.push(Kind.OTHER)));
        }
        if (minor < 11) {
            steps.add(new Body(orelse, d));
        }
    }

    /** The blocks a function's or lambda's body starts on: from 3.13, one in a generator. */
    private Blocks scopeStart(Node function) {
        return minor >= 13 && (function instanceof Stmt.AsyncFunctionDef
                || generators.contains(function)) ? Blocks.NONE.push(Kind.OTHER) : Blocks.NONE;
    }

    private void values(List<Task> steps, List<? extends @Nullable Node> exprs, Blocks d) {
        for (Node e : exprs) {
            value(steps, e, d);
        }
    }

    /** An expression matters only for the {@code async for} of its comprehensions. */
    private void value(List<Task> steps, @Nullable Node expr, Blocks d) {
        if (expr != null && asyncComprehensions) {
            steps.add(new Value(expr, d));
        }
    }

    private void expression(Node expr, Blocks d) {
        List<Task> steps = new ArrayList<>();
        if (expr instanceof Expr.Lambda l) {
            values(steps, l.args().defaults(), d);
            values(steps, l.args().kwDefaults(), d);
            value(steps, l.body(), scopeStart(l));
        } else if (expr instanceof Expr.ListComp c) {
            comprehension(steps, c, c.generators(), List.of(c.elt()), d);
        } else if (expr instanceof Expr.SetComp c) {
            comprehension(steps, c, c.generators(), List.of(c.elt()), d);
        } else if (expr instanceof Expr.DictComp c) {
            comprehension(steps, c, c.generators(), List.of(c.key(), c.value()), d);
        } else if (expr instanceof Expr.GeneratorExp c) {
            comprehension(steps, c, c.generators(), List.of(c.elt()), d);
        } else {
            for (Node child : expr.children()) {
                value(steps, child, d);
            }
        }
        then(steps);
    }

    /**
     * The first iterable is evaluated outside; the rest runs inline from 3.12 (but for a
     * generator expression), else in a code object of its own that starts with no block (even
     * a generator expression's, in 3.13 too). Each {@code async for} pushes a block, blamed on
     * the comprehension.
     */
    private void comprehension(List<Task> steps, Expr comp, List<Comprehension> generators,
            List<Expr> results, Blocks d) {
        boolean inline = isInlined(comp);
        Blocks depth = inline ? d : Blocks.NONE;
        for (int i = 0; i < generators.size(); i++) {
            Comprehension g = generators.get(i);
            value(steps, g.iter(), i == 0 ? d : depth);
            if (g.isAsync() != 0) {
                steps.add(new Push(depth, comp));
                depth = depth.push(Kind.OTHER);
            }
            value(steps, g.target(), depth);
            values(steps, g.ifs(), depth);
        }
        values(steps, results, depth);
    }
}

package dev.gilscan.analyzer.ast;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Searches over a whole tree. Iterative (an explicit stack, no recursion), so the depth of a tree
 * is bounded by memory only.
 *
 * <p>The order is pre-order over {@link Node#children()}: a node before its children, children in
 * CPython's field order. That is source order except where CPython's fields depart from it: the
 * {@code test} of an {@code IfExp} comes before its {@code body}, a {@code Dict} lists all keys
 * before all values, a {@code FunctionDef} or {@code ClassDef} has its decorators (and return
 * annotation) after its body, and {@code arguments} lists the defaults after the parameters.
 */
public final class Nodes {
    private Nodes() {
    }

    /**
     * Every node of the tree under {@code root}, {@code root} first, in pre-order (see above).
     * Lazy: a child list is read when the stream reaches its parent.
     */
    public static Stream<Node> walk(Node root) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(new PreOrder(root),
                        Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /**
     * The nodes of class {@code type} (or a subtype, e.g. {@code Expr.class} or
     * {@code Located.class}) under {@code root}, {@code root} included, in pre-order.
     */
    public static <T extends Node> List<T> findAll(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        PreOrder nodes = new PreOrder(root);
        while (nodes.hasNext()) {
            Node node = nodes.next();
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
        }
        return found;
    }

    /**
     * {@link #findAll(Node, Class)}, reading the nodes from {@code index} (the index of the file
     * {@code root} is in) when it holds {@code root} with its subtree.
     */
    public static <T extends Node> List<T> findAll(Node root, Class<T> type, NodeIndex index) {
        int first = index.id(root);
        int last = first < 0 ? -1 : index.end(first);
        if (last < 0) {
            return findAll(root, type);
        }
        List<T> found = new ArrayList<>();
        for (int id = first; id < last; id++) {
            Node node = index.node(id);
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
        }
        return found;
    }

    /**
     * The value of the first keyword argument of {@code call} named one of {@code names}
     * ({@code Thread(target=work)} gives {@code work} for "target"), or null.
     */
    public static @Nullable Expr keyword(Expr.Call call, String... names) {
        for (Keyword k : call.keywords()) {
            for (String name : names) {
                if (name.equals(k.arg())) {
                    return k.value();
                }
            }
        }
        return null;
    }

    /** Pre-order iteration with an explicit stack. */
    private static final class PreOrder implements Iterator<Node> {
        private final ArrayDeque<Node> stack = new ArrayDeque<>();

        PreOrder(Node root) {
            stack.push(root);
        }

        @Override
        public boolean hasNext() {
            return !stack.isEmpty();
        }

        @Override
        public Node next() {
            Node node = stack.poll();
            if (node == null) {
                throw new NoSuchElementException();
            }
            List<Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
            return node;
        }
    }

    /**
     * The statement list of {@code parent} that holds {@code child}, or null. It looks through
     * the lists; the semantic model's {@code blockOf} finds it at once.
     */
    public static @Nullable List<Stmt> blockOf(@Nullable Node parent, Stmt child) {
        for (List<Stmt> block : blocks(parent)) {
            for (Stmt s : block) {
                if (s == child) {
                    return block;
                }
            }
        }
        return null;
    }

    /** The statement lists of a node: a body, an {@code else}, a {@code finally}; or none. */
    public static List<List<Stmt>> blocks(@Nullable Node parent) {
        if (parent instanceof Mod.Module m) {
            return List.of(m.body());
        } else if (parent instanceof Stmt.FunctionDef f) {
            return List.of(f.body());
        } else if (parent instanceof Stmt.AsyncFunctionDef f) {
            return List.of(f.body());
        } else if (parent instanceof Stmt.ClassDef c) {
            return List.of(c.body());
        } else if (parent instanceof Stmt.If i) {
            return List.of(i.body(), i.orelse());
        } else if (parent instanceof Stmt.For f) {
            return List.of(f.body(), f.orelse());
        } else if (parent instanceof Stmt.AsyncFor f) {
            return List.of(f.body(), f.orelse());
        } else if (parent instanceof Stmt.While w) {
            return List.of(w.body(), w.orelse());
        } else if (parent instanceof Stmt.With w) {
            return List.of(w.body());
        } else if (parent instanceof Stmt.AsyncWith w) {
            return List.of(w.body());
        } else if (parent instanceof Stmt.Try t) {
            return List.of(t.body(), t.orelse(), t.finalbody());
        } else if (parent instanceof Stmt.TryStar t) {
            return List.of(t.body(), t.orelse(), t.finalbody());
        } else if (parent instanceof ExceptHandler h) {
            return List.of(h.body());
        } else if (parent instanceof MatchCase m) {
            return List.of(m.body());
        }
        return List.of();
    }
}

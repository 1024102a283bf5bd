package dev.gilscan.analyzer.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Walks a whole tree depth-first, in the order of {@link Nodes} (children in CPython field order),
 * calling {@link #enter} before a node's children and {@link #leave} after them. Override the hooks
 * you need.
 *
 * <p>The walk is iterative (an explicit stack), so the depth of a tree is bounded by memory only. A
 * walker holds state during {@link #walk}: use one instance per thread, one walk at a time.
 */
public abstract class TreeWalker {
    private boolean skipChildren;

    /** Walks the tree under {@code root}, {@code root} included. */
    public final void walk(Node root) {
        List<Node> path = new ArrayList<>();
        List<Node> ancestors = Collections.unmodifiableList(path);
        List<Frame> frames = new ArrayList<>();
        if (open(root, ancestors)) {
            path.add(root);
            frames.add(new Frame(root));
        }
        while (!frames.isEmpty()) {
            Frame top = frames.get(frames.size() - 1);
            if (top.next < top.children.size()) {
                Node child = top.children.get(top.next++);
                if (open(child, ancestors)) {
                    path.add(child);
                    frames.add(new Frame(child));
                }
            } else {
                frames.remove(frames.size() - 1);
                path.remove(path.size() - 1);
                leave(top.node, ancestors);
            }
        }
    }

    /**
     * Walks the tree under {@code root} as {@link #walk(Node)} does, in the same order with the
     * same ancestors, reading the nodes from {@code index} when it holds {@code root} with its
     * subtree (the index of the file the node is in): no node is asked for its children.
     */
    public final void walk(Node root, NodeIndex index) {
        int first = index.id(root);
        int last = first < 0 ? -1 : index.end(first);
        if (last < 0) {
            walk(root);
            return;
        }
        List<Node> path = new ArrayList<>();
        List<Node> ancestors = Collections.unmodifiableList(path);
        int[] ends = new int[16];
        int depth = 0;
        int id = first;
        while (id < last) {
            while (depth > 0 && ends[depth - 1] <= id) {
                depth--;
                leave(path.remove(depth), ancestors);
            }
            Node node = index.node(id);
            if (open(node, ancestors)) {
                if (depth == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, depth * 2);
                }
                ends[depth++] = index.end(id);
                path.add(node);
                id++;
            } else {
                id = index.end(id);
            }
        }
        while (depth > 0) {
            depth--;
            leave(path.remove(depth), ancestors);
        }
    }

    /**
     * Called when the walk reaches {@code node}, before its children.
     *
     * @param ancestors the path from the root down to the parent of {@code node}, root first; empty
     *     for the root. An unmodifiable view that changes as the walk goes on: copy it to keep it.
     */
    protected void enter(Node node, List<Node> ancestors) {
    }

    /**
     * Called after the children of {@code node} (also when they were skipped).
     *
     * @param ancestors as for {@link #enter}
     */
    protected void leave(Node node, List<Node> ancestors) {
    }

    /** Called from {@link #enter}: do not walk the children of the node being entered. */
    protected final void skipChildren() {
        skipChildren = true;
    }

    /** Enters {@code node}; true if its children are to be walked, else it is left at once. */
    private boolean open(Node node, List<Node> ancestors) {
        skipChildren = false;
        enter(node, ancestors);
        if (skipChildren) {
            skipChildren = false;
            leave(node, ancestors);
            return false;
        }
        return true;
    }

    private static final class Frame {
        final Node node;
        final List<Node> children;
        int next;

        Frame(Node node) {
            this.node = node;
            this.children = node.children();
        }
    }
}

package dev.gilscan.analyzer.ast;

import java.util.Arrays;

/**
 * Numbers the nodes of one tree, in the order they are added (a {@link TreeWalker}'s pre-order),
 * and finds a node's number by identity. A {@link NodeMap} keyed by the index keeps one array
 * slot per node where an {@link java.util.IdentityHashMap} keeps two in a table up to three
 * times the size: a file's per-node facts (parents, scopes, symbols) cost a few bytes a node.
 *
 * <p>Not thread-safe while nodes are added; safe to read from several threads once built.
 */
public final class NodeIndex {
    private Node[] nodes = new Node[64];
    private int size;
    /** Open addressing: node number + 1, 0 for an empty slot; at most half full. */
    private int[] slots = new int[128];
    /**
     * Each node's subtree as numbers: the nodes under node {@code i} are {@code i + 1} up to
     * {@code ends[i]} (excluded), when the index was built by one pre-order walk in which no node
     * appeared twice ({@link #preOrder}). Walks and searches then read the arrays instead of asking
     * every node for a new list of its children.
     */
    private int[] ends = new int[64];
    private boolean preOrder = true;

    /** The index of every node of the tree under {@code root}, in walk order. */
    public static NodeIndex of(Node root) {
        NodeIndex index = new NodeIndex();
        new TreeWalker() {
            @Override
            protected void enter(Node node, java.util.List<Node> ancestors) {
                index.add(node);
            }

            @Override
            protected void leave(Node node, java.util.List<Node> ancestors) {
                index.close(node);
            }
        }.walk(root);
        index.trim();
        return index;
    }

    /** Adds a node (if it is not there yet) and returns its number. */
    public int add(Node node) {
        int known = id(node);
        if (known >= 0) {
            preOrder = false;
            return known;
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, Math.max(16, size + (size >> 1)));
            ends = Arrays.copyOf(ends, nodes.length);
        }
        nodes[size] = node;
        insert(node, size);
        return size++;
    }

    /**
     * Marks the end of {@code node}'s subtree: every node added since {@code node} is under it.
     * Called by a pre-order walk when it leaves the node.
     */
    public void close(Node node) {
        int id = id(node);
        if (id >= 0) {
            ends[id] = size;
        }
    }

    /**
     * The number after the last node of the subtree of node {@code id}, or -1 when the index does
     * not know its subtrees (it was not built by one pre-order walk, or not closed).
     */
    public int end(int id) {
        return preOrder && ends[id] > id ? ends[id] : -1;
    }

    /** The node's number, or -1 if it was never added. */
    public int id(Node node) {
        int mask = slots.length - 1;
        for (int i = hash(node) & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (nodes[slot - 1] == node) {
                return slot - 1;
            }
        }
    }

    /** The node numbered {@code id}. */
    public Node node(int id) {
        if (id < 0 || id >= size) {
            throw new IndexOutOfBoundsException(id);
        }
        return nodes[id];
    }

    /** The number of nodes. */
    public int size() {
        return size;
    }

    /**
     * Drops the spare room left by growing, once every node is in: the node array to its size,
     * the table to at most three quarters full (while nodes are added, at most half).
     */
    public void trim() {
        nodes = Arrays.copyOf(nodes, size);
        ends = Arrays.copyOf(ends, size);
        int length = Integer.highestOneBit(Math.max(2, size + size / 3 + 1) - 1) << 1;
        if (length < slots.length) {
            rehash(length);
        }
    }

    private void insert(Node node, int id) {
        int mask = slots.length - 1;
        int i = hash(node) & mask;
        while (slots[i] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = id + 1;
    }

    private void rehash(int length) {
        slots = new int[length];
        for (int id = 0; id < size; id++) {
            insert(nodes[id], id);
        }
    }

    private static int hash(Node node) {
        int h = System.identityHashCode(node);
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }
}

package dev.gilscan.analyzer.ast;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A map from the nodes of one tree to values, by identity, stored in an array indexed by the
 * tree's {@link NodeIndex}. A node the index does not hold (one built outside the tree) is kept
 * aside in a small identity map, so every node can be a key. Null values are absent.
 *
 * <p>Not thread-safe while written; safe to read from several threads once built.
 */
public final class NodeMap<V> {
    private final NodeIndex index;
    private Object[] values;
    private @Nullable Map<Node, V> outside;

    public NodeMap(NodeIndex index) {
        this.index = index;
        this.values = new Object[Math.max(16, index.size())];
    }

    /** The value of {@code node}, or null. */
    @SuppressWarnings("unchecked")
    public @Nullable V get(Node node) {
        int id = index.id(node);
        if (id < 0) {
            return outside == null ? null : outside.get(node);
        }
        return id < values.length ? (V) values[id] : null;
    }

    /** Sets the value of {@code node}. */
    public void put(Node node, V value) {
        int id = index.id(node);
        if (id < 0) {
            if (outside == null) {
                outside = new IdentityHashMap<>();
            }
            outside.put(node, value);
            return;
        }
        if (id >= values.length) {
            values = Arrays.copyOf(values, Math.max(id + 1, values.length + (values.length >> 1)));
        }
        values[id] = value;
    }

    /** Drops the spare room left by growing, once the index is complete. */
    public void trim() {
        if (values.length > index.size()) {
            values = Arrays.copyOf(values, index.size());
        }
    }
}

package dev.gilscan.analyzer.ast;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds the result of {@link Node#children()}: node fields in order, nulls skipped. Every walk
 * asks every node for its children, so a node without any allocates no list, and the others a
 * small one.
 */
final class Children {
    private @Nullable ArrayList<Node> nodes;

    Children add(@Nullable Node node) {
        if (node != null) {
            if (nodes == null) {
                nodes = new ArrayList<>(4);
            }
            nodes.add(node);
        }
        return this;
    }

    Children addAll(List<? extends @Nullable Node> list) {
        for (Node node : list) {
            add(node);
        }
        return this;
    }

    List<Node> list() {
        return nodes == null ? List.of() : Collections.unmodifiableList(nodes);
    }

    /** An immutable copy of a list that may hold nulls, which {@code List.copyOf} rejects. */
    static <T extends @Nullable Object> List<T> copyOfNullable(List<T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }
}

package dev.gilscan.analyzer.rule;

import dev.gilscan.analyzer.ast.Node;

/** Where a {@link Check} registers for the node kinds it visits. */
public interface Subscriptions {
    /** A handler of one node kind. */
    @FunctionalInterface
    interface Handler<T extends Node> {
        void visit(T node, RuleContext context);
    }

    /**
     * Calls {@code handler} for every node of exactly class {@code type} (a concrete node record,
     * such as {@code Expr.Call.class} or {@code Mod.Module.class}).
     */
    <T extends Node> void node(Class<T> type, Handler<T> handler);
}

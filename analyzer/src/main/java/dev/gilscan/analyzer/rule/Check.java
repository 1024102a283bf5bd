package dev.gilscan.analyzer.rule;

/**
 * A rule's code: it says which node kinds it wants to see, and the engine calls it for each such
 * node of each file, walking every file once for all rules. Rules are stateless; anything a rule
 * needs per file it asks of the {@link RuleContext}.
 *
 * <pre>
 * public void subscribe(Subscriptions on) {
 *     on.node(Expr.Call.class, this::call);
 * }
 * private void call(Expr.Call call, RuleContext context) { ... }
 * </pre>
 */
public interface Check {
    /** Registers the handlers of this rule. Called once. */
    void subscribe(Subscriptions on);

    /** The rule's metadata, from its {@link Rule} annotation. */
    default RuleDescriptor descriptor() {
        return RuleDescriptor.of(getClass());
    }
}

package dev.gilscan.rules;

import dev.gilscan.analyzer.rule.Check;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which rules run, from the settings of {@code [tool.gilscan]} and those of the command line or
 * the editor, in Ruff's order: each layer starts from the rules the one before left enabled, and
 * a layer with a {@code select} starts from nothing instead. Within a layer the most specific
 * entry wins ({@code select = ["GIL2"]} with {@code ignore = ["GIL202"]} runs GIL201 only), and
 * {@code ALL} is the least specific of all.
 *
 * <pre>
 * [tool.gilscan]
 * select = ["GIL2"]             # the file's layer: GIL201 and GIL202,
 * extend-select = ["GIL301"]    #   and GIL301,
 * ignore = ["GIL202"]           #   less GIL202
 *
 * gilscan check --ignore GIL201 # the command line's layer: GIL301 is left
 * </pre>
 *
 * <p>The {@code check} command and the language server both choose their rules here.
 *
 * @param select the rules to start from instead of the layer before's; null keeps them
 * @param extendSelect rules to add
 * @param ignore rules to leave out
 */
public record RuleSelection(@Nullable List<String> select, List<String> extendSelect,
        List<String> ignore) {
    public RuleSelection {
        select = select == null ? null : List.copyOf(select);
        extendSelect = List.copyOf(extendSelect);
        ignore = List.copyOf(ignore);
    }

    /** A layer that changes nothing. */
    public static RuleSelection none() {
        return new RuleSelection(null, List.of(), List.of());
    }

    /**
     * The rules of {@code available} that these layers, applied in order, leave enabled; every
     * rule is enabled before the first. An entry that matches no rule is an error
     * ({@link IllegalArgumentException}, naming the option), so typos are caught.
     */
    public static List<Check> apply(List<Check> available, RuleSelection... layers) {
        Set<Check> enabled = new LinkedHashSet<>(available);
        for (RuleSelection layer : layers) {
            List<String> selectors = new ArrayList<>(layer.extendSelect());
            if (layer.select() != null) {
                selectors.addAll(layer.select());
                RuleRegistry.checkKnown(available, layer.select(), "select");
            }
            RuleRegistry.checkKnown(available, layer.extendSelect(), "extend-select");
            RuleRegistry.checkKnown(available, layer.ignore(), "ignore");
            Set<Check> next = new LinkedHashSet<>();
            for (Check rule : available) {
                boolean before = layer.select() == null && enabled.contains(rule);
                String id = rule.descriptor().id();
                int on = RuleRegistry.longestMatch(id, selectors);
                int off = RuleRegistry.longestMatch(id, layer.ignore());
                if (on >= 0 && on >= off || on < 0 && off < 0 && before) {
                    next.add(rule);
                }
            }
            enabled = next;
        }
        return List.copyOf(enabled);
    }
}

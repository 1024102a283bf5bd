package dev.gilscan.analyzer.rule;

import java.util.List;

/**
 * A third-party set of rules, found with {@link java.util.ServiceLoader}: list the
 * implementation in {@code META-INF/services/dev.gilscan.analyzer.rule.RulePack}.
 */
public interface RulePack {
    /** The pack's rules. */
    List<Check> rules();
}

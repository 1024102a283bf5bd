package dev.gilscan.analyzer.rule;

import java.util.Locale;

/**
 * How often a rule's findings are real problems, as CodeQL's {@code @precision} and SARIF's
 * {@code properties.precision}, which GitHub code scanning reads to rank alerts.
 */
public enum Precision {
    /** Almost every finding is a real problem: the rule matches code whose meaning is plain. */
    HIGH,
    /**
     * Most findings are real; some rest on an inference that can be wrong, such as which code
     * runs in threads or what a loop costs.
     */
    MEDIUM,
    /** Many findings need a person to judge them. */
    LOW;

    /** {@code high}, {@code medium} or {@code low}, as SARIF writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}

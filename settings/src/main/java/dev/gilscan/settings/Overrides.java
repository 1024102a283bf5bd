package dev.gilscan.settings;

import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.RuleSelection;
import org.jspecify.annotations.Nullable;

/**
 * What the command line ({@code gilscan check}'s options) or the editor (the language server's
 * options) says over {@code [tool.gilscan]}; null leaves the configured value, and the rule
 * selection is a second layer over the file's ({@link RuleSelection}).
 *
 * @param selection {@code --select}, {@code --extend-select} and {@code --ignore}
 * @param target {@code --target-version}
 * @param maxFileSize {@code --max-file-size}, in bytes
 * @param forceExclude {@code --force-exclude} or {@code --no-force-exclude}
 * @param fix {@code --fix} or {@code --no-fix}
 * @param unsafeFixes {@code --unsafe-fixes} or {@code --no-unsafe-fixes}
 */
public record Overrides(RuleSelection selection, @Nullable TargetVersion target,
        @Nullable Long maxFileSize, @Nullable Boolean forceExclude, @Nullable Boolean fix,
        @Nullable Boolean unsafeFixes) {
    /** Nothing over the configuration. */
    public static Overrides none() {
        return new Overrides(RuleSelection.none(), null, null, null, null, null);
    }
}

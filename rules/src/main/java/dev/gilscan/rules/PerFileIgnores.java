package dev.gilscan.rules;

import dev.gilscan.analyzer.files.GitIgnore;
import dev.gilscan.analyzer.rule.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code per-file-ignores}, as in Ruff: rules that do not apply to some files.
 *
 * <pre>
 * [tool.gilscan.per-file-ignores]
 * "tests/" = ["GIL3"]           # every file below tests/ next to the pyproject.toml
 * "conftest.py" = ["GIL201"]    # a file of this name in any folder
 * "scripts/*.py" = ["ALL"]      # every rule
 * </pre>
 *
 * <p>The patterns are read as {@code exclude}'s, gitignore-style, relative to the folder of the
 * {@code pyproject.toml}; a pattern that matches a folder applies to every file below it. The
 * values are rule ids or prefixes. A finding is left out when its file matches a pattern whose
 * rules include the finding's rule; the rule still runs, so what it learns of the file serves the
 * findings of other files.
 */
public final class PerFileIgnores {
    private record Entry(GitIgnore pattern, List<String> rules) {}

    private final List<Entry> entries;

    private PerFileIgnores(List<Entry> entries) {
        this.entries = entries;
    }

    /** None: every rule applies everywhere. */
    public static PerFileIgnores none() {
        return new PerFileIgnores(List.of());
    }

    /** The table's patterns (each to its rules), anchored at {@code base}. */
    public static PerFileIgnores of(Path base, Map<String, List<String>> table) {
        Path anchor = base.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        table.forEach((pattern, rules) -> entries.add(
                new Entry(GitIgnore.of(anchor, List.of(pattern)), List.copyOf(rules))));
        return new PerFileIgnores(entries);
    }

    /** Whether {@code rule} (an id) is ignored in {@code file}. */
    public boolean ignores(Path file, String rule) {
        if (entries.isEmpty()) {
            return false;
        }
        Path path = file.toAbsolutePath().normalize();
        for (Entry e : entries) {
            if (RuleRegistry.longestMatch(rule, e.rules()) >= 0
                    && e.pattern().ignoresFileOrFolderAbove(path)) {
                return true;
            }
        }
        return false;
    }

    /** The findings whose rule applies to their file. */
    public List<Finding> filter(List<Finding> findings) {
        if (entries.isEmpty()) {
            return findings;
        }
        return findings.stream()
                .filter(f -> !ignores(f.location().path(), f.rule().id())).toList();
    }
}

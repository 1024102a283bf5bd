package dev.gilscan.rules;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;

/**
 * The rules gilscan runs: the built-in ones and those of third-party rule packs found with
 * {@link ServiceLoader} ({@code META-INF/services/dev.gilscan.analyzer.rule.RulePack}), and the
 * selection {@code --select}/{@code --ignore} make of them.
 */
public final class RuleRegistry {
    private RuleRegistry() {}

    /** Built-in rules and the rules of every rule pack on the class path, sorted by id. */
    public static List<Check> all() {
        List<Check> all = new ArrayList<>(BuiltinRules.all());
        for (RulePack pack : ServiceLoader.load(RulePack.class)) {
            all.addAll(pack.rules());
        }
        all.sort(Comparator.comparing(c -> c.descriptor().id()));
        return all;
    }

    /**
     * The rules whose id starts with a selected prefix (all when none is selected) and with no
     * ignored prefix. An entry that matches no rule at all is an error, so typos are caught.
     */
    public static List<Check> select(List<Check> rules, List<String> select, List<String> ignore) {
        checkKnown(rules, select, "select");
        checkKnown(rules, ignore, "ignore");
        List<Check> out = new ArrayList<>();
        for (Check rule : rules) {
            String id = rule.descriptor().id();
            // As in Ruff, the more specific entry wins: --select GIL201 --ignore GIL2 keeps GIL201.
            int selected = select.isEmpty() ? 0 : longestMatch(id, select);
            int ignored = longestMatch(id, ignore);
            if (selected >= 0 && selected >= ignored) {
                out.add(rule);
            }
        }
        return out;
    }

    /** The length of the longest prefix in {@code prefixes} that {@code id} starts with, or -1. */
    private static int longestMatch(String id, List<String> prefixes) {
        int best = -1;
        for (String prefix : prefixes) {
            String p = prefix.toUpperCase(Locale.ROOT).strip();
            if (id.startsWith(p)) {
                best = Math.max(best, p.length());
            }
        }
        return best;
    }

    private static void checkKnown(List<Check> rules, List<String> prefixes, String option) {
        for (String prefix : prefixes) {
            boolean known = false;
            for (Check rule : rules) {
                known |= rule.descriptor().id().startsWith(prefix.toUpperCase(Locale.ROOT).strip());
            }
            if (!known) {
                throw new IllegalArgumentException("--" + option + ": no rule matches `" + prefix
                        + "`");
            }
        }
    }

    /** The docs page of a built-in rule (Markdown), or null. */
    public static @Nullable String docs(String ruleId) {
        try (InputStream in = RuleRegistry.class.getResourceAsStream("docs/" + ruleId + ".md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}

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
 * prefix matching {@link RuleSelection} and {@link PerFileIgnores} choose them by.
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
     * The length of the longest prefix in {@code prefixes} that {@code id} starts with, or -1;
     * {@code ALL} has length 0.
     */
    static int longestMatch(String id, List<String> prefixes) {
        int best = -1;
        for (String prefix : prefixes) {
            String p = normalized(prefix);
            if (id.startsWith(p)) {
                best = Math.max(best, p.length());
            }
        }
        return best;
    }

    /** Fails, naming {@code --option}, when an entry matches no rule. */
    static void checkKnown(List<Check> rules, List<String> prefixes, String option) {
        for (String prefix : prefixes) {
            boolean known = false;
            for (Check rule : rules) {
                known |= rule.descriptor().id().startsWith(normalized(prefix));
            }
            if (!known) {
                throw new IllegalArgumentException("--" + option + ": no rule matches `" + prefix
                        + "`");
            }
        }
    }

    /** The prefix an entry stands for: upper case, and {@code ALL} the empty prefix. */
    private static String normalized(String entry) {
        String prefix = entry.toUpperCase(Locale.ROOT).strip();
        return prefix.equals("ALL") ? "" : prefix;
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

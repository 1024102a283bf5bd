package dev.gilscan.analyzer.rule;

import dev.gilscan.analyzer.ast.Location;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem a rule found: where, what, and the evidence.
 *
 * @param rule the rule that found it
 * @param message what is wrong, where, and why gilscan believes it
 * @param location the primary location
 * @param related other places that explain the finding, each with its own message
 * @param flow the steps of a path (a call chain), in order; empty when there is none
 * @param fix the rule's mechanical fix, if it offers one: the one source of the editor's quick
 *     fix, {@code gilscan check --fix} and SARIF {@code fixes}
 * @param suppression how the user suppressed it ({@code # noqa}), null if not suppressed
 */
public record Finding(RuleDescriptor rule, String message, Location location,
        List<Related> related, List<Related> flow, @Nullable Fix fix,
        @Nullable String suppression) {

    /** A secondary location with its message. */
    public record Related(Location location, String message) {}

    /**
     * Text edits that fix the finding, as Ruff's fixes: what they do, in the imperative, and
     * whether they keep the program's behaviour.
     *
     * @param description what the fix does, for a quick fix's title ({@code Use `with lock:`})
     * @param applicability whether {@code --fix} applies it, or only {@code --unsafe-fixes}
     * @param edits the replacements, in the finding's file, none overlapping another
     */
    public record Fix(String description, Applicability applicability, List<Edit> edits) {
        public Fix {
            edits = List.copyOf(edits);
        }
    }

    /** Whether a fix keeps what the code does, as Ruff's applicability. */
    public enum Applicability {
        /** Keeps the behaviour (but for the bug fixed): {@code --fix} applies it. */
        SAFE,
        /** May change what the code does: applied only with {@code --unsafe-fixes}. */
        UNSAFE;

        /** {@code safe} or {@code unsafe}, as reports write it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Replace {@code location}'s span with {@code text}. Line breaks in {@code text} are
     * {@code \n}; whoever applies the edit writes the file's own line break instead.
     */
    public record Edit(Location location, String text) {}

    public Finding {
        related = List.copyOf(related);
        flow = List.copyOf(flow);
    }

    /** The same finding, suppressed by {@code how}. */
    public Finding suppressed(String how) {
        return new Finding(rule, message, location, related, flow, fix, how);
    }

    /** Output order: path, line, column, rule id, message. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().path().toString())
            .thenComparingInt(f -> f.location().span().line())
            .thenComparingInt(f -> f.location().span().utf16Column())
            .thenComparing(f -> f.rule().id())
            .thenComparing(Finding::message);
}

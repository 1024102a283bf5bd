package dev.gilscan.analyzer.rule;

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
 * @param fix a mechanical fix, if the rule offers one
 * @param suppression how the user suppressed it ({@code # noqa}), null if not suppressed
 */
public record Finding(RuleDescriptor rule, String message, Location location,
        List<Related> related, List<Related> flow, @Nullable Fix fix,
        @Nullable String suppression) {

    /** A secondary location with its message. */
    public record Related(Location location, String message) {}

    /** A text edit that fixes the finding: replace the span with the text. */
    public record Fix(String description, List<Edit> edits) {
        public Fix {
            edits = List.copyOf(edits);
        }
    }

    /** Replace {@code location}'s span with {@code text}. */
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

package dev.gilscan.rules.fix;

import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.rule.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Applies the fixes of one file's findings to its text, one pass of Ruff's loop: the fixes in
 * the order of their first edit, each one that overlaps a fix taken before it left for the next
 * pass (after the file is analyzed again), a fix identical to one taken counted as applied.
 * Lines end at {@code \n}, {@code \r\n} or {@code \r}, columns are UTF-16 code units, and a
 * {@code \n} in an edit's text is written as the file's own line break (its first one).
 */
public final class FixApplier {
    /** The new text, and the findings whose fixes it holds, in text order. */
    public record Applied(String text, List<Finding> fixed) {}

    private FixApplier() {}

    /**
     * Applies the fixes of {@code findings} (each must have one) that overlap no other taken,
     * keeping the text parseable: when the result does not parse ({@code parses} says no), the
     * fixes are tried one by one and each that breaks the text is dropped, told to
     * {@code dropped}.
     */
    public static Applied apply(String text, List<Finding> findings, Predicate<String> parses,
            Consumer<Finding> dropped) {
        List<Finding> chosen = nonOverlapping(findings);
        String all = apply(text, chosen);
        if (chosen.isEmpty() || parses.test(all)) {
            return new Applied(all, chosen);
        }
        List<Finding> kept = new ArrayList<>();
        String current = text;
        for (Finding f : chosen) {
            List<Finding> with = new ArrayList<>(kept);
            with.add(f);
            String candidate = apply(text, with);
            if (parses.test(candidate)) {
                kept = with;
                current = candidate;
            } else {
                dropped.accept(f);
            }
        }
        return new Applied(current, kept);
    }

    /** The findings whose fixes are applied together, by their first edit's start. */
    private static List<Finding> nonOverlapping(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing((Finding f) -> start(f.fix()), FixApplier::compare)
                .thenComparing(Finding.ORDER));
        List<Finding> chosen = new ArrayList<>();
        Set<Finding.Fix> taken = new HashSet<>();
        int[] lastEnd = null;
        for (Finding f : sorted) {
            Finding.Fix fix = f.fix();
            if (fix == null || fix.edits().isEmpty()) {
                continue;
            }
            if (taken.contains(fix)) {
                chosen.add(f);
                continue;
            }
            if (lastEnd != null && compare(lastEnd, start(fix)) >= 0) {
                continue;
            }
            taken.add(fix);
            chosen.add(f);
            lastEnd = end(fix);
        }
        return chosen;
    }

    /** {@code text} with the fixes of {@code findings}, which overlap nothing, applied. */
    private static String apply(String text, List<Finding> findings) {
        Set<Finding.Fix> seen = new HashSet<>();
        List<Finding.Edit> edits = new ArrayList<>();
        for (Finding f : findings) {
            if (seen.add(f.fix())) {
                edits.addAll(f.fix().edits());
            }
        }
        return applyEdits(text, edits);
    }

    /** {@code text} with {@code edits}, which must not overlap, applied. */
    public static String applyEdits(String text, List<Finding.Edit> edits) {
        TextLines lines = new TextLines(text);
        List<int[]> replacements = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (Finding.Edit e : edits) {
            Span s = e.location().span();
            replacements.add(new int[] {lines.offset(s.line() - 1, s.utf16Column()),
                    lines.offset(s.endLine() - 1, s.utf16EndColumn())});
            texts.add(e.text().replace("\n", lines.lineBreak()));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < replacements.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> replacements.get(i)[0]));
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (int i : order) {
            int[] r = replacements.get(i);
            out.append(text, at, Math.max(at, r[0])).append(texts.get(i));
            at = Math.max(at, r[1]);
        }
        return out.append(text, Math.min(at, text.length()), text.length()).toString();
    }

    private static int[] start(Finding.Fix fix) {
        int[] first = null;
        for (Finding.Edit e : fix.edits()) {
            int[] at = {e.location().span().line(), e.location().span().utf16Column()};
            if (first == null || compare(at, first) < 0) {
                first = at;
            }
        }
        return first == null ? new int[] {0, 0} : first;
    }

    private static int[] end(Finding.Fix fix) {
        int[] last = {0, 0};
        for (Finding.Edit e : fix.edits()) {
            int[] at = {e.location().span().endLine(), e.location().span().utf16EndColumn()};
            if (compare(at, last) > 0) {
                last = at;
            }
        }
        return last;
    }

    private static int compare(int[] a, int[] b) {
        return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]);
    }
}

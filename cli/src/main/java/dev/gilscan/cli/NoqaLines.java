package dev.gilscan.cli;

import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.fix.FixApplier;
import dev.gilscan.rules.fix.NoqaEdit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * {@code gilscan check --add-noqa} on one file: the codes of its findings added to the
 * {@code # noqa} comment of each line that needs one ({@link NoqaEdit}), sorted, each once.
 */
final class NoqaLines {
    /** The new text, and how many lines got codes. */
    record Added(String text, int lines) {}

    private NoqaLines() {}

    /**
     * {@code text} (the file as on disk) with its findings suppressed; null if it does not parse
     * before or after.
     */
    static @Nullable Added add(String text, Path path, List<Finding> findings, int minor) {
        ParseResult parse;
        try {
            parse = SourceParser.parseText(path.toString(), text, minor);
        } catch (PythonSyntaxError e) {
            return null;
        }
        Map<Integer, Set<String>> codes = new TreeMap<>();
        Map<Integer, Integer> reportedOn = new TreeMap<>();
        for (Finding f : findings) {
            int line = f.location().span().line();
            int target = NoqaEdit.commentLine(parse, line);
            codes.computeIfAbsent(target, k -> new TreeSet<>()).add(f.rule().id());
            reportedOn.putIfAbsent(target, line);
        }
        List<Finding.Edit> edits = new ArrayList<>();
        codes.forEach((target, ids) -> edits.add(NoqaEdit.of(parse, path, reportedOn.get(target),
                List.copyOf(ids))));
        String fixed = FixApplier.applyEdits(text, edits);
        try {
            SourceParser.parseText(path.toString(), fixed, minor);
        } catch (PythonSyntaxError e) {
            return null;
        }
        return new Added(fixed, edits.size());
    }
}

package dev.gilscan.cli;

import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.fix.FixApplier;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code gilscan check --fix} and {@code --diff}: Ruff's loop. Each pass applies, file by file,
 * the fixes of the findings that do not overlap ({@link FixApplier}), then the files are analyzed
 * again with their new text, until a pass applies nothing or {@value #MAX_PASSES} passes ran. A
 * fix whose result does not parse is dropped, with a notice on standard error that names the file
 * and the rule, and is not tried again. Nothing is written here: the new texts are handed to the
 * next analysis as buffers, and the caller writes them (or prints their diff).
 */
final class FixLoop {
    static final int MAX_PASSES = 10;

    /** The analysis of the files with some texts taken from memory: the findings to report. */
    interface Analysis<E extends Exception> {
        List<Finding> findings(Map<Path, String> buffers) throws E;
    }

    /**
     * What the loop did: the files it changed, as they were and as they are now, the number of
     * findings fixed, and the findings of the last analysis (those that remain).
     */
    record Outcome(Map<Path, EditableFile> before, Map<Path, EditableFile> after, int fixed,
            List<Finding> remaining) {}

    private final boolean unsafe;
    private final int minor;
    private final Map<Path, String> stdin;
    private final PrintWriter err;

    /**
     * @param unsafe whether unsafe fixes apply too
     * @param minor the Python 3 minor version a fixed file must parse as
     * @param stdin the text of the source read from standard input, by its name (no file)
     */
    FixLoop(boolean unsafe, int minor, Map<Path, String> stdin, PrintWriter err) {
        this.unsafe = unsafe;
        this.minor = minor;
        this.stdin = stdin;
        this.err = err;
    }

    /** Whether {@code --fix} applies the finding's fix with these options. */
    static boolean applies(Finding f, boolean unsafe) {
        return f.fix() != null && (unsafe || f.fix().applicability() == Finding.Applicability.SAFE);
    }

    <E extends Exception> Outcome run(Analysis<E> analysis) throws E {
        Map<Path, EditableFile> before = new LinkedHashMap<>();
        Map<Path, EditableFile> after = new LinkedHashMap<>();
        Set<String> dropped = new HashSet<>();
        Set<Path> unwritable = new HashSet<>();
        int fixed = 0;
        Map<Path, String> buffers = new LinkedHashMap<>(stdin);
        for (int pass = 0; ; pass++) {
            List<Finding> findings = analysis.findings(buffers);
            if (pass == MAX_PASSES) {
                err.println("gilscan: warning: fixes still apply after " + MAX_PASSES
                        + " passes; stopped (run --fix again to go on)");
                return new Outcome(before, after, fixed, findings);
            }
            Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
            for (Finding f : findings) {
                if (applies(f, unsafe) && !dropped.contains(key(f))) {
                    byFile.computeIfAbsent(f.location().path(), p -> new ArrayList<>()).add(f);
                }
            }
            boolean changed = false;
            for (Map.Entry<Path, List<Finding>> entry : byFile.entrySet()) {
                Path path = entry.getKey();
                EditableFile file = after.containsKey(path) ? after.get(path)
                        : editable(path, unwritable);
                if (file == null) {
                    continue;
                }
                FixApplier.Applied applied = FixApplier.apply(file.text(), entry.getValue(),
                        text -> parses(path, text), f -> {
                            dropped.add(key(f));
                            err.println("gilscan: warning: " + TextOutput.displayPath(path)
                                    + ": the fix of " + f.rule().id() + " on line "
                                    + f.location().span().line() + " would not parse; not applied");
                        });
                if (!applied.fixed().isEmpty()) {
                    before.putIfAbsent(path, file);
                    after.put(path, file.withText(applied.text()));
                    buffers.put(path, applied.text());
                    fixed += applied.fixed().size();
                    changed = true;
                }
            }
            if (!changed) {
                return new Outcome(before, after, fixed, findings);
            }
        }
    }

    /** The file's text for fixing, or null (with a warning, once) when it cannot be rewritten. */
    private @Nullable EditableFile editable(Path path, Set<Path> unwritable) {
        if (stdin.containsKey(path)) {
            return new EditableFile(path, stdin.get(path), false);
        }
        if (unwritable.contains(path)) {
            return null;
        }
        try {
            return EditableFile.read(path);
        } catch (EditableFile.NotEditable e) {
            unwritable.add(path);
            err.println("gilscan: warning: " + TextOutput.displayPath(path) + ": not fixed: "
                    + e.getMessage());
            return null;
        }
    }

    private boolean parses(Path path, String text) {
        try {
            SourceParser.parseText(path.toString(), text, minor);
            return true;
        } catch (PythonSyntaxError e) {
            return false;
        }
    }

    /** What identifies a dropped fix in later passes, where its lines may have moved. */
    private static String key(Finding f) {
        StringBuilder b = new StringBuilder(f.location().path() + "\0" + f.rule().id());
        for (Finding.Edit e : f.fix().edits()) {
            b.append('\0').append(e.text());
        }
        return b.toString();
    }
}

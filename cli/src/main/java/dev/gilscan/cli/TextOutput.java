package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.AstJson;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.files.ProjectLoader.Problem;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The human and CI text formats of {@code gilscan check}, as Ruff writes them: {@code full} (the
 * finding with a source excerpt and its evidence), {@code concise} (one line each), {@code github}
 * (workflow commands that annotate the pull request) and {@code json}; and the statistics table.
 * Paths are relative to the current folder when they lie below it, else as given; lines and
 * columns are 1-based, columns in UTF-16 code units like SARIF's.
 */
final class TextOutput {
    private TextOutput() {}

    /** How text output names a file: relative to the current folder if below it, else as given. */
    static String displayPath(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(cwd) && !absolute.equals(cwd)
                ? cwd.relativize(absolute).toString() : path.normalize().toString();
    }

    /** {@code path:line:column}, the column 1-based. */
    static String position(Location location) {
        Span s = location.span();
        return displayPath(location.path()) + ":" + s.line() + ":" + (s.utf16Column() + 1);
    }

    /** {@code path:line:column} of a file that could not be checked. */
    static String position(Problem p) {
        return displayPath(p.path()) + ":" + p.line() + ":" + p.column();
    }

    /**
     * Each finding and each file that could not be checked, in path order: a file with a
     * problem has no findings, so the problems go between the findings of other files.
     */
    private static void inPathOrder(List<Finding> findings, List<Problem> problems,
            Consumer<Finding> finding, Consumer<Problem> problem) {
        List<Problem> sorted = problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.path().toString())).toList();
        int next = 0;
        for (Finding f : findings) {
            String path = f.location().path().toString();
            while (next < sorted.size()
                    && sorted.get(next).path().toString().compareTo(path) < 0) {
                problem.accept(sorted.get(next++));
            }
            finding.accept(f);
        }
        sorted.subList(next, sorted.size()).forEach(problem);
    }

    /**
     * One line per finding, and one per file that could not be checked, as Ruff writes a
     * syntax error: {@code path:3:6: SyntaxError: '(' was never closed}. A finding's related
     * locations follow its message on the same line, each with its file:
     * {@code (related: pkg/server.py:41:27: ... starts on several threads here)}.
     */
    static void concise(List<Finding> findings, List<Problem> problems,
            Predicate<Finding> fixable, PrintWriter out) {
        inPathOrder(findings, problems,
                f -> out.println(position(f.location()) + ": " + f.rule().id() + " "
                        + mark(f, fixable) + f.message()
                        + related(f, " (related: ", "; ", ")")),
                p -> out.println(position(p) + ": " + p.message()));
    }

    static void full(List<Finding> findings, List<Problem> problems,
            Function<Path, @Nullable SourceText> sources, Predicate<Finding> fixable,
            PrintWriter out) {
        inPathOrder(findings, problems, f -> full(f, sources, fixable, out), p -> {
            out.println(position(p) + ": " + p.message());
            out.println();
        });
    }

    private static void full(Finding f, Function<Path, @Nullable SourceText> sources,
            Predicate<Finding> fixable, PrintWriter out) {
        out.println(position(f.location()) + ": " + f.rule().id() + " " + mark(f, fixable) + "["
                + f.rule().name() + "] " + f.message());
        SourceText source = sources.apply(f.location().path());
        if (source != null) {
            excerpt(source, f.location().span(), f.rule().id(), out);
        }
        for (Finding.Related step : f.flow()) {
            out.println("   = step: " + position(step.location()) + ": " + step.message());
        }
        for (Finding.Related r : f.related()) {
            out.println("   = related: " + position(r.location()) + ": " + r.message());
        }
        out.println();
    }

    /** {@code [*] } before the message of a finding that {@code --fix} would fix, as Ruff marks it. */
    private static String mark(Finding f, Predicate<Finding> fixable) {
        return fixable.test(f) ? "[*] " : "";
    }

    /** The flagged line with carets under the span (to the end of the line if it goes on). */
    private static void excerpt(SourceText source, Span span, String code, PrintWriter out) {
        int line = span.line();
        if (line < 1 || line > source.lineCount()) {
            return;
        }
        String text = source.lineText(line).stripTrailing().replace('\t', ' ');
        String number = String.valueOf(line);
        String gutter = " ".repeat(number.length());
        int start = Math.min(span.utf16Column(), text.length());
        int end = span.endLine() == line ? Math.min(span.utf16EndColumn(), text.length())
                : text.length();
        out.println(gutter + " |");
        out.println(number + " | " + text);
        out.println(gutter + " | " + " ".repeat(start) + "^".repeat(Math.max(1, end - start))
                + " " + code);
    }

    /**
     * How many findings have fixes: those {@code --fix} applies with the options given, those
     * only {@code --unsafe-fixes} would add, and, after {@code --fix}, how many it fixed (else
     * null).
     */
    record FixCounts(int fixable, int hidden, @Nullable Integer fixed) {
        static final FixCounts NONE = new FixCounts(0, 0, null);
    }

    /**
     * The last lines of {@code full} and {@code concise}, like Ruff's: "Found 3 findings." (when
     * {@code --fix} fixed some: "Found 3 findings (2 fixed, 1 remaining)."), then how many
     * {@code --fix} would fix.
     */
    static void summary(int findings, int unparsed, int known, FixCounts fixes, PrintWriter out) {
        int fixed = fixes.fixed() == null ? 0 : fixes.fixed();
        if (findings == 0 && unparsed == 0 && fixed == 0) {
            out.println(known == 0 ? "All checks passed!"
                    : "No new findings (" + count(known, "known finding") + " in the baseline).");
            return;
        }
        StringBuilder b = new StringBuilder("Found " + count(findings + fixed, "finding"));
        if (fixed > 0) {
            b.append(" (").append(fixed).append(" fixed, ").append(findings).append(" remaining)");
        }
        b.append('.');
        if (known > 0) {
            b.append(' ').append(count(known, "known finding"))
                    .append(" in the baseline not shown.");
        }
        if (unparsed > 0) {
            b.append(' ').append(count(unparsed, "file")).append(" could not be read or parsed.");
        }
        out.println(b);
        if (fixes.fixable() > 0) {
            out.println("[*] " + fixes.fixable() + " fixable with --fix" + (fixes.hidden() > 0
                    ? " (" + fixes.hidden() + " more with --unsafe-fixes)" : "") + ".");
        } else if (fixes.hidden() > 0) {
            out.println("No fixes with --fix; " + fixes.hidden() + " with --fix --unsafe-fixes.");
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /**
     * GitHub Actions workflow commands: {@code ::error file=...,line=...::message}; a file
     * that could not be checked is an {@code ::error} titled {@code gilscan}, without a rule.
     */
    static void github(List<Finding> findings, List<Problem> problems, PrintWriter out) {
        inPathOrder(findings, problems, f -> github(f, out), p -> out.println(
                "::error title=gilscan,file=" + escapeProperty(displayPath(p.path())) + ",line="
                        + p.line() + ",col=" + p.column() + "::"
                        + escapeData(position(p) + ": " + p.message())));
    }

    private static void github(Finding f, PrintWriter out) {
        Span s = f.location().span();
        String level = switch (f.rule().severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "notice";
        };
        out.println("::" + level + " title=gilscan (" + f.rule().id() + "),file="
                + escapeProperty(displayPath(f.location().path())) + ",line=" + s.line()
                + ",col=" + (s.utf16Column() + 1) + ",endLine=" + s.endLine() + ",endColumn="
                + (s.utf16EndColumn() + 1) + "::" + escapeData(position(f.location()) + ": "
                + f.rule().id() + " " + f.message() + related(f, "\nrelated: ", "\nrelated: ",
                        "")));
    }

    /**
     * The finding's related locations, each {@code path:line:col: message}, joined by
     * {@code between} and enclosed in {@code before} and {@code after}; empty without any.
     */
    private static String related(Finding f, String before, String between, String after) {
        if (f.related().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(before);
        for (int i = 0; i < f.related().size(); i++) {
            Finding.Related r = f.related().get(i);
            b.append(i == 0 ? "" : between).append(position(r.location())).append(": ")
                    .append(r.message());
        }
        return b.append(after).toString();
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    /**
     * A JSON array, one finding per line, with Ruff's field names where they exist. A file that
     * could not be checked is an entry with a null {@code code} and {@code name}, as Ruff
     * writes a syntax error: {@code "message": "SyntaxError: ..."}.
     */
    static void json(List<Finding> findings, List<Problem> problems, PrintWriter out) {
        StringBuilder b = new StringBuilder("[");
        inPathOrder(findings, problems, f -> json(f, b), p -> {
            b.append(b.length() == 1 ? "\n  {" : ",\n  {");
            b.append("\"code\": null, \"name\": null, ");
            field(b, "severity", "error").append(", ");
            field(b, "message", p.message()).append(", ");
            field(b, "filename", displayPath(p.path())).append(", ");
            b.append("\"location\": {\"row\": ").append(p.line()).append(", \"column\": ")
                    .append(p.column()).append("}, \"end_location\": {\"row\": ").append(p.line())
                    .append(", \"column\": ").append(p.column())
                    .append("}, \"related\": [], \"fix\": null}");
        });
        b.append(b.length() == 1 ? "]" : "\n]");
        out.println(b);
    }

    private static void json(Finding f, StringBuilder b) {
        b.append(b.length() == 1 ? "\n  {" : ",\n  {");
        field(b, "code", f.rule().id()).append(", ");
        field(b, "name", f.rule().name()).append(", ");
        field(b, "severity", f.rule().severity().sarifLevel()).append(", ");
        field(b, "message", f.message()).append(", ");
        field(b, "filename", displayPath(f.location().path())).append(", ");
        location(b, f.location());
        b.append(", \"related\": [");
        for (int r = 0; r < f.related().size(); r++) {
            Finding.Related rel = f.related().get(r);
            b.append(r == 0 ? "{" : ", {");
            field(b, "message", rel.message()).append(", ");
            field(b, "filename", displayPath(rel.location().path())).append(", ");
            location(b, rel.location());
            b.append('}');
        }
        b.append("], \"fix\": ");
        fix(b, f.fix());
        b.append('}');
    }

    /**
     * A finding's fix as Ruff writes it in JSON ({@code null} when there is none): its
     * applicability ({@code safe} or {@code unsafe}), message and edits, each with its
     * {@code content} and the span it replaces.
     */
    private static void fix(StringBuilder b, Finding.@Nullable Fix fix) {
        if (fix == null) {
            b.append("null");
            return;
        }
        b.append('{');
        field(b, "applicability", fix.applicability().label()).append(", ");
        field(b, "message", fix.description()).append(", \"edits\": [");
        for (int i = 0; i < fix.edits().size(); i++) {
            Finding.Edit e = fix.edits().get(i);
            b.append(i == 0 ? "{" : ", {");
            field(b, "content", e.text()).append(", ");
            location(b, e.location());
            b.append('}');
        }
        b.append("]}");
    }

    private static void location(StringBuilder b, Location l) {
        Span s = l.span();
        b.append("\"location\": {\"row\": ").append(s.line()).append(", \"column\": ")
                .append(s.utf16Column() + 1).append("}, \"end_location\": {\"row\": ")
                .append(s.endLine()).append(", \"column\": ").append(s.utf16EndColumn() + 1)
                .append('}');
    }

    /** {@code "name": "value"}, the value escaped as JSON. */
    static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\": ");
        AstJson.writeString(value, b);
        return b;
    }

    /** The number of findings per rule, by rule id: a table, or JSON for {@code json}. */
    static void statistics(List<Finding> findings, boolean json, PrintWriter out) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, RuleDescriptor> rules = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.rule().id(), 1, Integer::sum);
            rules.put(f.rule().id(), f.rule());
        }
        if (!json) {
            counts.forEach((id, n) -> out.printf("%5d  %s  %s%n", n, id, rules.get(id).name()));
            return;
        }
        StringBuilder b = new StringBuilder("[");
        counts.forEach((id, n) -> {
            b.append(b.length() == 1 ? "\n  {" : ",\n  {");
            field(b, "code", id).append(", ");
            field(b, "name", rules.get(id).name()).append(", \"count\": ").append(n).append('}');
        });
        out.println(b.append(counts.isEmpty() ? "]" : "\n]"));
    }
}

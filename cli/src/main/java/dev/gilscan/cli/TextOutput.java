package dev.gilscan.cli;

import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.parser.SourceText;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Location;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The human and CI text formats of {@code gilscan check}: {@code full} (the finding with a source
 * excerpt and its evidence, like Ruff's), {@code concise} (one line each), {@code github}
 * (workflow commands that annotate the pull request) and {@code json}. Columns are 1-based.
 */
final class TextOutput {
    private TextOutput() {}

    static String position(Location location) {
        Span s = location.span();
        return location.path() + ":" + s.line() + ":" + (s.utf16Column() + 1);
    }

    static void concise(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            out.println(position(f.location()) + ": " + f.rule().id() + " " + f.message());
        }
    }

    static void full(List<Finding> findings, Function<Path, SourceText> sources,
            PrintWriter out) {
        for (Finding f : findings) {
            out.println(position(f.location()) + ": " + f.rule().id() + " [" + f.rule().name()
                    + "] " + f.message());
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
    }

    private static void excerpt(SourceText source, Span span, String code, PrintWriter out) {
        int line = span.line();
        if (line < 1 || line > source.lineCount()) {
            return;
        }
        String text = source.lineText(line).replace('\t', ' ');
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

    static void github(List<Finding> findings, PrintWriter out) {
        for (Finding f : findings) {
            Span s = f.location().span();
            String level = switch (f.rule().severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "notice";
            };
            out.println("::" + level + " title=gilscan (" + f.rule().id() + "),file="
                    + escapeProperty(f.location().path().toString()) + ",line=" + s.line()
                    + ",col=" + (s.utf16Column() + 1) + ",endLine=" + s.endLine() + ",endColumn="
                    + (s.utf16EndColumn() + 1) + "::" + escapeData(position(f.location()) + ": "
                    + f.rule().id() + " " + f.message()));
        }
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    static void json(List<Finding> findings, PrintWriter out) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            b.append(i == 0 ? "\n  {" : ",\n  {");
            field(b, "code", f.rule().id()).append(", ");
            field(b, "name", f.rule().name()).append(", ");
            field(b, "severity", f.rule().severity().sarifLevel()).append(", ");
            field(b, "message", f.message()).append(", ");
            field(b, "filename", f.location().path().toString()).append(", ");
            location(b, f.location());
            b.append(", \"related\": [");
            for (int r = 0; r < f.related().size(); r++) {
                Finding.Related rel = f.related().get(r);
                b.append(r == 0 ? "{" : ", {");
                field(b, "message", rel.message()).append(", ");
                field(b, "filename", rel.location().path().toString()).append(", ");
                location(b, rel.location());
                b.append('}');
            }
            b.append("]");
            if (f.suppression() != null) {
                b.append(", ");
                field(b, "suppressed", f.suppression());
            }
            b.append('}');
        }
        b.append(findings.isEmpty() ? "]" : "\n]");
        out.println(b);
    }

    private static void location(StringBuilder b, Location l) {
        Span s = l.span();
        b.append("\"location\": {\"row\": ").append(s.line()).append(", \"column\": ")
                .append(s.utf16Column() + 1).append("}, \"end_location\": {\"row\": ")
                .append(s.endLine()).append(", \"column\": ").append(s.utf16EndColumn() + 1)
                .append('}');
    }

    private static StringBuilder field(StringBuilder b, String name, String value) {
        b.append('"').append(name).append("\": ");
        dev.gilscan.analyzer.ast.AstJson.writeString(value, b);
        return b;
    }

    static void statistics(List<Finding> findings, PrintWriter out) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        for (Finding f : findings) {
            counts.merge(f.rule().id(), 1, Integer::sum);
            names.put(f.rule().id(), f.rule().name());
        }
        for (var e : counts.entrySet()) {
            out.printf("%5d  %s  %s%n", e.getValue(), e.getKey(), names.get(e.getKey()));
        }
    }
}

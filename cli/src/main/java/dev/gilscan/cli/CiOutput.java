package dev.gilscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.files.ProjectLoader.Problem;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formats that CI systems other than GitHub read, as Ruff writes them: {@code gitlab}
 * (GitLab's Code Quality report), {@code junit} (JUnit XML, which most CI servers show as test
 * results) and {@code json-lines} (the {@code json} format's objects, one per line).
 */
final class CiOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CiOutput() {}

    /**
     * GitLab Code Quality: a JSON array of issues, each with {@code description},
     * {@code check_name}, {@code fingerprint} (the finding's {@code gilscan/v1} fingerprint, as
     * in SARIF: stable across runs, unique in the report), {@code severity} and
     * {@code location.path} (relative to the repository's root, as GitLab wants it) with
     * {@code location.lines.begin}. A file that could not be checked is a {@code major} issue
     * named {@code syntax-error} (or {@code read-error}, {@code file-too-large},
     * {@code not-a-file}, {@code analysis-failed}), fingerprinted by its path and message.
     */
    static void gitlab(List<Finding> findings, List<Problem> problems, List<String> fingerprints,
            Path sourceRoot, PrintWriter out) {
        StringBuilder b = new StringBuilder("[");
        for (Problem p : problems) {
            b.append(b.length() == 1 ? "\n  {" : ",\n  {");
            String path = repositoryPath(p.path(), sourceRoot);
            TextOutput.field(b, "description", p.message()).append(", ");
            TextOutput.field(b, "check_name", problemName(p.kind())).append(", ");
            TextOutput.field(b, "fingerprint", sha256(path + "\0" + p.message())).append(", ");
            TextOutput.field(b, "severity", "major").append(", ");
            b.append("\"location\": {");
            TextOutput.field(b, "path", path);
            b.append(", \"lines\": {\"begin\": ").append(p.line()).append(", \"end\": ")
                    .append(p.line()).append("}}}");
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            b.append(b.length() == 1 ? "\n  {" : ",\n  {");
            TextOutput.field(b, "description", f.rule().id() + ": " + f.message()).append(", ");
            TextOutput.field(b, "check_name", f.rule().id()).append(", ");
            TextOutput.field(b, "fingerprint", fingerprints.get(i)).append(", ");
            TextOutput.field(b, "severity", gitlabSeverity(f.rule().severity())).append(", ");
            b.append("\"location\": {");
            TextOutput.field(b, "path", repositoryPath(f.location().path(), sourceRoot));
            b.append(", \"lines\": {\"begin\": ").append(f.location().span().line())
                    .append(", \"end\": ").append(f.location().span().endLine()).append("}}}");
        }
        out.println(b.append(b.length() == 1 ? "]" : "\n]"));
    }

    /** The name a file that could not be checked goes by, as a rule's name would. */
    private static String problemName(Problem.Kind kind) {
        return switch (kind) {
            case SYNTAX_ERROR -> "syntax-error";
            case UNREADABLE -> "read-error";
            case TOO_LARGE -> "file-too-large";
            case NOT_A_FILE -> "not-a-file";
            case ANALYSIS_FAILED -> "analysis-failed";
        };
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** GitLab's five levels: gilscan's error is major, warning minor, note info. */
    private static String gitlabSeverity(Severity severity) {
        return switch (severity) {
            case ERROR -> "major";
            case WARNING -> "minor";
            case NOTE -> "info";
        };
    }

    /** The path from the repository's root with {@code /}, or the absolute path outside it. */
    private static String repositoryPath(Path file, Path sourceRoot) {
        Path absolute = file.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(sourceRoot) ? sourceRoot.relativize(absolute)
                : absolute;
        return relative.toString().replace('\\', '/');
    }

    /**
     * JUnit XML: a {@code testsuite} per file with a failing {@code testcase} per finding
     * (named {@code gilscan.GIL201}, the message in its {@code failure}); with no findings, one
     * suite holding one passing case, so that a CI server shows that the check ran. A file that
     * could not be checked is a suite of its own whose one case has an {@code error}.
     */
    static void junit(List<Finding> findings, List<Problem> problems, PrintWriter out) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : findings) {
            byFile.computeIfAbsent(TextOutput.displayPath(f.location().path()),
                    k -> new java.util.ArrayList<>()).add(f);
        }
        int cases = findings.size() + problems.size();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"gilscan\" tests=\"" + Math.max(1, cases)
                + "\" failures=\"" + findings.size() + "\" errors=\"" + problems.size() + "\">");
        for (Problem p : problems) {
            String file = xml(TextOutput.displayPath(p.path()));
            out.println("  <testsuite name=\"" + file + "\" tests=\"1\" failures=\"0\""
                    + " errors=\"1\">");
            out.println("    <testcase name=\"gilscan." + problemName(p.kind()) + "\" classname=\""
                    + file + "\" file=\"" + file + "\" line=\"" + p.line() + "\">");
            out.println("      <error message=\"" + xml(p.message()) + "\">" + xml("line "
                    + p.line() + ", col " + p.column() + ": " + p.message()) + "</error>");
            out.println("    </testcase>");
            out.println("  </testsuite>");
        }
        if (cases == 0) {
            out.println("  <testsuite name=\"gilscan\" tests=\"1\" failures=\"0\" errors=\"0\">");
            out.println("    <testcase name=\"No findings\" classname=\"gilscan\"/>");
            out.println("  </testsuite>");
        }
        byFile.forEach((file, inFile) -> {
            out.println("  <testsuite name=\"" + xml(file) + "\" tests=\"" + inFile.size()
                    + "\" failures=\"" + inFile.size() + "\" errors=\"0\">");
            for (Finding f : inFile) {
                Span s = f.location().span();
                String where = "line " + s.line() + ", col " + (s.utf16Column() + 1);
                out.println("    <testcase name=\"gilscan." + xml(f.rule().id())
                        + "\" classname=\"" + xml(file) + "\" file=\"" + xml(file)
                        + "\" line=\"" + s.line() + "\">");
                out.println("      <failure message=\"" + xml(f.message()) + "\">" + xml(where
                        + ": " + f.rule().id() + " [" + f.rule().name() + "] " + f.message())
                        + "</failure>");
                out.println("    </testcase>");
            }
            out.println("  </testsuite>");
        });
        out.println("</testsuites>");
    }

    /** Text as XML attribute or element content: markup and control characters escaped. */
    private static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        b.append('\uFFFD');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** The {@code json} format's objects, each on one line, without the enclosing array. */
    static void jsonLines(List<Finding> findings, List<Problem> problems, PrintWriter out) {
        StringWriter array = new StringWriter();
        TextOutput.json(findings, problems, new PrintWriter(array));
        try {
            for (JsonNode object : JSON.readTree(array.toString())) {
                out.println(JSON.writeValueAsString(object));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the json format wrote invalid JSON", e);
        }
    }
}

package dev.gilscan.analyzer.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gilscan.analyzer.ast.AstJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Parses every {@code test-fixtures/parser/**}{@code /X.py} and compares the canonical AST JSON
 * (docs/dev/ast-json.md) with the golden {@code X.json}, which is CPython's own AST of the file
 * (made by {@code scripts/make_parser_goldens.sh}). Files under {@code py314/} are parsed with
 * Python 3.14 syntax, the others with 3.13.
 */
class GoldenAstTest {
    private static final String FIXTURES = "test-fixtures/parser";
    private static final String PY314 = "py314";
    /** Characters of context shown on each side of the first difference. */
    private static final int CONTEXT = 120;

    @TestFactory
    Stream<DynamicTest> everyFixtureParsesToItsGolden() throws IOException {
        Path root = fixtureRoot();
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(root)) {
            fixtures = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        assertThat(fixtures).as("parser fixtures (*.py) under %s", root).isNotEmpty();
        return fixtures.stream().map(file -> DynamicTest.dynamicTest(
                root.relativize(file).toString().replace('\\', '/'),
                file.toUri(),
                () -> assertMatchesGolden(root, file)));
    }

    @Test
    void everyGoldenHasItsFixture() throws IOException {
        Path root = fixtureRoot();
        List<Path> orphans;
        try (Stream<Path> walk = Files.walk(root)) {
            orphans = walk.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !Files.exists(sibling(p, ".json", ".py")))
                    .map(root::relativize)
                    .toList();
        }
        assertThat(orphans).as("goldens without a .py fixture").isEmpty();
    }

    private static void assertMatchesGolden(Path root, Path file) throws IOException {
        String fixture = root.relativize(file).toString().replace('\\', '/');
        Path golden = sibling(file, ".py", ".json");
        if (!Files.isRegularFile(golden)) {
            fail(fixture + ": no golden " + golden.getFileName()
                    + "; run scripts/make_parser_goldens.sh");
        }
        String expected = stripFinalNewline(Files.readString(golden, StandardCharsets.UTF_8));
        int minor = root.relativize(file).startsWith(PY314) ? 14 : 13;
        String actual;
        try {
            actual = AstJson.toJson(SourceParser.parse(file.toString(),
                    Files.readAllBytes(file), minor).module());
        } catch (PythonSyntaxError e) {
            fail(fixture + ": gilscan rejects a file CPython accepts: " + e.format());
            return;
        }
        if (!expected.equals(actual)) {
            fail(fixture + ": " + describeDifference(expected, actual));
        }
    }

    /** {@code dir/X.from} to {@code dir/X.to}. */
    private static Path sibling(Path file, String from, String to) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - from.length()) + to);
    }

    /** Where two JSON texts first differ, with the text around it and the source line. */
    static String describeDifference(String expected, String actual) {
        int at = 0;
        int common = Math.min(expected.length(), actual.length());
        while (at < common && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        return "AST differs from CPython's at character " + at
                + " (near source line " + lastLineNumber(expected, at) + ")\n"
                + "  expected (CPython): " + excerpt(expected, at) + "\n"
                + "  actual   (gilscan): " + excerpt(actual, at);
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + CONTEXT);
        return (from > 0 ? "..." : "") + text.substring(from, at) + " >>>HERE>>> "
                + text.substring(at, to) + (to < text.length() ? "..." : "");
    }

    /** The last {@code "lineno":N} before {@code at}, or "?" if there is none. */
    private static String lastLineNumber(String json, int at) {
        String key = "\"lineno\":";
        int found = json.lastIndexOf(key, at);
        if (found < 0) {
            found = json.indexOf(key, at);
        }
        if (found < 0) {
            return "?";
        }
        int start = found + key.length();
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return json.substring(start, end);
    }

    private static String stripFinalNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /**
     * The fixture folder: {@code gilscan.root}/test-fixtures/parser if that property is set, else
     * the first {@code test-fixtures/parser} found going up from the working directory (the
     * analyzer module when Maven runs the tests, the repository root from an IDE).
     */
    static Path fixtureRoot() {
        String property = System.getProperty("gilscan.root");
        Path start = Path.of(property != null ? property : "").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FIXTURES);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            if (property != null) {
                break;
            }
        }
        return fail("folder " + FIXTURES + " not found from " + start
                + " (set -Dgilscan.root to the repository root)");
    }
}

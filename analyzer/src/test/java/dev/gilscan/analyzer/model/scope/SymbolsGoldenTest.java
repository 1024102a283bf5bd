package dev.gilscan.analyzer.model.scope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Builds the symbol table of every {@code test-fixtures/symbols/X.py} and compares its canonical
 * entries ({@link SymbolsJson}) with the golden {@code X.json}, CPython 3.13's own
 * {@code symtable} of the file (made by {@code scripts/symtable-conformance.sh --goldens}).
 */
class SymbolsGoldenTest {
    private static final String FIXTURES = "test-fixtures/symbols";

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesCpythonsSymbolTable() throws IOException {
        Path root = fixtureRoot();
        List<Path> fixtures;
        try (Stream<Path> walk = Files.walk(root)) {
            fixtures = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        assertThat(fixtures).as("symbol fixtures (*.py) under %s", root).hasSizeGreaterThan(10);
        return fixtures.stream().map(file -> DynamicTest.dynamicTest(
                root.relativize(file).toString().replace('\\', '/'),
                file.toUri(),
                () -> assertMatchesGolden(root, file)));
    }

    private static void assertMatchesGolden(Path root, Path file) throws IOException {
        String name = file.getFileName().toString();
        Path golden = file.resolveSibling(name.substring(0, name.length() - ".py".length())
                + ".json");
        if (!Files.isRegularFile(golden)) {
            fail("no golden " + root.relativize(golden)
                    + "; run scripts/symtable-conformance.sh --goldens");
        }
        List<String> expected = goldenEntries(golden);
        SymbolTable table;
        try {
            table = SymbolTable.build(SourceParser.parse(file.toString(), Files.readAllBytes(file),
                    13).module());
        } catch (PythonSyntaxError e) {
            fail("gilscan rejects a file CPython accepts: " + e.format());
            return;
        }
        assertThat(table.errors()).as("symbol table errors").isEmpty();
        List<String> actual = new ArrayList<>();
        for (String entry : SymbolsJson.entries(table)) {
            StringBuilder json = new StringBuilder();
            SymbolsJson.string(json, entry);
            actual.add(json.toString());
        }
        if (!expected.equals(actual)) {
            fail(describeDifference(expected, actual));
        }
    }

    /** The JSON strings of a golden file: a JSON array with one string a line. */
    private static List<String> goldenEntries(Path golden) throws IOException {
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(golden, StandardCharsets.US_ASCII)) {
            String entry = line.strip();
            if (entry.endsWith(",")) {
                entry = entry.substring(0, entry.length() - 1);
            }
            if (entry.startsWith("\"")) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static String describeDifference(List<String> expected, List<String> actual) {
        Set<String> cpython = new LinkedHashSet<>(expected);
        Set<String> gilscan = new LinkedHashSet<>(actual);
        StringBuilder text = new StringBuilder("symbol table differs from CPython's");
        for (String entry : cpython) {
            if (!gilscan.contains(entry)) {
                text.append("\n  only in CPython: ").append(entry);
            }
        }
        for (String entry : gilscan) {
            if (!cpython.contains(entry)) {
                text.append("\n  only in gilscan: ").append(entry);
            }
        }
        if (cpython.equals(gilscan)) {
            text.append("\n  same entries, different order or repeats");
        }
        return text.toString();
    }

    /**
     * The fixture folder: {@code gilscan.root}/test-fixtures/symbols if that property is set,
     * else the first {@code test-fixtures/symbols} found going up from the working directory.
     */
    private static Path fixtureRoot() {
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

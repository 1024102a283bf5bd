package dev.gilscan.rules.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.PackageLayout;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.BuiltinRules;
import dev.gilscan.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule's fix against its before/after pairs under {@code test-fixtures/fixes/<ID>/}:
 * {@code NAME.py} is analyzed with the rule, its fixes applied as {@code gilscan check --fix
 * --unsafe-fixes} applies them (in passes, analyzing again, until none applies), and the result
 * must be {@code NAME.fixed.py} byte for byte. The before file says which fixes it expects with a
 * comment line {@code # fix: safe}, {@code # fix: unsafe} or {@code # fix: none} (the rule
 * reports but offers no fix; such a fixture has no after file, the text must stay as it is);
 * every fix offered must have that safety.
 */
class FixFixturesTest {
    private static final Pattern MARKER = Pattern.compile("(?m)^#\\s*fix:\\s*(safe|unsafe|none)\\s*$");
    private static final int MAX_PASSES = 10;

    @TestFactory
    Stream<DynamicTest> everyFixTurnsItsBeforeFileIntoItsAfterFile() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path dir : ruleFolders()) {
            Check check = rule(dir.getFileName().toString());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path before : files.filter(FixFixturesTest::isBefore).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(dir.getFileName() + " "
                            + before.getFileName(), () -> verify(check, before)));
                }
            }
        }
        assertThat(tests).as("fix fixtures under test-fixtures/fixes/").isNotEmpty();
        return tests.stream();
    }

    @Test
    void everyAfterFileHasItsBeforeFile() throws IOException {
        for (Path dir : ruleFolders()) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path after : files.filter(p -> p.toString().endsWith(".fixed.py")).toList()) {
                    String name = after.getFileName().toString();
                    assertThat(dir.resolve(name.replace(".fixed.py", ".py")))
                            .as("the before file of " + after).exists();
                }
            }
        }
    }

    /**
     * A rule's docs page says in its Fix section what its fixtures show: {@code Safe:} or
     * {@code Unsafe:} for a rule whose fixtures fix something, {@code None.} for a rule without
     * fix fixtures.
     */
    @Test
    void everyRulesDocsSayWhetherItHasAFixAndHowSafeItIs() throws IOException {
        Path docs = Fixtures.root().getParent().resolve("docs/rules");
        for (Check check : BuiltinRules.all()) {
            String id = check.descriptor().id();
            String page = Files.readString(docs.resolve(id + ".md"));
            int at = page.indexOf("\n## Fix\n");
            assertThat(at).as(id + " has a Fix section").isNotNegative();
            String section = page.substring(at + "\n## Fix\n".length());
            Path dir = Fixtures.root().resolve("fixes").resolve(id);
            String safety = "None.";
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path before : files.filter(FixFixturesTest::isBefore).toList()) {
                        Matcher m = MARKER.matcher(Files.readString(before));
                        if (m.find() && !m.group(1).equals("none")) {
                            safety = m.group(1).equals("safe") ? "Safe:" : "Unsafe:";
                        }
                    }
                }
            }
            assertThat(section).as(id + "'s Fix section").startsWith(safety);
        }
    }

    private static void verify(Check check, Path before) throws IOException {
        String name = before.getFileName().toString();
        Path after = before.resolveSibling(name.substring(0, name.length() - 3) + ".fixed.py");
        String text = Files.readString(before);
        Matcher marker = MARKER.matcher(text);
        if (!marker.find()) {
            throw new AssertionError(before + ": no `# fix: safe|unsafe|none` line");
        }
        String expected = marker.group(1);
        if (expected.equals("none") == Files.exists(after)) {
            throw new AssertionError(before + ": `# fix: " + expected + "` " + (Files.exists(after)
                    ? "has no after file; remove " : "needs the after file ") + after.getFileName());
        }
        List<String> seen = new ArrayList<>();
        String fixed = fixed(check, before, text, seen);
        assertThat(seen).as(before + ": what the findings offer").isNotEmpty()
                .containsOnly(expected);
        assertThat(fixed).as(before + " after its fixes")
                .isEqualTo(expected.equals("none") ? text : Files.readString(after));
    }

    /**
     * The text after every fix of the rule, applied in passes; to {@code seen}, what each finding
     * offers: {@code safe}, {@code unsafe} or {@code none}.
     */
    static String fixed(Check check, Path path, String text, List<String> seen) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            ProjectLoader.Loaded loaded = ProjectLoader.load(List.of(path),
                    TargetVersion.DEFAULT.minor(), Map.of(path, current), new PackageLayout());
            assertThat(loaded.problems()).as(path + " parses").isEmpty();
            Engine.Result result = new Engine(List.of(check)).run(loaded.project(),
                    TargetVersion.DEFAULT);
            assertThat(result.errors()).isEmpty();
            List<Finding> fixable = result.findings().stream().filter(f -> f.fix() != null)
                    .toList();
            result.findings().forEach(f -> seen.add(f.fix() == null ? "none"
                    : f.fix().applicability().label()));
            FixApplier.Applied applied = FixApplier.apply(current, fixable,
                    FixFixturesTest::parses, f -> {
                        throw new AssertionError(path + ": the fix of " + f.rule().id()
                                + " on line " + f.location().span().line() + " does not parse");
                    });
            if (applied.fixed().isEmpty()) {
                return current;
            }
            current = applied.text();
        }
        throw new AssertionError(path + ": fixes still apply after " + MAX_PASSES + " passes");
    }

    static boolean parses(String text) {
        try {
            SourceParser.parseText("fixed.py", text, TargetVersion.DEFAULT.minor());
            return true;
        } catch (PythonSyntaxError e) {
            return false;
        }
    }

    private static boolean isBefore(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".py") && !name.endsWith(".fixed.py");
    }

    private static List<Path> ruleFolders() throws IOException {
        Path root = Fixtures.root().resolve("fixes");
        if (!Files.isDirectory(root)) {
            throw new AssertionError("no folder " + root);
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Check rule(String id) {
        for (Check check : BuiltinRules.all()) {
            if (check.descriptor().id().equals(id)) {
                return check;
            }
        }
        throw new AssertionError("test-fixtures/fixes/" + id + ": no rule " + id);
    }
}

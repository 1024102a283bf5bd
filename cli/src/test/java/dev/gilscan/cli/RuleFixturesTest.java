package dev.gilscan.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.rules.RuleRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code gilscan check --select ID FIXTURE} on each fixture of {@code test-fixtures/rules/ID/}
 * reports exactly the fixture's {@code # expect: ID {{message}}} lines with their messages, and
 * its {@code # FP: ID} lines (known false positives): the command finds, runs and prints what the
 * rule tests verify. Each fixture is checked as a project of its own.
 */
class RuleFixturesTest {
    private static final Pattern EXPECT = Pattern.compile("# expect: (GIL\\d+) \\{\\{(.*?)}}");
    private static final Pattern FALSE_POSITIVE = Pattern.compile("# FP: (GIL\\d+) ");
    private static final Pattern TARGET = Pattern.compile("# fixture: target-version (py3\\d+t?)");

    static Stream<Path> fixtures() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> rules = Files.list(Cli.fixtures().resolve("rules"))) {
            for (Path rule : rules.sorted().toList()) {
                try (Stream<Path> entries = Files.list(rule)) {
                    all.addAll(entries.sorted().toList());
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedFindings(Path source, @TempDir Path tmp) throws IOException {
        String rule = source.getParent().getFileName().toString();
        assumeTrue(RuleRegistry.all().stream().anyMatch(c -> c.descriptor().id().equals(rule)),
                "fixtures of a rule that is not registered (yet) are the rules module's concern");
        Path fixture = project(source, tmp.resolve("project"));
        List<String> expected = new ArrayList<>();
        String target = "py314";
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String at = file + ":" + (i + 1) + " ";
                    Matcher m = EXPECT.matcher(lines.get(i));
                    while (m.find()) {
                        expected.add(at + m.group(1) + " " + m.group(2));
                    }
                    Matcher version = TARGET.matcher(lines.get(i));
                    if (version.find()) {
                        target = version.group(1);
                    }
                    Matcher fp = FALSE_POSITIVE.matcher(lines.get(i));
                    if (fp.find()) {
                        expected.add(at + fp.group(1) + " (any message)");
                    }
                }
            }
        }

        Cli.Result result = Cli.run("check", "--output-format", "json", "--select", rule,
                "--target-version", target, fixture);

        List<String> actual = new ArrayList<>();
        for (JsonNode f : result.json()) {
            String at = f.path("filename").asText() + ":" + f.at("/location/row").asInt() + " "
                    + f.path("code").asText() + " ";
            actual.add(expected.contains(at + "(any message)") ? at + "(any message)"
                    : at + f.path("message").asText());
        }
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.exit()).isEqualTo(expected.isEmpty() ? 0 : 1);
        assertThat(result.err()).isEmpty();
    }

    /**
     * A copy of a fixture as a project of its own (a folder with a {@code pyproject.toml}): the
     * fixtures live side by side in one repository, and {@code check} analyzes a file with the
     * rest of its project. Returns what to check: the copied file, or the project's folder.
     */
    private static Path project(Path fixture, Path project) throws IOException {
        Files.createDirectories(project);
        Files.writeString(project.resolve("pyproject.toml"), "");
        if (Files.isRegularFile(fixture)) {
            return Files.copy(fixture, project.resolve(fixture.getFileName().toString()));
        }
        Cli.copy(fixture, project);
        return project;
    }
}

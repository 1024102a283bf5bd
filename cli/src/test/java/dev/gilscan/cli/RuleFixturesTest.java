package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.rules.BuiltinRules;
import dev.gilscan.testing.FixtureVerifier;
import dev.gilscan.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gilscan check --select ID FIXTURE} on each fixture of every built-in rule
 * ({@code test-fixtures/rules/ID/}) reports what the fixture's markers say, held to them by the
 * verifier the rules' own tests use ({@link FixtureVerifier}): the command finds, runs and prints
 * what the rule tests verify. Each fixture is checked as a project of its own.
 */
class RuleFixturesTest {
    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> everyRuleReportsItsFixturesThroughTheCommand() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Check check : BuiltinRules.all()) {
            String rule = check.descriptor().id();
            for (Path fixture : Fixtures.of(rule)) {
                Path scratch = tmp.resolve(String.valueOf(n++));
                tests.add(DynamicTest.dynamicTest(rule + " " + fixture.getFileName(),
                        () -> verify(rule, fixture, scratch)));
            }
        }
        return tests;
    }

    private static void verify(String rule, Path source, Path scratch) throws IOException {
        Path fixture = project(source, scratch);
        FixtureVerifier.Markers markers = FixtureVerifier.read(fixture);

        Cli.Result result = Cli.runWith(BuiltinRules.all(), "", "check", "--output-format",
                "json", "--no-cache", "--select", rule, "--target-version", markers.target(),
                fixture);

        List<FixtureVerifier.Reported> reported = new ArrayList<>();
        for (JsonNode f : result.json()) {
            List<FixtureVerifier.Place> related = new ArrayList<>();
            for (JsonNode r : f.path("related")) {
                related.add(new FixtureVerifier.Place(
                        Path.of(r.path("filename").asText()).toAbsolutePath(),
                        r.at("/location/row").asInt(), r.path("message").asText()));
            }
            // The JSON output has no flow: the rules' own fixture tests check the steps.
            reported.add(new FixtureVerifier.Reported(
                    Path.of(f.path("filename").asText()).toAbsolutePath(),
                    f.at("/location/row").asInt(), f.path("code").asText(),
                    f.path("message").asText(), f.at("/location/column").asInt() - 1,
                    f.at("/end_location/column").asInt() - 1, related, null));
        }
        markers.verify(rule, reported, result.err().isEmpty() ? List.of()
                : List.of("the command wrote to standard error: " + result.err()));
        assertThat(result.exit()).isEqualTo(reported.isEmpty() ? 0 : 1);
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

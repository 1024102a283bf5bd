package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.rule.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What SARIF viewers show beyond the rule and the message: snippets, context, markdown messages
 * with linked related locations, the enclosing definition, rule metadata as CodeQL writes it, and
 * baseline states.
 */
class DashboardTest {
    private static final Path HERE = Path.of("/project/app.py");

    @TempDir
    Path root;

    @Test
    void everyLocationHasItsSnippetAndTwoLinesOfContext() throws IOException {
        JsonNode result = run(report(Samples.writeTo(root))).at("/results/0");

        JsonNode primary = result.at("/locations/0/physicalLocation");
        assertThat(primary.at("/region/snippet/text").asText())
                .isEqualTo("pool.submit(crunch, 10)");
        assertThat(primary.at("/contextRegion/startLine").asInt()).isEqualTo(5);
        assertThat(primary.at("/contextRegion/endLine").asInt()).isEqualTo(9);
        assertThat(primary.at("/contextRegion/snippet/text").asText()).isEqualTo("""

                with ThreadPoolExecutor() as pool:
                    pool.submit(crunch, 10)

                名前 = ("é😀", ProcessPoolExecutor())""");
        JsonNode related = result.at("/relatedLocations/0/physicalLocation");
        assertThat(related.at("/region/snippet/text").asText())
                .isEqualTo("sum(i * i for i in range(n))");
        assertThat(related.at("/contextRegion/startLine").asInt()).isEqualTo(2);
        JsonNode step = result.at("/codeFlows/0/threadFlows/0/locations/1/location"
                + "/physicalLocation");
        assertThat(step.at("/region/snippet/text").asText()).isEqualTo("crunch");
        assertThat(step.at("/contextRegion/startLine").asInt()).isEqualTo(1);
        assertThat(step.at("/contextRegion/endLine").asInt()).isEqualTo(5);
    }

    @Test
    void aMultiLineRegionsSnippetSpansItsLinesAndTheContextStopsAtTheFilesEnd()
            throws IOException {
        JsonNode counter = run(report(Samples.writeTo(root))).at("/results/3/locations/0"
                + "/physicalLocation");

        assertThat(counter.at("/region/snippet/text").asText())
                .isEqualTo("global count\n    count += 1");
        assertThat(counter.at("/contextRegion/startLine").asInt()).isEqualTo(4);
        assertThat(counter.at("/contextRegion/endLine").asInt()).as("the file's last line")
                .isEqualTo(9);
    }

    @Test
    void aOneLineFileHasNoContextRegionSinceItWouldEqualTheRegion() throws IOException {
        Path file = root.resolve("one.py");
        Samples.write(file, "import os\n");
        Location at = Samples.at(file, "import os\n", 1, "os");

        JsonNode location = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(List.of(Samples.finding(Samples.NO_MAIN_GUARD, "m", at, List.of(),
                        List.of(), null, null)))
                .toJson()).at("/results/0/locations/0/physicalLocation");

        assertThat(location.at("/region/snippet/text").asText()).isEqualTo("os");
        assertThat(location.has("contextRegion")).isFalse();
    }

    @Test
    void theMessageLinksTheRelatedLocationItNamesInTextAndMarkdown() throws IOException {
        JsonNode result = run(report(Samples.writeTo(root))).at("/results/0");

        assertThat(result.at("/message/text").asText()).isEqualTo("Send `crunch` to a process"
                + " pool: its pure-Python loop at [line 4](1) holds the GIL, so the threads of"
                + " `pool` run it one at a time");
        assertThat(result.at("/message/markdown").asText()).isEqualTo(result.at("/message/text")
                .asText());
        assertThat(result.at("/relatedLocations/0/id").asInt()).isEqualTo(1);
        assertThat(result.at("/relatedLocations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(4);
        assertThat(result.at("/relatedLocations/0/message/markdown").asText())
                .isEqualTo("the loop that holds the GIL");
    }

    @Test
    void markdownKeepsCodeSpansAndEscapesTheRest() {
        var message = MessageMarkup.of("Guard `d[k] += 1` in *worker_main* at line 9, see"
                + " line 12 and line 9", HERE, List.of(new MessageMarkup.Target(HERE, 9, 1),
                        new MessageMarkup.Target(HERE, 12, 2),
                        new MessageMarkup.Target(HERE, 9, 3)));

        assertThat(message.getMarkdown()).isEqualTo("Guard `d[k] += 1` in \\*worker\\_main\\*"
                + " at [line 9](1), see [line 12](2) and [line 9](3)");
        assertThat(message.getText()).as("literal brackets escaped once there are links")
                .isEqualTo("Guard `d\\[k\\] += 1` in *worker_main* at [line 9](1), see"
                        + " [line 12](2) and [line 9](3)");
    }

    @Test
    void aMessageWithoutLinksKeepsItsTextAndLinesInCodeAreNotLinked() {
        var message = MessageMarkup.of("`d[k]` on `line 9` of line 19", HERE,
                List.of(new MessageMarkup.Target(HERE, 9, 1),
                        new MessageMarkup.Target(HERE, 1, 2)));

        assertThat(message.getText()).isEqualTo("`d[k]` on `line 9` of line 19");
        assertThat(message.getMarkdown()).isEqualTo("`d[k]` on `line 9` of line 19");
    }

    @Test
    void locationsNameTheirEnclosingDefinition() throws IOException {
        Path file = root.resolve("pkg/jobs.py");
        Samples.write(root.resolve("pkg/__init__.py"), "");
        String source = """
                import threading

                class Pool:
                    size = threading.active_count()

                    def submit(self, job):
                        def run():
                            return job()
                        return threading.Thread(target=lambda: run())
                """;
        Samples.write(file, source);
        List<Finding> findings = List.of(
                finding(Samples.at(file, source, 1, "threading")),
                finding(Samples.at(file, source, 4, "threading.active_count()")),
                finding(Samples.at(file, source, 6, "job")),
                finding(Samples.at(file, source, 8, "job()")),
                finding(Samples.at(file, source, 9, "lambda: run()")),
                finding(Samples.at(file, source, 9, "run()")));

        JsonNode results = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null).findings(findings).toJson()).path("results");

        assertThat(results).extracting(r -> r.at("/locations/0/logicalLocations/0/kind").asText()
                + " " + r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText()
                + " " + r.at("/locations/0/logicalLocations/0/name").asText())
                .containsExactly("module pkg.jobs jobs",
                        "type pkg.jobs.Pool Pool",
                        "member pkg.jobs.Pool.submit submit",
                        "function pkg.jobs.Pool.submit.<locals>.run run",
                        "member pkg.jobs.Pool.submit submit",
                        "function pkg.jobs.Pool.submit.<locals>.<lambda> <lambda>");
    }

    @Test
    void aFileThatNoLongerParsesHasNoLogicalLocation() throws IOException {
        Path file = root.resolve("broken.py");
        Samples.write(file, "def f(:\n    pass\n");
        JsonNode location = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(List.of(finding(Samples.at(file, "def f(:\n", 1, "f"))))
                .toJson()).at("/results/0/locations/0");

        assertThat(location.has("logicalLocations")).isFalse();
        assertThat(location.at("/physicalLocation/region/snippet/text").asText()).isEqualTo("f");
    }

    @Test
    void theDriverAndTheRulesCarryWhatGithubReads() throws IOException {
        JsonNode driver = run(report(Samples.writeTo(root))).at("/tool/driver");

        assertThat(driver.path("fullName").asText()).isEqualTo("gilscan 0.1.0-SNAPSHOT");
        assertThat(driver.path("semanticVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
        JsonNode cpu = driver.at("/rules/0/properties");
        assertThat(cpu.path("precision").asText()).isEqualTo("medium");
        assertThat(cpu.path("problem.severity").asText()).isEqualTo("warning");
        assertThat(cpu.path("tags").toString()).isEqualTo("[\"threading\",\"performance\"]");
        assertThat(driver.at("/rules/1/properties/precision").asText()).isEqualTo("high");
        assertThat(driver.at("/rules/1/properties/problem.severity").asText()).isEqualTo("error");
        assertThat(driver.at("/rules/2/properties/problem.severity").asText())
                .isEqualTo("recommendation");
        JsonNode help = driver.at("/rules/1/help");
        assertThat(help.path("markdown").asText()).isEqualTo(Samples.DOCS.get("GIL201"));
        assertThat(help.path("text").asText()).isEqualTo("""
                GIL201: process-start-without-main-guard

                What it does
                Flags a process pool that is started while a module is
                being imported.

                Why is this bad?
                Workers import the main module again.
                """);
    }

    @Test
    void plainHelpDropsMarkupButKeepsCodeAndLinkAddresses() {
        assertThat(RuleDocs.plainText("""
                ## Example
                Use **one** `Lock`, see [the docs](https://docs.python.org/3/).
                ```python
                with lock:

                    pass
                ```
                """)).isEqualTo("""
                Example
                Use one Lock, see the docs (https://docs.python.org/3/).
                    with lock:

                        pass
                """);
    }

    @Test
    void keepingTheBaselineMarksEachResult() throws IOException {
        JsonNode results = withBaselineOfResults(true, 0, 3);

        assertThat(results).extracting(r -> r.path("baselineState").asText())
                .containsExactly("unchanged", "new", "new", "unchanged");
    }

    @Test
    void withoutKeepingTheBaselineKnownResultsAreLeftOutAndNoneHasAState() throws IOException {
        JsonNode results = withBaselineOfResults(false, 0);

        assertThat(results).hasSize(3);
        assertThat(results.toString()).doesNotContain("baselineState");
    }

    /** The results of the sample with a baseline of the findings at {@code indexes}. */
    private JsonNode withBaselineOfResults(boolean keep, int... indexes) throws IOException {
        Samples samples = Samples.writeTo(root);
        List<String> fingerprints = SarifReport.fingerprints(samples.findings(), root,
                SarifReport::readSource);
        Set<String> baseline = java.util.Arrays.stream(indexes).mapToObj(fingerprints::get)
                .collect(java.util.stream.Collectors.toSet());
        return run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .baseline(baseline)
                .keepBaseline(keep)
                .toJson()).path("results");
    }

    private String report(Samples samples) {
        return SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, Samples.DOCS::get)
                .findings(samples.findings())
                .toJson();
    }

    private static Finding finding(Location at) {
        return Samples.finding(Samples.CPU_IN_THREADS, "m", at, List.of(), List.of(), null, null);
    }

    private static JsonNode run(String json) throws IOException {
        return SarifJson.MAPPER.readTree(json).path("runs").path(0);
    }
}

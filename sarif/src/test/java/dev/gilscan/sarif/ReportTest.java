package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.analyzer.rule.Severity;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What GitHub reads from a report, checked on its JSON. */
class ReportTest {
    @TempDir
    Path root;

    @Test
    void everyRuleOnceSortedByIdAndResultsPointAtTheirRule() throws IOException {
        Samples samples = Samples.writeTo(root);
        List<RuleDescriptor> twice = new ArrayList<>(Samples.RULES);
        twice.add(Samples.NO_MAIN_GUARD);
        JsonNode run = run(SarifReport.builder(Samples.TOOL, root)
                .rules(twice, Samples.DOCS::get)
                .findings(samples.findings())
                .toJson());

        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(texts(rules, "id")).containsExactly("GIL101", "GIL201", "GIL301");
        for (JsonNode result : run.path("results")) {
            int index = result.path("ruleIndex").asInt();
            assertThat(rules.path(index).path("id").asText())
                    .isEqualTo(result.path("ruleId").asText());
        }
        JsonNode guard = rules.path(1);
        assertThat(guard.path("defaultConfiguration").path("level").asText()).isEqualTo("error");
        assertThat(guard.path("helpUri").asText())
                .isEqualTo("https://github.com/gilscan/gilscan/blob/main/docs/rules/GIL201.md");
        assertThat(guard.path("help").path("markdown").asText())
                .isEqualTo(Samples.DOCS.get("GIL201"));
        assertThat(guard.path("fullDescription").path("text").asText()).isEqualTo(
                "Flags a process pool that is started while a module is being imported.");
        assertThat(texts(guard.path("properties").path("tags"), null))
                .containsExactly("multiprocessing");
        assertThat(texts(run.path("results"), "level"))
                .containsExactly("warning", "error", "error", "note");
    }

    @Test
    void columnsAreOneBasedUtf16CodeUnits() throws IOException {
        Samples samples = Samples.writeTo(root);
        JsonNode run = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .toJson());

        // 名前 = ("é😀", ProcessPoolExecutor()): 13 UTF-16 units (20 UTF-8 bytes) precede the call.
        JsonNode region = run.path("results").path(1).path("locations").path(0)
                .path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(9);
        assertThat(region.path("startColumn").asInt()).isEqualTo(14);
        assertThat(region.path("endColumn").asInt())
                .isEqualTo(14 + "ProcessPoolExecutor()".length());
        assertThat(run.path("columnKind").asText()).isEqualTo("utf16CodeUnits");
    }

    @Test
    void pathsAreRelativeToTheSourceRootAndPercentEncoded() throws IOException {
        Samples samples = Samples.writeTo(root);
        JsonNode run = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .toJson());

        JsonNode artifact = run.path("results").path(3).path("locations").path(0)
                .path("physicalLocation").path("artifactLocation");
        assertThat(artifact.path("uri").asText())
                .isEqualTo("src/shared%20state/counter%20%C3%BC.py");
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        String base = run.path("originalUriBaseIds").path("%SRCROOT%").path("uri").asText();
        assertThat(base).startsWith("file:///").endsWith("/");
        assertThat(Path.of(URI.create(base))).isEqualTo(root.toAbsolutePath());
    }

    @Test
    void theEvidenceIsKept() throws IOException {
        Samples samples = Samples.writeTo(root);
        JsonNode results = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .toJson()).path("results");

        JsonNode cpu = results.path(0);
        assertThat(cpu.path("relatedLocations").path(0).path("id").asInt()).isEqualTo(1);
        assertThat(cpu.path("relatedLocations").path(0).path("message").path("text").asText())
                .isEqualTo("the loop that holds the GIL");
        JsonNode steps =
                cpu.path("codeFlows").path(0).path("threadFlows").path(0).path("locations");
        assertThat(steps.size()).isEqualTo(3);
        assertThat(steps.path(1).path("location").path("message").path("text").asText())
                .isEqualTo("`crunch` is defined here");
        JsonNode replacement = results.path(1).path("fixes").path(0).path("artifactChanges").path(0)
                .path("replacements").path(0);
        assertThat(replacement.path("insertedContent").path("text").asText())
                .isEqualTo("if __name__ == \"__main__\":\n    ");
        JsonNode suppression = results.path(2).path("suppressions").path(0);
        assertThat(suppression.path("kind").asText()).isEqualTo("inSource");
        assertThat(suppression.path("justification").asText()).isEqualTo("# noqa: GIL201");
        assertThat(results.path(0).has("suppressions")).isFalse();
    }

    @Test
    void suppressedFindingsCanBeLeftOutWithoutChangingTheOthersFingerprints() throws IOException {
        Samples samples = Samples.writeTo(root);
        JsonNode all = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .toJson()).path("results");
        JsonNode active = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .includeSuppressed(false)
                .toJson()).path("results");

        assertThat(active.size()).isEqualTo(3);
        assertThat(active.findValues("suppressions")).isEmpty();
        assertThat(active.findValues("gilscan/v1"))
                .containsExactly(all.path(0).findValue("gilscan/v1"),
                        all.path(1).findValue("gilscan/v1"), all.path(3).findValue("gilscan/v1"));
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Samples samples = Samples.writeTo(root);
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            reports.add(SarifReport.toJson(Samples.TOOL, Samples.RULES, Samples.DOCS::get,
                    samples.findings(), samples.notifications(), root, "gilscan/"));
        }

        assertThat(reports.get(1)).isEqualTo(reports.get(0)).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void aWholeFileFindingIsShownOnLineOne() throws IOException {
        Finding wholeFile = Samples.finding(Samples.NO_MAIN_GUARD, "whole file",
                new Location(root.resolve("a.py"), new Span(0, 0, 0, 0, 0, 0)), List.of(),
                List.of(), null, null);
        JsonNode region = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(List.of(wholeFile))
                .toJson()).path("results").path(0).path("locations").path(0)
                .path("physicalLocation").path("region");

        assertThat(region.path("startLine").asInt()).isEqualTo(1);
    }

    @Test
    void beyondTheLimitTheMostSevereAreKeptAndANotificationSaysSo() throws IOException {
        Samples samples = Samples.writeTo(root);
        JsonNode run = run(SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .maxResults(2)
                .toJson());

        assertThat(texts(run.path("results"), "ruleId")).containsExactly("GIL201", "GIL201");
        JsonNode notification =
                run.path("invocations").path(0).path("toolExecutionNotifications").path(0);
        assertThat(notification.path("level").asText()).isEqualTo("warning");
        assertThat(notification.path("message").path("text").asText())
                .startsWith("2 of 4 results were left out");
    }

    @Test
    void aFindingOfAnUnknownRuleIsAnError() {
        Samples samples = Samples.writeTo(root);

        assertThatThrownBy(() -> SarifReport.builder(Samples.TOOL, root)
                .rules(List.of(Samples.NO_MAIN_GUARD), id -> null)
                .findings(samples.findings())
                .toJson())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GIL101");
    }

    @Test
    void twoDifferentDescriptorsOfOneRuleAreAnError() {
        RuleDescriptor other = new RuleDescriptor("GIL201", "another-name", Severity.NOTE, "Other",
                List.of(), Precision.LOW, "0.2.0");

        assertThatThrownBy(() -> SarifReport.builder(Samples.TOOL, root)
                .rules(List.of(Samples.NO_MAIN_GUARD, other), id -> null)
                .toJson())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two different descriptors of rule GIL201");
    }

    private static JsonNode run(String json) throws IOException {
        return SarifJson.MAPPER.readTree(json).path("runs").path(0);
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> field == null ? node.asText() : node.path(field).asText())
                .toList();
    }
}

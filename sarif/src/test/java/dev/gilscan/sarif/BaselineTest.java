package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.analyzer.ast.Location;
import dev.gilscan.analyzer.ast.Span;
import dev.gilscan.analyzer.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
    @TempDir
    Path root;

    @Test
    void theFingerprintsOfAReportAreReadBack() throws IOException {
        Samples samples = Samples.writeTo(root);
        Path baseline = writeReport(samples.findings(), Set.of());

        Set<String> read = SarifReport.fingerprints(baseline);

        assertThat(read).hasSize(4).containsExactlyInAnyOrderElementsOf(
                SarifReport.fingerprints(samples.findings(), root, SarifReport::readSource));
    }

    @Test
    void findingsInTheBaselineAreLeftOutAfterTheCodeMoved() throws IOException {
        Samples samples = Samples.writeTo(root);
        Set<String> baseline = SarifReport.fingerprints(writeReport(samples.findings(), Set.of()));
        // Two lines inserted at the top of app.py: every finding there moves down by two lines,
        // and a new one appears.
        String moved = "import os\nimport sys\n" + Samples.APP + "again = ProcessPoolExecutor()\n";
        Samples.write(samples.app, moved);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : samples.findings()) {
            findings.add(f.location().path().equals(samples.app) ? down(f, 2) : f);
        }
        Finding added = Samples.finding(Samples.NO_MAIN_GUARD, "new",
                Samples.at(samples.app, moved, 13, "ProcessPoolExecutor()"), List.of(), List.of(),
                null, null);
        findings.add(added);
        findings.sort(Finding.ORDER);

        assertThat(SarifReport.withoutBaseline(findings, baseline, root, SarifReport::readSource))
                .containsExactly(added);
        Path report = writeReport(findings, baseline);
        assertThat(SarifReport.fingerprints(report))
                .hasSize(1)
                .doesNotContainAnyElementsOf(baseline);
        assertThat(Files.readString(report)).contains("\"startLine\": 13");
    }

    @Test
    void aMissingFileIsAnIOExceptionNamingIt() {
        Path missing = root.resolve("old.sarif");

        assertThatThrownBy(() -> SarifReport.fingerprints(missing))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void aFileThatIsNotJsonIsRejectedWithItsName() throws IOException {
        Path file = Files.writeString(root.resolve("old.sarif"), "{\"runs\": [");

        assertThatThrownBy(() -> SarifReport.fingerprints(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not JSON");
    }

    @Test
    void jsonThatIsNotSarifIsRejectedWithItsName() throws IOException {
        Path noRuns = Files.writeString(root.resolve("a.sarif"), "{\"version\": \"2.1.0\"}");
        Path oldVersion = Files.writeString(root.resolve("b.sarif"),
                "{\"version\": \"2.0.0\", \"runs\": []}");
        Path badResults = Files.writeString(root.resolve("c.sarif"),
                "{\"version\": \"2.1.0\", \"runs\": [{\"results\": 3}]}");
        Path array = Files.writeString(root.resolve("d.sarif"), "[]");

        for (Path file : List.of(noRuns, oldVersion, badResults, array)) {
            assertThatThrownBy(() -> SarifReport.fingerprints(file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(file.toString());
        }
    }

    @Test
    void resultsWithoutAGilscanFingerprintAreSkipped() throws IOException {
        Path file = Files.writeString(root.resolve("other-tool.sarif"), """
                {"version": "2.1.0", "runs": [{"results": [
                  {"partialFingerprints": {"primaryLocationLineHash": "abc:1"}},
                  {"partialFingerprints": {"gilscan/v1": "0123:1"}},
                  {"message": {"text": "no fingerprints"}}]}]}
                """);

        assertThat(SarifReport.fingerprints(file)).containsExactly("0123:1");
    }

    @Test
    void keptBaselineResultsThatAreGoneAreWrittenAbsentAsTheBaselineHasThem() throws IOException {
        Samples samples = Samples.writeTo(root);
        List<Finding> all = samples.findings();
        Path earlier = writeReport(all, Set.of());
        JsonNode before = results(Files.readString(earlier));
        // The finding with a fix (app.py line 9) is gone.
        List<Finding> now = all.stream().filter(f -> f.fix() == null).toList();

        JsonNode results = results(keep(now, Baseline.read(earlier), List.of(samples.app,
                samples.counter), List.of()));

        assertThat(results).extracting(r -> r.path("baselineState").asText())
                .containsExactly("unchanged", "unchanged", "unchanged", "absent");
        JsonNode absent = results.get(3);
        JsonNode was = before.get(all.indexOf(all.stream().filter(f -> f.fix() != null)
                .findFirst().orElseThrow()));
        for (String field : List.of("ruleId", "ruleIndex", "level", "message", "locations",
                "partialFingerprints")) {
            assertThat(absent.path(field)).as(field).isEqualTo(was.path(field));
        }
        assertThat(was.has("fixes")).isTrue();
        assertThat(absent.has("fixes")).as("the code the fix changes is gone").isFalse();
    }

    @Test
    void aResultIsAbsentOnlyInACheckedFileThatParsedAndForARuleOfTheReport() throws IOException {
        Samples samples = Samples.writeTo(root);
        Baseline earlier = Baseline.read(writeReport(samples.findings(), Set.of()));
        List<Notification> appFailed = List.of(Notification.error(samples.app, 1, 1, "broken"));

        String otherFile = keep(List.of(), earlier, List.of(samples.counter), List.of());
        String unparsed = keep(List.of(), earlier, List.of(samples.app), appFailed);
        String otherRules = SarifReport.builder(Samples.TOOL, root)
                .rules(List.of(Samples.UNLOCKED_COUNTER), id -> null)
                .baseline(earlier).checked(List.of(samples.app)).keepBaseline(true).toJson();

        assertThat(results(otherFile)).extracting(r -> r.at("/locations/0/physicalLocation"
                + "/artifactLocation/uri").asText())
                .containsExactly("src/shared%20state/counter%20%C3%BC.py");
        assertThat(results(unparsed)).isEmpty();
        assertThat(results(otherRules)).isEmpty();
    }

    @Test
    void withoutKeepingTheBaselineNothingIsAbsent() throws IOException {
        Samples samples = Samples.writeTo(root);
        Baseline earlier = Baseline.read(writeReport(samples.findings(), Set.of()));

        String json = SarifReport.builder(Samples.TOOL, root).rules(Samples.RULES, id -> null)
                .baseline(earlier).checked(List.of(samples.app, samples.counter)).toJson();

        assertThat(results(json)).isEmpty();
    }

    @Test
    void aBaselineResultThatIsNotASarifResultIsRejected() throws IOException {
        Path file = Files.writeString(root.resolve("bad.sarif"), """
                {"version": "2.1.0", "runs": [{"results": [
                  {"partialFingerprints": {"gilscan/v1": "0123:1"}, "locations": 3}]}]}
                """);

        assertThatThrownBy(() -> Baseline.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(file + " is not a SARIF log: result 0 is not a SARIF result");
    }

    private String keep(List<Finding> findings, Baseline earlier, List<Path> checked,
            List<Notification> notifications) {
        return SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(findings)
                .notifications(notifications)
                .baseline(earlier)
                .checked(checked)
                .keepBaseline(true)
                .toJson();
    }

    private static JsonNode results(String json) throws IOException {
        return SarifJson.MAPPER.readTree(json).at("/runs/0/results");
    }

    private Path writeReport(List<Finding> findings, Set<String> baseline) throws IOException {
        String json = SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(findings)
                .baseline(baseline)
                .toJson();
        return Files.writeString(Files.createTempFile(root, "report", ".sarif"), json);
    }

    private static Finding down(Finding f, int lines) {
        return new Finding(f.rule(), f.message(), down(f.location(), lines),
                f.related().stream().map(r -> new Finding.Related(down(r.location(), lines),
                        r.message())).toList(),
                f.flow().stream().map(r -> new Finding.Related(down(r.location(), lines),
                        r.message())).toList(),
                f.fix(), f.suppression());
    }

    private static Location down(Location location, int lines) {
        Span s = location.span();
        return new Location(location.path(), new Span(s.line() + lines, s.column(),
                s.endLine() + lines, s.endColumn(), s.utf16Column(), s.utf16EndColumn()));
    }
}

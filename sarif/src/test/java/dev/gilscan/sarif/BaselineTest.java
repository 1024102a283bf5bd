package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

package dev.gilscan.sarif;

import static dev.gilscan.sarif.Samples.NO_MAIN_GUARD;
import static dev.gilscan.sarif.Samples.UNLOCKED_COUNTER;
import static dev.gilscan.sarif.Samples.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintTest {
    private static final Path ROOT = Path.of("/project");
    private static final Path FILE = ROOT.resolve("pkg/jobs.py");

    private static final String BEFORE = """
            from concurrent.futures import ProcessPoolExecutor

            pool = ProcessPoolExecutor()
            """;

    /** Lines added above, the line re-indented with a tab and spaces, Windows line ends. */
    private static final String AFTER = """
            \"\"\"Jobs.\"\"\"\r
            from concurrent.futures import ProcessPoolExecutor\r
            import os\r
            \r
            if os.name:\r
            \t  pool   =  ProcessPoolExecutor()\r
            """;

    @Test
    void theFingerprintStaysWhenTheLineMovesAndIsReindented() {
        String before = fingerprint(NO_MAIN_GUARD, FILE, BEFORE, 3, "ProcessPoolExecutor()");
        String after = fingerprint(NO_MAIN_GUARD, FILE, AFTER, 6, "ProcessPoolExecutor()");

        assertThat(after).isEqualTo(before).matches("[0-9a-f]{32}:1");
    }

    @Test
    void theFingerprintChangesWithTheLinesTextTheRuleOrTheFile() {
        String base = fingerprint(NO_MAIN_GUARD, FILE, BEFORE, 3, "ProcessPoolExecutor()");
        String otherText = fingerprint(NO_MAIN_GUARD, FILE,
                BEFORE.replace("pool =", "workers ="), 3, "ProcessPoolExecutor()");
        String otherRule = fingerprint(UNLOCKED_COUNTER, FILE, BEFORE, 3, "ProcessPoolExecutor()");
        String otherFile = fingerprint(NO_MAIN_GUARD, ROOT.resolve("pkg/other.py"), BEFORE, 3,
                "ProcessPoolExecutor()");

        assertThat(List.of(otherText, otherRule, otherFile))
                .doesNotContain(base)
                .doesNotHaveDuplicates();
    }

    @Test
    void theColumnDoesNotCount() {
        String source = "a = b = ProcessPoolExecutor(ProcessPoolExecutor())\n";
        String outer = fingerprint(NO_MAIN_GUARD, FILE, source, 1, "ProcessPoolExecutor(");
        String inner = fingerprint(NO_MAIN_GUARD, FILE, source, 1, "ProcessPoolExecutor())");

        assertThat(outer).isEqualTo(inner);
    }

    @Test
    void findingsOnLinesOfTheSameTextAreCountedInOrder() {
        String source = """
                pool = ProcessPoolExecutor()
                pool = ProcessPoolExecutor()
                other = ProcessPoolExecutor()
                pool = ProcessPoolExecutor()
                """;
        List<Finding> findings = List.of(
                finding(NO_MAIN_GUARD, FILE, source, 1, "ProcessPoolExecutor()"),
                finding(NO_MAIN_GUARD, FILE, source, 2, "ProcessPoolExecutor()"),
                finding(NO_MAIN_GUARD, FILE, source, 3, "ProcessPoolExecutor()"),
                finding(NO_MAIN_GUARD, FILE, source, 4, "ProcessPoolExecutor()"));

        List<String> fingerprints =
                SarifReport.fingerprints(findings, ROOT, Map.of(FILE, source)::get);

        String hash = fingerprints.get(0).substring(0, 32);
        assertThat(fingerprints).containsExactly(hash + ":1", hash + ":2",
                fingerprints.get(2), hash + ":3");
        assertThat(fingerprints.get(2)).endsWith(":1").doesNotStartWith(hash);
        assertThat(SarifReport.fingerprint(findings.get(3), ROOT, source, 3))
                .isEqualTo(fingerprints.get(3));
    }

    @Test
    void aRelativePathIsTakenFromTheWorkingDirectory() {
        Path root = Path.of("").toAbsolutePath();
        String relative = fingerprint(NO_MAIN_GUARD, Path.of("pkg/jobs.py"), BEFORE, 3,
                "ProcessPoolExecutor()", root);
        String absolute = fingerprint(NO_MAIN_GUARD, root.resolve("pkg/jobs.py"), BEFORE, 3,
                "ProcessPoolExecutor()", root);

        assertThat(relative).isEqualTo(absolute);
    }

    @Test
    void aLineBeyondTheFileOrAMissingFileStillGetsAFingerprint() {
        Finding finding = finding(NO_MAIN_GUARD, FILE, BEFORE, 3, "ProcessPoolExecutor()");

        assertThat(SarifReport.fingerprint(finding, ROOT, "", 1)).matches("[0-9a-f]{32}:1");
        assertThat(SarifReport.fingerprints(List.of(finding), ROOT, SarifReport::readSource))
                .containsExactly(SarifReport.fingerprint(finding, ROOT, "", 1));
        assertThatThrownBy(() -> SarifReport.fingerprint(finding, ROOT, BEFORE, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String fingerprint(RuleDescriptor rule, Path file, String source, int line,
            String fragment) {
        return fingerprint(rule, file, source, line, fragment, ROOT);
    }

    private static String fingerprint(RuleDescriptor rule, Path file, String source, int line,
            String fragment, Path root) {
        Finding finding = finding(rule, file, source, line, fragment);
        return SarifReport.fingerprints(List.of(finding), root, path -> source).get(0);
    }

    static Finding finding(RuleDescriptor rule, Path file, String source, int line,
            String fragment) {
        return Samples.finding(rule, "message", at(file, source, line, fragment),
                List.of(), List.of(), null, null);
    }
}

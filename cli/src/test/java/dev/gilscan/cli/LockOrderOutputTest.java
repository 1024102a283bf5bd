package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gilscan.lsp.Editor;
import dev.gilscan.settings.SettingsSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GIL304's evidence reaches every place a user reads it: the SARIF result carries the other
 * path as a code flow (both acquisitions), the text formats name the other path's place, and the
 * editor shows it as related information.
 */
class LockOrderOutputTest {
    private static final String BANK = """
            import threading

            ACCOUNTS = threading.Lock()
            LEDGER = threading.Lock()


            def transfer():
                with ACCOUNTS:
                    with LEDGER:
                        pass


            def audit():
                with LEDGER:
                    with ACCOUNTS:
                        pass
            """;

    @TempDir
    Path root;

    @Test
    void sarifCarriesTheOtherPathAsACodeFlow() {
        write(root, "bank.py", BANK);

        JsonNode results = run("check", "--output-format", "sarif", "--select", "GIL304", root)
                .json().at("/runs/0/results");

        assertThat(results.size()).isEqualTo(2);
        List<Integer> reported = new ArrayList<>();
        for (JsonNode result : results) {
            reported.add(result.at("/locations/0/physicalLocation/region/startLine").asInt());
            List<Integer> flow = new ArrayList<>();
            for (JsonNode step : result.at("/codeFlows/0/threadFlows/0/locations")) {
                flow.add(step.at("/location/physicalLocation/region/startLine").asInt());
            }
            // The other path: its outer acquisition, then its inner one.
            int line = reported.get(reported.size() - 1);
            assertThat(flow).as("code flow of the finding on line " + line)
                    .containsSubsequence(line == 9 ? List.of(14, 15) : List.of(8, 9));
        }
        assertThat(reported).containsExactlyInAnyOrder(9, 15);
    }

    @Test
    void theTextFormatsNameTheOtherPath() {
        write(root, "bank.py", BANK);

        String concise = run("check", "--output-format", "concise", "--select", "GIL304", root)
                .out();
        String github = run("check", "--output-format", "github", "--select", "GIL304", root)
                .out();

        assertThat(concise).contains("bank.py:9:", "bank.py:15:", "and line 15 takes",
                "and line 9 takes");
        assertThat(github).contains("::error", "GIL304");
    }

    @Test
    void theEditorShowsTheOtherPathAsRelatedInformation() throws Exception {
        Path file = write(root, "bank.py", BANK);
        try (Editor editor = Editor.inProcess(SettingsSource.of(Cli.RULES))) {
            editor.initialize(root, new com.google.gson.JsonObject());
            editor.open(file, BANK);

            List<Diagnostic> found = editor.diagnostics(file).stream()
                    .filter(d -> d.getCode().getLeft().equals("GIL304")).toList();

            assertThat(found).hasSize(2);
            for (Diagnostic d : found) {
                List<Integer> lines = d.getRelatedInformation().stream()
                        .map(DiagnosticRelatedInformation::getLocation)
                        .map(l -> l.getRange().getStart().getLine() + 1).toList();
                int line = d.getRange().getStart().getLine() + 1;
                assertThat(lines).as("related lines of the finding on line " + line)
                        .contains(line == 9 ? 15 : 9);
            }
        }
    }
}

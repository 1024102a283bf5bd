package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files other tools read to run gilscan: {@code action.yml} (a composite GitHub Action) and
 * {@code .pre-commit-hooks.yaml}. Their structure is checked here, and the action's shell step is
 * run with a stand-in for the launcher; scripts/test-pre-commit.sh runs the hook in pre-commit.
 */
class IntegrationFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path work;

    private static JsonNode read(String name) throws IOException {
        return YAML.readTree(Cli.fixtures().resolveSibling(name).toFile());
    }

    private static JsonNode step(JsonNode action, String uses) {
        for (JsonNode step : action.at("/runs/steps")) {
            if (step.path("uses").asText().startsWith(uses + "@")) {
                return step;
            }
        }
        throw new AssertionError("no step uses " + uses);
    }

    @Test
    void theActionIsCompositeWithTheDocumentedInputs() throws IOException {
        JsonNode action = read("action.yml");

        assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
        assertThat(action.get("name").asText()).isEqualTo("gilscan");
        assertThat(action.get("description").asText()).isNotBlank();
        for (String input : List.of("paths", "args", "category", "java-version", "sarif-file",
                "upload")) {
            JsonNode in = action.at("/inputs/" + input);
            assertThat(in.isObject()).as(input).isTrue();
            assertThat(in.get("description").asText()).as(input).isNotBlank();
            assertThat(in.has("default")).as(input).isTrue();
        }
        assertThat(action.at("/inputs/paths/default").asText()).isEqualTo(".");
        assertThat(action.at("/outputs/exit-code/value").asText())
                .isEqualTo("${{ steps.check.outputs.exit-code }}");
        for (JsonNode step : action.at("/runs/steps")) {
            assertThat(step.has("uses") || step.has("shell")).as("run steps of a composite action"
                    + " name their shell: %s", step).isTrue();
            assertThat(step.path("run").asText()).as("inputs go through env, not into scripts")
                    .doesNotContain("${{");
        }
    }

    @Test
    void theActionSetsUpJavaAndUploadsTheSarifWithTheCategory() throws IOException {
        JsonNode action = read("action.yml");

        JsonNode java = step(action, "actions/setup-java");
        assertThat(java.get("uses").asText()).isEqualTo("actions/setup-java@v5");
        assertThat(java.at("/with/java-version").asText()).isEqualTo("${{ inputs.java-version }}");
        JsonNode upload = step(action, "github/codeql-action/upload-sarif");
        assertThat(upload.get("uses").asText()).isEqualTo("github/codeql-action/upload-sarif@v4");
        assertThat(upload.at("/with/sarif_file").asText()).isEqualTo("${{ inputs.sarif-file }}");
        assertThat(upload.at("/with/category").asText()).isEqualTo("${{ inputs.category }}");
        assertThat(upload.get("if").asText()).contains("!cancelled()");
        JsonNode steps = action.at("/runs/steps");
        List<String> order = new ArrayList<>();
        steps.forEach(s -> order.add(s.has("uses") ? s.get("uses").asText() : s.get("id") != null
                ? s.get("id").asText() : s.get("name").asText()));
        assertThat(order).containsExactly("actions/setup-java@v5", "check",
                "github/codeql-action/upload-sarif@v4", "Fail on findings or errors");
    }

    @Test
    void theActionsCheckStepPassesPathsAndArgsAndRecordsTheExitCode() throws Exception {
        JsonNode action = read("action.yml");
        JsonNode check = null;
        for (JsonNode s : action.at("/runs/steps")) {
            if (s.path("id").asText().equals("check")) {
                check = s;
            }
        }
        assertThat(check).isNotNull();
        assertThat(check.get("shell").asText()).isEqualTo("bash");
        assertThat(check.at("/env/GILSCAN_PATHS").asText()).isEqualTo("${{ inputs.paths }}");
        assertThat(check.at("/env/GILSCAN_ARGS").asText()).isEqualTo("${{ inputs.args }}");
        Path launcher = work.resolve("gilscan");
        Files.writeString(launcher, "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; done"
                + " > \"$(dirname \"$0\")/args.txt\"\nexit 1\n");
        assertThat(launcher.toFile().setExecutable(true)).isTrue();
        Path output = work.resolve("github-output");

        ProcessBuilder bash = new ProcessBuilder("bash", "-eo", "pipefail", "-c",
                check.get("run").asText());
        bash.environment().put("GITHUB_ACTION_PATH", work.toString());
        bash.environment().put("GITHUB_OUTPUT", output.toString());
        bash.environment().put("GILSCAN_PATHS", "src tests");
        bash.environment().put("GILSCAN_ARGS", "--exit-zero --select GIL2");
        bash.environment().put("GILSCAN_SARIF", "out.sarif");
        Process process = bash.directory(work.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(said).isZero();
        assertThat(Files.readString(work.resolve("args.txt"))).isEqualTo(
                "[check]\n[--output-format]\n[sarif]\n[--output]\n[out.sarif]\n[--exit-zero]\n"
                        + "[--select]\n[GIL2]\n[--]\n[src]\n[tests]\n");
        assertThat(Files.readString(output)).isEqualTo("exit-code=1\n");
    }

    @Test
    void thePreCommitHookRunsCheckOnTheChangedPythonFilesWithForceExclude() throws IOException {
        JsonNode hooks = read(".pre-commit-hooks.yaml");

        assertThat(hooks.isArray()).isTrue();
        JsonNode hook = hooks.get(0);
        assertThat(hook.get("id").asText()).isEqualTo("gilscan");
        assertThat(hook.get("entry").asText()).isEqualTo("gilscan check --force-exclude");
        assertThat(hook.get("language").asText()).isEqualTo("python");
        assertThat(hook.get("types_or").get(0).asText()).isEqualTo("python");
        assertThat(hook.path("pass_filenames").asBoolean(true)).isTrue();
        assertThat(hook.get("require_serial").asBoolean()).isTrue();
    }
}

package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings a Ruff user reaches for: {@code --select ALL}, {@code extend-select},
 * {@code per-file-ignores}, {@code extend-exclude}, {@code force-exclude}, and
 * {@code --show-settings}/{@code --show-files} to see what they did.
 */
class RuffSettingsTest {
    /** GIL201 at 2:1 and GIL202 at 6:19. */
    private static final String BOTH = POOL_AT_IMPORT + LAMBDA_TO_POOL.replace(
            "from concurrent.futures import ProcessPoolExecutor\n", "from concurrent.futures"
                    + " import ProcessPoolExecutor\n");

    @TempDir
    Path root;

    private void toml(String body) {
        write(root, "pyproject.toml", "[tool.gilscan]\n" + body);
    }

    @Test
    void selectAllRunsEveryRuleAndMoreSpecificIgnoresStillWin() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);

        assertThat(concise(root, "--select", "ALL").positions()).containsExactly(
                at(root, "a.py", 2, 1, "GIL201"), at(root, "b.py", 5, 19, "GIL202"));
        assertThat(concise(root, "--select", "all", "--ignore", "GIL202").positions())
                .containsExactly(at(root, "a.py", 2, 1, "GIL201"));
        toml("select = [\"ALL\"]\nignore = [\"GIL201\"]\n");
        assertThat(concise(root).positions()).containsExactly(at(root, "b.py", 5, 19, "GIL202"));
    }

    @Test
    void extendSelectAddsToSelectInTheFileAndOnTheCommandLine() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);
        toml("select = [\"GIL1\"]\nextend-select = [\"GIL202\"]\n");

        assertThat(concise(root).positions()).containsExactly(at(root, "b.py", 5, 19, "GIL202"));
        assertThat(concise(root, "--extend-select", "GIL201").positions()).containsExactly(
                at(root, "a.py", 2, 1, "GIL201"), at(root, "b.py", 5, 19, "GIL202"));
        assertThat(concise(root, "--select", "GIL201").positions())
                .as("--select replaces the file's select, extend-select and ignore")
                .containsExactly(at(root, "a.py", 2, 1, "GIL201"));
    }

    @Test
    void theCommandLineIsALayerAboveTheFile() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);
        toml("select = [\"GIL201\"]\n");

        assertThat(concise(root, "--ignore", "GIL2").positions())
                .as("the command line's ignore removes what the file selected").isEmpty();
        toml("ignore = [\"GIL2\"]\n");
        assertThat(concise(root, "--extend-select", "GIL202").positions())
                .as("the command line's extend-select brings back what the file ignored")
                .containsExactly(at(root, "b.py", 5, 19, "GIL202"));
    }

    @Test
    void anUnknownExtendSelectIsAnError() {
        write(root, "a.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root, "--extend-select", "E501");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: --extend-select: no rule matches `E501`\n");
    }

    @Test
    void perFileIgnoresLeaveRulesOutOfMatchingFiles() {
        write(root, "app/a.py", BOTH);
        write(root, "tests/unit/t.py", BOTH);
        write(root, "scripts/run.py", BOTH);
        write(root, "lib/conftest.py", BOTH);
        toml("""
                [tool.gilscan.per-file-ignores]
                "tests/" = ["GIL2"]
                "conftest.py" = ["GIL201"]
                "scripts/*.py" = ["ALL"]
                """);

        Cli.Result result = concise(root);

        assertThat(result.positions()).containsExactly(
                at(root, "app/a.py", 2, 1, "GIL201"),
                at(root, "app/a.py", 7, 19, "GIL202"),
                at(root, "lib/conftest.py", 7, 19, "GIL202"));
        assertThat(result.out()).endsWith("Found 3 findings.\n" + Cli.ONE_UNSAFE_FIX);
    }

    @Test
    void perFileIgnoresApplyToSarifAndToTheExitCode() {
        write(root, "tests/t.py", POOL_AT_IMPORT);
        toml("[tool.gilscan.per-file-ignores]\n\"tests/*\" = [\"GIL201\"]\n");

        Cli.Result sarif = run("check", "--output-format", "sarif", root);

        assertThat(sarif.exit()).isZero();
        assertThat(sarif.json().at("/runs/0/results").size()).isZero();
    }

    @Test
    void perFileIgnoresMustBeATableOfRuleLists() {
        write(root, "a.py", POOL_AT_IMPORT);
        Path file = root.resolve("pyproject.toml");

        toml("per-file-ignores = [\"tests/\"]\n");
        assertThat(concise(root).err()).isEqualTo("gilscan: " + file + ": `per-file-ignores`"
                + " in [tool.gilscan] must be a table of patterns, such as \"tests/\" ="
                + " [\"GIL3\"]\n");
        toml("[tool.gilscan.per-file-ignores]\n\"tests/\" = [\"E501\"]\n");
        assertThat(concise(root).err()).isEqualTo("gilscan: " + file
                + ": `per-file-ignores.\"tests/\"` in [tool.gilscan]: no rule matches `E501`\n");
        toml("[tool.gilscan.per-file-ignores]\n\"!tests/\" = [\"GIL2\"]\n");
        assertThat(concise(root).err()).isEqualTo("gilscan: " + file + ": `per-file-ignores`"
                + " in [tool.gilscan]: `!tests/`: negated patterns are not supported\n");
        assertThat(concise(root).exit()).isEqualTo(2);
    }

    @Test
    void extendExcludeAddsToExclude() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "gen/b.py", POOL_AT_IMPORT);
        write(root, "vendor/c.py", POOL_AT_IMPORT);
        toml("exclude = [\"gen/\"]\nextend-exclude = [\"vendor\"]\n");

        assertThat(concise(root).positions()).containsExactly(at(root, "a.py", 2, 1, "GIL201"));
    }

    @Test
    void forceExcludeAppliesExcludeToNamedFiles() {
        Path generated = write(root, "gen/b.py", POOL_AT_IMPORT);
        Path other = write(root, "a.py", POOL_AT_IMPORT);
        toml("extend-exclude = [\"gen/\"]\n");

        assertThat(concise(generated).positions()).as("named files are checked by default")
                .containsExactly(at(root, "gen/b.py", 2, 1, "GIL201"));
        assertThat(run("check", "--output-format", "concise", "--force-exclude", generated, other)
                .positions())
                .containsExactly(at(root, "a.py", 2, 1, "GIL201"));
        toml("extend-exclude = [\"gen/\"]\nforce-exclude = true\n");
        Cli.Result forced = concise(generated);
        assertThat(forced.positions()).isEmpty();
        assertThat(forced.exit()).isZero();
        assertThat(concise(generated, "--no-force-exclude").positions())
                .containsExactly(at(root, "gen/b.py", 2, 1, "GIL201"));
    }

    @Test
    void forceExcludeMustBeABoolean() {
        write(root, "a.py", POOL_AT_IMPORT);
        toml("force-exclude = \"yes\"\n");

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: " + root.resolve("pyproject.toml")
                + ": `force-exclude` in [tool.gilscan] must be true or false\n");
    }

    @Test
    void showFilesListsWhatWouldBeCheckedAndChecksNothing() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "pkg/b.py", POOL_AT_IMPORT);
        write(root, "gen/c.py", POOL_AT_IMPORT);
        write(root, ".ignore", "pkg/\n");
        toml("exclude = [\"gen\"]\n");

        Cli.Result result = run("check", "--show-files", root);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(root.resolve("a.py") + "\n");
    }

    @Test
    void showSettingsPrintsTheResolvedSettings() {
        write(root, "a.py", POOL_AT_IMPORT);
        toml("""
                select = ["GIL201"]
                ignore = ["GIL2"]
                extend-exclude = ["gen/"]
                target-version = "py312"
                max-file-size = "2MiB"
                src = ["lib"]

                [tool.gilscan.per-file-ignores]
                "tests/" = ["GIL201"]
                """);

        Cli.Result result = run("check", "--show-settings", "--force-exclude", "--cache-dir",
                root.resolve("here"), root);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("Settings path: " + root.resolve("pyproject.toml")
                + "\nPatterns relative to: " + root + "\n\n"
                + "rules = [\"GIL201 process-start-without-main-guard\"]\n"
                + "select = [\"GIL201\"]\nextend-select = []\nignore = [\"GIL2\"]\n"
                + "target-version = \"py312\"\nexclude = []\nextend-exclude = [\"gen/\"]\n"
                + "force-exclude = true\nper-file-ignores = { \"tests/\" = [\"GIL201\"] }\n"
                + "thread-entry-points = []\nmax-file-size = 2097152\n"
                + "src = [\"" + root.resolve("lib").toAbsolutePath().normalize() + "\"]\n"
                + "cache-dir = \"" + root.resolve("here").toAbsolutePath().normalize() + "\"\n"
                + "fix = false\nunsafe-fixes = \"hint\"\n");
    }

    @Test
    void showSettingsSaysWhenTheCacheIsOff() {
        Cli.Result result = run("check", "--show-settings", "--no-cache", root);

        assertThat(result.out()).contains(
                "cache-dir = \"\"  # off: --no-cache or GILSCAN_NO_CACHE\n");
    }

    @Test
    void showSettingsWithoutAFileShowsTheDefaults() {
        Cli.Result result = run("check", "--show-settings", "--target-version", "py313t", root);

        assertThat(result.out()).startsWith("Settings path: (none: the defaults)\n")
                .contains("target-version = \"py313t\"\n", "force-exclude = false\n");
        assertThat(result.out().lines().filter(l -> l.startsWith("rules = ")).findFirst()
                .orElseThrow()).contains(Cli.RULES.stream()
                        .map(c -> "\"" + c.descriptor().id() + " " + c.descriptor().name() + "\"")
                        .toList());
    }
}

package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.runWithInput;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gilscan check - --stdin-filename NAME}: the source on standard input. */
class StdinTest {
    @TempDir
    Path root;

    @Test
    void theSourceIsReportedUnderTheGivenNameWhichNeedNotExist() {
        Path name = root.resolve("app/x.py");

        Cli.Result result = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "concise",
                "-", "--stdin-filename", name);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.positions()).containsExactly(name + ":2:1: GIL201");
        assertThat(Files.exists(name)).isFalse();
    }

    @Test
    void theSourceOnStdinWinsOverTheFileOnDisk() {
        Path name = write(root, "x.py", "print('clean')\n");

        Cli.Result result = runWithInput(LAMBDA_TO_POOL, "check", "--output-format", "concise",
                "--stdin-filename", name, "-");

        assertThat(result.positions()).containsExactly(name + ":5:19: GIL202");
    }

    @Test
    void theSourceIsAnalyzedWithTheRestOfItsProject() throws Exception {
        Path fixture = Cli.fixtures().resolve("scan-root/workspace/photo-tools");
        Path project = root.resolve("photo-tools");
        Cli.copy(fixture, project);
        Path main = write(project, "main.py", "print('not yet saved')\n");

        Cli.Result result = runWithInput(Files.readString(fixture.resolve("main.py")), "check",
                "--output-format", "concise", "-", "--stdin-filename", main);

        assertThat(result.positions()).containsExactly(main + ":13:10: GIL201");
        assertThat(result.out()).contains("`thumbs.pool.fresh_pool`");
    }

    @Test
    void withoutANameItIsCalledDashAndAStdinFilenameAloneReadsStdin() {
        Cli.Result dash = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "concise", "-");
        Cli.Result named = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "concise",
                "--stdin-filename", root.resolve("y.py"));

        assertThat(dash.positions()).containsExactly("-:2:1: GIL201");
        assertThat(named.positions()).containsExactly(root.resolve("y.py") + ":2:1: GIL201");
    }

    @Test
    void theConfigurationIsTheOneOfTheNamedFile() {
        write(root, "lib/pyproject.toml", """
                [tool.gilscan]
                ignore = ["GIL201"]
                [tool.gilscan.per-file-ignores]
                "legacy/" = ["GIL202"]
                """);
        String both = POOL_AT_IMPORT + LAMBDA_TO_POOL;

        Cli.Result lib = runWithInput(both, "check", "--output-format", "concise", "-",
                "--stdin-filename", root.resolve("lib/m.py"));
        Cli.Result legacy = runWithInput(both, "check", "--output-format", "concise", "-",
                "--stdin-filename", root.resolve("lib/legacy/m.py"));

        assertThat(lib.positions()).containsExactly(root.resolve("lib/m.py") + ":7:19: GIL202");
        assertThat(legacy.positions()).isEmpty();
        assertThat(legacy.exit()).isZero();
    }

    @Test
    void forceExcludeSkipsAnExcludedName() {
        write(root, "pyproject.toml", "[tool.gilscan]\nexclude = [\"gen/\"]\n");
        Path name = root.resolve("gen/x.py");

        Cli.Result plain = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "concise",
                "-", "--stdin-filename", name);
        Cli.Result forced = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "concise",
                "-", "--stdin-filename", name, "--force-exclude");

        assertThat(plain.positions()).containsExactly(name + ":2:1: GIL201");
        assertThat(forced.positions()).isEmpty();
        assertThat(forced.exit()).isZero();
    }

    @Test
    void aSyntaxErrorIsReportedUnderTheName() {
        Path name = root.resolve("bad.py");

        Cli.Result result = runWithInput("def f(:\n", "check", "-", "--stdin-filename", name);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith(name + ":1:");
    }

    @Test
    void everyFormatNamesTheFileAsGiven() {
        Cli.Result json = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "json", "-",
                "--stdin-filename", "app/x.py");
        Cli.Result sarif = runWithInput(POOL_AT_IMPORT, "check", "--output-format", "sarif", "-",
                "--stdin-filename", root.resolve("app/x.py"));

        assertThat(json.json().get(0).get("filename").asText()).isEqualTo("app/x.py");
        assertThat(sarif.json().at("/runs/0/results/0/locations/0/physicalLocation"
                + "/artifactLocation/uri").asText()).endsWith("app/x.py");
        assertThat(sarif.json().at("/runs/0/results/0/partialFingerprints").toString())
                .contains("gilscan/v1");
    }

    @Test
    void misuseIsAUsageError() {
        Path file = write(root, "a.py", POOL_AT_IMPORT);

        Cli.Result mixed = runWithInput(POOL_AT_IMPORT, "check", "-", file);
        Cli.Result named = runWithInput(POOL_AT_IMPORT, "check", "--stdin-filename", "x.py", file);

        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).isEqualTo("gilscan: `-` (standard input) cannot be checked with"
                + " other paths\n");
        assertThat(named.exit()).isEqualTo(2);
        assertThat(named.err()).isEqualTo("gilscan: --stdin-filename is for PATH `-` (standard"
                + " input), not for files on disk\n");
    }

    @Test
    void inputThatIsNotUtf8IsAnError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new String[] {"check", "-"},
                new ByteArrayInputStream(new byte[] {'x', '=', (byte) 0xff, '\n'}),
                new PrintWriter(out, true), new PrintWriter(err, true), false);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("gilscan: standard input is not valid UTF-8\n");
        assertThat(out.toString()).isEmpty();
    }
}

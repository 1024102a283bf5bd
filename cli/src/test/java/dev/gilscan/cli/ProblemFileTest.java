package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be read or parsed is reported on standard error and in the report, in
 * every format (in SARIF's {@code toolExecutionNotifications}), makes the exit code 1, and the
 * other files are checked.
 */
class ProblemFileTest {
    @TempDir
    Path root;

    @Test
    void aSyntaxErrorIsReportedWithItsLocationAndTheOtherFilesAreChecked() {
        write(root, "good.py", POOL_AT_IMPORT);
        write(root, "bad.py", "import os\n\nprint(os.sep\n");

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(root.resolve("bad.py")
                + ":3:6: SyntaxError: '(' was never closed\n");
        assertThat(result.positions()).containsExactly(at(root, "good.py", 2, 1, "GIL201"));
        assertThat(result.out().lines()).first().asString().isEqualTo(root.resolve("bad.py")
                + ":3:6: SyntaxError: '(' was never closed");
        assertThat(result.out()).endsWith(
                "Found 1 finding. 1 file could not be read or parsed.\n" + Cli.ONE_UNSAFE_FIX);
    }

    @Test
    void everyBadFileIsReportedInPathOrder() {
        write(root, "b.py", "x = = 1\n");
        write(root, "a.py", "def f():\nreturn 1\n");
        write(root, "c.py", "x = 1\ny = \"\n");

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().lines()).hasSize(3);
        assertThat(result.err().lines().map(l -> l.substring(root.toString().length() + 1,
                l.indexOf(": "))).toList()).containsExactly("a.py:2:1", "b.py:1:5", "c.py:2:5");
        assertThat(result.out().lines()).containsExactlyElementsOf(Stream.concat(
                result.err().lines(),
                Stream.of("Found 0 findings. 3 files could not be read or parsed.")).toList());
    }

    @Test
    void undecodableBytesAreASyntaxErrorAsInCPython() throws IOException {
        Files.write(root.resolve("latin.py"), new byte[] {'x', ' ', '=', ' ', '"', (byte) 0xff,
            '"', '\n'});

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith(root.resolve("latin.py") + ":1:")
                .contains("SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOtherFilesAreChecked() throws IOException {
        write(root, "good.py", POOL_AT_IMPORT);
        Path unreadable = write(root, "secret.py", POOL_AT_IMPORT);
        List<Object> args = new ArrayList<>(List.of("check", "--output-format", "concise", root));
        try {
            Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            // checked below
        }
        if (Files.isReadable(unreadable)) {
            // Root reads any file whatever its permissions, but not this one.
            unreadable = Path.of("/proc/self/mem");
            assumeTrue(Files.exists(unreadable), "no file here that cannot be read");
            args.add(unreadable);
        }

        Cli.Result result = run(args.toArray());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).startsWith(unreadable + ":1:1: cannot read: ").hasLineCount(1);
        assertThat(result.positions()).contains(at(root, "good.py", 2, 1, "GIL201"));
    }

    /** A file with a finding and one that does not parse, checked in {@code format}. */
    private Cli.Result goodAndBad(String format) {
        write(root, "good.py", POOL_AT_IMPORT);
        write(root, "bad.py", "import os\n\nprint(os.sep\n");
        return run("check", "--output-format", format, root);
    }

    @Test
    void jsonHasTheBadFileAsAnEntryWithoutACodeAsRuffWritesASyntaxError() {
        Cli.Result result = goodAndBad("json");

        assertThat(result.exit()).isEqualTo(1);
        JsonNode entries = result.json();
        assertThat(entries).hasSize(2);
        JsonNode bad = entries.get(0);
        assertThat(bad.path("code").isNull()).isTrue();
        assertThat(bad.path("name").isNull()).isTrue();
        assertThat(bad.path("severity").asText()).isEqualTo("error");
        assertThat(bad.path("message").asText()).isEqualTo("SyntaxError: '(' was never closed");
        assertThat(bad.path("filename").asText()).isEqualTo(root.resolve("bad.py").toString());
        assertThat(bad.at("/location/row").asInt()).isEqualTo(3);
        assertThat(bad.at("/location/column").asInt()).isEqualTo(6);
        assertThat(entries.get(1).path("code").asText()).isEqualTo("GIL201");
    }

    @Test
    void githubAnnotatesTheBadFileWithAnErrorAtItsPosition() {
        write(root, "bad.py", "import os\n\nprint(os.sep\n");

        Cli.Result result = run("check", "--output-format", "github", root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("::error title=gilscan,file=" + root.resolve("bad.py")
                + ",line=3,col=6::" + root.resolve("bad.py")
                + ":3:6: SyntaxError: '(' was never closed\n");
    }

    @Test
    void fullListsTheBadFileAmongTheFindingsInPathOrder() {
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", "x = = 1\n");
        write(root, "c.py", POOL_AT_IMPORT);

        Cli.Result result = run("check", root);

        List<String> headers = result.out().lines().filter(l -> l.startsWith(root.toString()))
                .map(l -> l.substring(root.toString().length() + 1, l.indexOf(": "))).toList();
        assertThat(headers).containsExactly("a.py:2:1", "b.py:1:5", "c.py:2:1");
    }

    @Test
    void sarifListsTheBadFilesAsNotificationsNotResults() {
        Cli.Result result = goodAndBad("sarif");

        assertThat(result.exit()).isEqualTo(1);
        JsonNode invocation = result.json().at("/runs/0/invocations/0");
        assertThat(invocation.path("executionSuccessful").asBoolean()).isTrue();
        JsonNode notification = invocation.path("toolExecutionNotifications").get(0);
        assertThat(notification.path("level").asText()).isEqualTo("error");
        assertThat(notification.at("/message/text").asText())
                .isEqualTo("SyntaxError: '(' was never closed");
        JsonNode location = notification.at("/locations/0/physicalLocation");
        assertThat(location.at("/artifactLocation/uri").asText()).endsWith("bad.py");
        assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
        assertThat(location.at("/region/startColumn").asInt()).isEqualTo(6);
        assertThat(result.json().at("/runs/0/results")).hasSize(1);
    }
}

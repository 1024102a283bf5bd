package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths that are not regular files: a named pipe (made with the real {@code mkfifo}) and a
 * symbolic link to {@code /dev/zero}, both named {@code x.py}. Named on the command line, each
 * is an error (exit 2) and the other files are checked; met in a folder, each is skipped with a
 * notice. Neither is ever opened: opening a named pipe with no writer would block the scan, and
 * reading {@code /dev/zero} would never end, so a regression hangs these tests.
 */
class NonRegularFileTest {
    @TempDir
    Path root;

    private Path fifo(String name) throws IOException, InterruptedException {
        Path fifo = root.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo " + fifo).isZero();
        assertThat(Files.isRegularFile(fifo)).isFalse();
        return fifo;
    }

    /** The links go before JUnit cleans up, which warns of links that lead out of its folder. */
    @AfterEach
    void removeLinks() throws IOException {
        try (var entries = Files.list(root)) {
            for (Path p : entries.filter(Files::isSymbolicLink).toList()) {
                Files.delete(p);
            }
        }
    }

    private Path linkToDevZero(String name) throws IOException {
        return Files.createSymbolicLink(root.resolve(name), Path.of("/dev/zero"));
    }

    @Test
    void aNamedPipeNamedOnTheCommandLineIsAnErrorAndTheOtherFilesAreChecked() throws Exception {
        Path fifo = fifo("x.py");
        Path good = write(root, "good.py", POOL_AT_IMPORT);

        Cli.Result result = run("check", "--output-format", "concise", fifo, good);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(fifo + ":1:1: not a regular file (a named pipe),"
                + " not read\n");
        assertThat(result.positions()).containsExactly(at(root, "good.py", 2, 1, "GIL201"));
        assertThat(result.out()).contains(fifo + ":1:1: not a regular file (a named pipe)");
    }

    @Test
    void aSymbolicLinkToDevZeroNamedOnTheCommandLineIsAnError() throws Exception {
        Path zero = linkToDevZero("x.py");

        Cli.Result result = run("check", "--output-format", "json", zero);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(zero + ":1:1: not a regular file (a symbolic link to"
                + " a character device), not read\n");
        JsonNode entry = result.json().get(0);
        assertThat(entry.path("code").isNull()).isTrue();
        assertThat(entry.path("message").asText()).startsWith("not a regular file");
    }

    @Test
    void inSarifANamedPipeIsAnErrorNotificationOfAnUnsuccessfulRun() throws Exception {
        Path fifo = fifo("x.py");

        Cli.Result result = run("check", "--output-format", "sarif", fifo);

        assertThat(result.exit()).isEqualTo(2);
        JsonNode invocation = result.json().at("/runs/0/invocations/0");
        assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
        assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText())
                .isEqualTo("not a regular file (a named pipe), not read");
    }

    @Test
    void inAFolderTheyAreSkippedWithANoticeAndTheExitCodeIsTheFindings() throws Exception {
        fifo("pipe.py");
        linkToDevZero("zero.py");
        write(root, "good.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly(
                "gilscan: warning: skipped " + root.resolve("pipe.py")
                        + ": a named pipe, not a regular file",
                "gilscan: warning: skipped " + root.resolve("zero.py")
                        + ": a symbolic link to a character device, not a regular file");
        assertThat(result.positions()).containsExactly(at(root, "good.py", 2, 1, "GIL201"));
        assertThat(result.out()).endsWith("Found 1 finding.\n" + Cli.ONE_UNSAFE_FIX);
    }

    @Test
    void aFolderWithOnlyANamedPipeHasNoPythonFiles() throws Exception {
        fifo("pipe.py");

        Cli.Result result = concise(root);

        assertThat(result.exit()).isZero();
        assertThat(result.err()).contains("skipped " + root.resolve("pipe.py"))
                .contains("no Python files found");
    }
}

package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-file guard, with a failure that really happens: {@code gilscan check} in its own JVM
 * with a 256 MiB heap, the size limit raised to 100 MiB, on a 50 MB line {@code x=1;x=1;...}
 * beside a small file. Tokenizing the big file runs out of memory; that file is reported with
 * its path, the small one's finding is reported, and the exit code is 2.
 */
class FailureGuardProcessTest {
    @TempDir
    Path root;

    /** {@code gilscan ARGS...} in a JVM of its own with a 256 MiB heap. */
    static Cli.Result withSmallHeap(Object... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        for (Object a : args) {
            command.add(a.toString());
        }
        Process process = new ProcessBuilder(command).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        return new Cli.Result(process.waitFor(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** One line of {@code x=1;} repeated to 50 MB. */
    static Path fiftyMegabyteLine(Path file) throws IOException {
        return Files.writeString(file, "x=1;".repeat(50 * 1024 * 1024 / 4) + "\n");
    }

    @Test
    void aFileThatRunsOutOfMemoryIsReportedAndTheOthersAreChecked()
            throws IOException, InterruptedException {
        fiftyMegabyteLine(root.resolve("huge.py"));
        Cli.write(root, "good.py", Cli.POOL_AT_IMPORT);

        // The rule is named: the jar runs the built-in rules, and a new one must not change this.
        Cli.Result result = withSmallHeap("check", "--output-format", "concise",
                "--select", "GIL201", "--max-file-size", "100MiB", root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo(root.resolve("huge.py")
                + ":1:1: internal error: ran out of memory analyzing this file"
                + " (java.lang.OutOfMemoryError: Java heap space)\n");
        assertThat(result.out()).contains(root.resolve("good.py") + ":2:1: GIL201 ")
                .endsWith("Found 1 finding. 1 file could not be read or parsed.\n"
                        + Cli.ONE_UNSAFE_FIX);
    }
}

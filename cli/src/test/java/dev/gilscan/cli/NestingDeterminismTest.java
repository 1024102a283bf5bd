package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 copies of a deeply nested file get one verdict, the one CPython 3.13 gives, on every run:
 * each file is parsed on a thread with the same deep stack, whichever thread picks it up (with
 * the common pool's threads, 2 to 4 copies failed "too many nested", different ones each run).
 */
class NestingDeterminismTest {
    private static final String NESTED = "x = " + "-".repeat(2500) + "1\n";

    @TempDir
    Path root;

    @Test
    void thirtyTwoCopiesOfTwoThousandFiveHundredUnaryMinusesAllGetCPythonsVerdict()
            throws IOException, InterruptedException {
        assertThat(cpython313Accepts(NESTED)).as("CPython 3.13 parses it").isTrue();
        for (int i = 0; i < 32; i++) {
            Cli.write(root, "copy" + i + ".py", NESTED);
        }

        for (int run = 0; run < 2; run++) {
            Cli.Result result = Cli.concise(root);

            assertThat(result.err()).as("run " + run).isEmpty();
            assertThat(result.out()).as("run " + run).isEqualTo("All checks passed!\n");
            assertThat(result.exit()).isZero();
        }
    }

    /** Whether {@code ast.parse} of CPython 3.13 (under /root/.pyenv) accepts the source. */
    private boolean cpython313Accepts(String source) throws IOException, InterruptedException {
        Path python = null;
        Path versions = Path.of("/root/.pyenv/versions");
        if (Files.isDirectory(versions)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions, "3.13*")) {
                for (Path dir : dirs) {
                    python = dir.resolve("bin/python3");
                }
            }
        }
        assertThat(python).as("CPython 3.13 under " + versions).isNotNull();
        Path file = Files.writeString(root.resolve("probe.txt"), source);
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c",
                "import ast, sys; ast.parse(open(sys.argv[1]).read())", file.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        Files.delete(file);
        assertThat(output).as("CPython's output").doesNotContain("Error:").isEmpty();
        return code == 0;
    }
}

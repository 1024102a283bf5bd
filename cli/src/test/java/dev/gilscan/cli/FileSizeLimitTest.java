package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code max-file-size} (10 MiB by default, {@code [tool.gilscan]} or {@code --max-file-size}):
 * a larger file is reported, in every format, and not read; the other files are checked.
 */
class FileSizeLimitTest {
    @TempDir
    Path root;

    @Test
    void aFiftyMegabyteLineIsOverTheDefaultLimitAndTheOtherFilesAreChecked() throws IOException {
        FailureGuardProcessTest.fiftyMegabyteLine(root.resolve("huge.py"));
        write(root, "good.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(root.resolve("huge.py") + ":1:1: file too large:"
                + " 50.0 MiB is more than max-file-size (10 MiB), not checked\n");
        assertThat(result.positions()).containsExactly(at(root, "good.py", 2, 1, "GIL201"));
        assertThat(result.out()).endsWith(
                "Found 1 finding. 1 file could not be read or parsed.\n" + Cli.ONE_UNSAFE_FIX);
    }

    /**
     * A sparse file of 3 GiB: had it been read, Java could not hold it in one array and the
     * message would be another. Its size alone decides.
     */
    @Test
    void theSizeIsTakenFromTheFileSystemNotFromReadingIt() throws IOException {
        Path sparse = root.resolve("sparse.py");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }

        Cli.Result result = run("check", "--output-format", "json", root);

        assertThat(result.exit()).isEqualTo(1);
        JsonNode entry = result.json().get(0);
        assertThat(entry.path("code").isNull()).isTrue();
        assertThat(entry.path("message").asText()).isEqualTo(
                "file too large: 3 GiB is more than max-file-size (10 MiB), not checked");
        assertThat(entry.path("filename").asText()).isEqualTo(sparse.toString());
    }

    @Test
    void theLimitComesFromTheConfigurationAndTheCommandLineOverridesIt() throws IOException {
        write(root, "pyproject.toml", "[tool.gilscan]\nmax-file-size = \"1KiB\"\n");
        Files.writeString(root.resolve("big.py"), POOL_AT_IMPORT + "#".repeat(2000) + "\n");

        Cli.Result configured = concise(root);
        Cli.Result overridden = concise(root, "--max-file-size", "4KiB");
        Cli.Result inBytes = concise(root, "--max-file-size", "1000");

        assertThat(configured.exit()).isEqualTo(1);
        assertThat(configured.err()).contains("big.py:1:1: file too large: 2 KiB is more than"
                + " max-file-size (1 KiB), not checked");
        assertThat(configured.positions()).isEmpty();
        assertThat(overridden.err()).isEmpty();
        assertThat(overridden.positions()).containsExactly(at(root, "big.py", 2, 1, "GIL201"));
        assertThat(inBytes.err()).contains("(1000 bytes), not checked");
    }

    @Test
    void anIntegerInTheConfigurationIsBytes() throws IOException {
        write(root, "pyproject.toml", "[tool.gilscan]\nmax-file-size = 10\n");
        write(root, "app.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.err()).contains("app.py:1:1: file too large: 47 bytes is more than"
                + " max-file-size (10 bytes), not checked");
    }

    @Test
    void aBadSizeIsAConfigurationOrUsageError() throws IOException {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\nmax-file-size = \"big\"\n");
        write(root, "app.py", POOL_AT_IMPORT);

        Cli.Result config = concise(root);
        Cli.Result option = concise(root.resolve("app.py"), "--max-file-size", "10MB");

        assertThat(config.exit()).isEqualTo(2);
        assertThat(config.err()).isEqualTo("gilscan: " + toml + ": `max-file-size` in"
                + " [tool.gilscan]: `big` is not a size: write a number of bytes, or a number"
                + " with KiB, MiB or GiB, such as \"10MiB\"\n");
        assertThat(option.exit()).isEqualTo(2);
        assertThat(option.err()).startsWith("gilscan: Invalid value for option"
                + " '--max-file-size': `10MB` is not a size");
    }
}

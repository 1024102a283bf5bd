package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of {@link Samples}, byte for byte, with the volatile fields masked: the tool's
 * version (also in the full name and the semantic version) and the absolute URI of the
 * source root. Run with {@code -Dgilscan.updateGoldens=true}
 * to rewrite the golden file after a deliberate change, and review its diff.
 */
class GoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/dev/gilscan/sarif/sample.sarif");

    @TempDir
    Path root;

    @Test
    void sampleReport() throws IOException {
        String json = Samples.writeTo(root).report();

        String masked = json
                .replace(new SourceRoot(root).uri(), "file:///SOURCE_ROOT/")
                .replace("\"version\": \"" + Samples.TOOL.version() + "\"",
                        "\"version\": \"VERSION\"")
                .replace("\"semanticVersion\": \"" + Samples.TOOL.version() + "\"",
                        "\"semanticVersion\": \"VERSION\"")
                .replace("\"fullName\": \"gilscan " + Samples.TOOL.version() + "\"",
                        "\"fullName\": \"gilscan VERSION\"");
        if (Boolean.getBoolean("gilscan.updateGoldens")) {
            Files.writeString(GOLDEN, masked);
        }
        assertThat(masked).isEqualTo(Files.readString(GOLDEN));
    }
}

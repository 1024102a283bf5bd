package dev.gilscan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every output format on {@code test-fixtures/cli/project}, compared with
 * {@code test-fixtures/cli/golden/}, with the two rules it was written for (so that a new rule
 * does not change them). The project is copied into a temporary repository (a folder
 * with {@code .git}) and checked by its absolute path; the masked fields are that path (so paths
 * read as from the project's root), the tool's version (also in SARIF's full name and semantic
 * version), and in SARIF the source root's URI and
 * the rule documentation taken from {@code docs/rules/}. Run with
 * {@code -Dgilscan.updateGoldens=true} to rewrite the golden files after a deliberate change, and
 * review their diff.
 */
class GoldenOutputTest {
    @TempDir
    Path root;

    @BeforeEach
    void copyProject() throws IOException {
        Path project = Cli.fixtures().resolve("cli/project");
        Files.walkFileTree(project, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                    throws IOException {
                Files.createDirectories(root.resolve(project.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                    throws IOException {
                Files.copy(file, root.resolve(project.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
        Files.createDirectory(root.resolve(".git"));
    }

    @ParameterizedTest
    @CsvSource({"full, full.txt", "concise, concise.txt", "json, json.json",
        "github, github.txt", "sarif, sarif.sarif", "gitlab, gitlab.json", "junit, junit.xml",
        "json-lines, json-lines.jsonl"})
    void format(String format, String golden) throws IOException {
        Cli.Result result = Cli.run("check", "--output-format", format, "--select",
                "GIL201,GIL202", root);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(root.resolve("broken.py")
                + ":2:12: SyntaxError: '(' was never closed\n");
        String masked = mask(result.out());
        Path file = Cli.fixtures().resolve("cli/golden").resolve(golden);
        if (Boolean.getBoolean("gilscan.updateGoldens")) {
            Files.writeString(file, masked);
        }
        assertThat(masked).isEqualTo(Files.readString(file));
    }

    private String mask(String output) {
        String version = new GilscanCommand.Version().versionNumber();
        String masked = output
                .replace(root.toUri().toString(), "file:///SOURCE_ROOT/")
                .replace(root + "/", "")
                .replace("\"version\": \"" + version + "\"", "\"version\": \"VERSION\"")
                .replace("\"semanticVersion\": \"" + version + "\"",
                        "\"semanticVersion\": \"VERSION\"")
                .replace("\"fullName\": \"gilscan " + version + "\"",
                        "\"fullName\": \"gilscan VERSION\"");
        StringBuilder b = new StringBuilder();
        boolean inDocs = false;
        for (String line : masked.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.equals("\"fullDescription\": {") || trimmed.equals("\"help\": {")) {
                inDocs = true;
            } else if (trimmed.startsWith("}")) {
                inDocs = false;
            } else if (inDocs) {
                line = line.replaceFirst("\": \".*\"(,?)$", "\": \"(docs/rules)\"$1");
            }
            b.append(line).append('\n');
        }
        return b.substring(0, b.length() - 1);
    }
}

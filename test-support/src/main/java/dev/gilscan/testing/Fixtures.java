package dev.gilscan.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the rule fixtures live: {@code test-fixtures/rules/<ID>/}, one fixture per entry. */
public final class Fixtures {
    private Fixtures() {}

    /** The repository's {@code test-fixtures} folder, found from the module's working folder. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("test-fixtures");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("test-fixtures folder not found above " + Path.of("")
                .toAbsolutePath());
    }

    /** The fixtures of a rule: each {@code .py} file and each folder in its fixture folder. */
    public static List<Path> of(String ruleId) throws IOException {
        Path dir = root().resolve("rules").resolve(ruleId);
        if (!Files.isDirectory(dir)) {
            throw new AssertionError("no fixture folder " + dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> fixtures = entries
                    .filter(p -> Files.isDirectory(p) || p.toString().endsWith(".py"))
                    .sorted().toList();
            if (fixtures.isEmpty()) {
                throw new AssertionError("fixture folder " + dir + " is empty");
            }
            return fixtures;
        }
    }
}

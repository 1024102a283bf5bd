package dev.gilscan.rules.threads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.engine.Engine;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.analyzer.rule.TargetVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On free-threaded builds threads do run Python in parallel: GIL101 has nothing to say there. */
class FreeThreadedTargetTest {
    private static final String CPU_ON_THREADS = """
            from concurrent.futures import ThreadPoolExecutor

            def crunch(n):
                return sum(i * i for i in range(n))

            def main(sizes):
                with ThreadPoolExecutor() as pool:
                    return list(pool.map(crunch, sizes))
            """;

    private static List<Finding> check(Path root, String target) throws Exception {
        Files.writeString(root.resolve("app.py"), CPU_ON_THREADS);
        ProjectLoader.Loaded loaded = ProjectLoader.load(root, 14);
        return new Engine(List.of(new CpuBoundWorkInThreadPool()))
                .run(loaded.project(), TargetVersion.parse(target)).findings();
    }

    @Test
    void reportedForARegularBuild(@TempDir Path root) throws Exception {
        assertThat(check(root, "py313")).hasSize(1);
    }

    @Test
    void silentForFreeThreadedBuilds(@TempDir Path root) throws Exception {
        assertThat(check(root, "py313t")).isEmpty();
        assertThat(check(root, "py314t")).isEmpty();
    }
}

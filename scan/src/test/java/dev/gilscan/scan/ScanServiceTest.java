package dev.gilscan.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.analyzer.files.ProjectScope;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.rule.Finding;
import dev.gilscan.rules.RuleRegistry;
import dev.gilscan.settings.Overrides;
import dev.gilscan.settings.ProjectSettings;
import dev.gilscan.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan service: a part's results are the same from the cache as from an analysis, whichever
 * way its files are named; a changed file misses; models handed in are used, not parsed again.
 */
class ScanServiceTest {
    @TempDir
    Path dir;

    private Path project;
    private Settings settings;
    private ResultCache cache;

    @BeforeEach
    void project() throws Exception {
        project = dir.resolve("project");
        Files.createDirectories(project);
        Files.writeString(project.resolve("pyproject.toml"), "[project]\nname = \"p\"\n");
        Files.writeString(project.resolve("helpers.py"), """
                from concurrent.futures import ProcessPoolExecutor

                def pool():
                    return ProcessPoolExecutor()
                """);
        Files.writeString(project.resolve("main.py"), "import helpers\nhelpers.pool()\n");
        settings = Settings.of(ProjectSettings.none(), RuleRegistry.all(), Overrides.none());
        cache = new ResultCache(dir.resolve("cache"), "test");
    }

    private List<ProjectScope.Part> parts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return ProjectScope.of(files.filter(p -> p.toString().endsWith(".py")).sorted()
                    .toList(), settings.excludes(), settings.layout());
        }
    }

    private ScanService.Result scan(Path folder, ResultCache with) throws IOException {
        return ScanService.scan(ScanService.Request.of(settings, parts(folder), Map.of(), with));
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache/test"))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void anEntryWrittenUnderAbsolutePathsServesACheckNamingThemRelatively() throws Exception {
        Path relative = Path.of("").toAbsolutePath().relativize(project);
        ScanService.Result fresh = scan(relative, null);
        assertThat(fresh.findings()).extracting(f -> f.location().path())
                .contains(relative.resolve("main.py"));

        scan(project, cache);
        assertThat(entries()).hasSize(1);
        Files.setLastModifiedTime(entries().get(0), FileTime.fromMillis(0));
        ScanService.Result warm = scan(relative, cache);

        assertThat(Files.getLastModifiedTime(entries().get(0)).toMillis())
                .as("a hit is not written again").isZero();
        assertThat(warm.findings()).isEqualTo(fresh.findings());
        assertThat(ScanService.cachedOnly(ScanService.Request.of(settings, parts(relative),
                Map.of(), cache))).isNotNull();
    }

    @Test
    void aFileChangedWithItsSizeAndTimeKeptMissesTheEntry() throws Exception {
        scan(project, cache);
        Path helpers = project.resolve("helpers.py");
        FileTime time = Files.getLastModifiedTime(helpers);
        Files.writeString(helpers, Files.readString(helpers).replace("pool()", "poo1()"));
        Files.setLastModifiedTime(helpers, time);

        assertThat(ScanService.cachedOnly(ScanService.Request.of(settings, parts(project),
                Map.of(), cache))).isNull();
    }

    @Test
    void aPartWithABufferIsAnalyzedFromTheBufferAndNotCached() throws Exception {
        Path main = project.resolve("main.py");
        ScanService.Result result = ScanService.scan(ScanService.Request.of(settings,
                List.of(new ProjectScope.Part(project, List.of(main),
                        List.of(project.resolve("helpers.py")))),
                Map.of(main, "import helpers\n\ndef later():\n    helpers.pool()\n"), cache));

        assertThat(result.findings()).isEmpty();
        assertThat(result.buffered()).containsOnlyKeys(main);
        assertThat(dir.resolve("cache")).doesNotExist();
    }

    @Test
    void modelsHandedInAreUsedInsteadOfTheFiles() throws Exception {
        Path main = project.resolve("main.py");
        Path helpers = project.resolve("helpers.py");
        ScanService.Result first = scan(project, null);
        assertThat(first.findings()).extracting(f -> f.rule().id()).contains("GIL201");
        // The model of helpers.py as it was; the file no longer starts a pool.
        SemanticModel before = ScanService.scan(ScanService.Request.of(settings,
                List.of(new ProjectScope.Part(project, List.of(helpers), List.of())),
                Map.of(helpers, Files.readString(helpers)), null)).buffered().get(helpers);
        Files.writeString(helpers, "def pool():\n    return None\n");
        ScanService.Request reusing = new ScanService.Request(settings, settings.rules(),
                List.of(new ProjectScope.Part(project, List.of(main), List.of(helpers))),
                Map.of(), files -> Map.of(helpers, Optional.of(before)), null);

        List<Finding> findings = ScanService.scan(reusing).findings();

        assertThat(findings).extracting(f -> f.location().path()).containsExactly(main);
        assertThat(scan(project, null).findings()).isEmpty();
    }
}

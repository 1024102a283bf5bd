package dev.gilscan.analyzer.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gilscan.analyzer.model.ModuleName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageLayoutTest {

    private static Path write(Path root, String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        return file;
    }

    private static String name(Path file) {
        return new PackageLayout().moduleName(file).name();
    }

    @Test
    void srcLayoutsPackagesAndNamespacePackagesBelowTheProjectRoot(@TempDir Path tmp)
            throws Exception {
        Path root = tmp.resolve("project");
        write(root, "pyproject.toml");
        write(root, "src/pkg/__init__.py");
        Path init = write(root, "src/pkg/sub/__init__.py");
        Path mod = write(root, "src/pkg/sub/mod.py");
        Path tool = write(root, "ns/inner/tool.py");
        Path script = write(root, "script.py");
        assertThat(new PackageLayout().moduleName(mod))
                .isEqualTo(new ModuleName("pkg.sub.mod", false));
        assertThat(new PackageLayout().moduleName(init))
                .isEqualTo(new ModuleName("pkg.sub", true));
        assertThat(name(tool)).isEqualTo("ns.inner.tool");
        assertThat(name(script)).isEqualTo("script");
    }

    @Test
    void theNameDoesNotDependOnTheFolderAFileIsReachedFrom(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("outer/mid/project");
        write(root, "setup.cfg");
        write(root, "thumbs/__init__.py");
        Path pool = write(root, "thumbs/pool.py");
        Path relative = Path.of("").toAbsolutePath().relativize(pool);
        assertThat(name(pool)).isEqualTo("thumbs.pool");
        assertThat(name(relative)).isEqualTo("thumbs.pool");
        assertThat(name(tmp.resolve("outer/mid/../mid/project/thumbs/pool.py")))
                .isEqualTo("thumbs.pool");
    }

    @Test
    void aFolderThatIsNotAnIdentifierEndsTheNameAtItsPackages(@TempDir Path tmp)
            throws Exception {
        Path root = tmp.resolve("repo");
        Files.createDirectories(root.resolve(".git"));
        write(root, "test-data/case/app/__init__.py");
        Path mod = write(root, "test-data/case/app/mod.py");
        Path main = write(root, "test-data/case/main.py");
        assertThat(name(mod)).isEqualTo("app.mod");
        assertThat(name(main)).isEqualTo("main");
    }

    @Test
    void withoutAProjectTheNameClimbsThroughPackagesOnly(@TempDir Path tmp) throws Exception {
        PackageLayout layout = new PackageLayout();
        assertThat(layout.projectRoot(tmp)).as("no project marker above the temporary folder")
                .isNull();
        write(tmp, "a/pkg/__init__.py");
        Path mod = write(tmp, "a/pkg/mod.py");
        Path loose = write(tmp, "a/b/loose.py");
        assertThat(name(mod)).isEqualTo("pkg.mod");
        assertThat(name(loose)).isEqualTo("loose");
        assertThat(layout.importRoot(mod)).isEqualTo(tmp.resolve("a"));
        assertThat(layout.importRoot(loose)).isEqualTo(tmp.resolve("a/b"));
    }

    @Test
    void declaredSourceRootsAreWhereModulesStart(@TempDir Path tmp) throws Exception {
        Path root = tmp.resolve("project");
        write(root, "pyproject.toml");
        Path mod = write(root, "lib/python/pkg/m.py");
        assertThat(name(mod)).isEqualTo("lib.python.pkg.m");
        assertThat(new PackageLayout(List.of(root.resolve("lib/python"))).moduleName(mod).name())
                .isEqualTo("pkg.m");
    }

    @Test
    void theNearestMarkerIsTheProjectRoot(@TempDir Path tmp) throws Exception {
        Path repo = tmp.resolve("repo");
        Files.createDirectories(repo.resolve(".git"));
        write(repo, "services/api/pyproject.toml");
        Path handler = write(repo, "services/api/api/handler.py");
        Path tool = write(repo, "tools/release.py");
        PackageLayout layout = new PackageLayout();
        assertThat(layout.projectRoot(handler)).isEqualTo(repo.resolve("services/api"));
        assertThat(layout.importRoot(handler)).isEqualTo(repo.resolve("services/api"));
        assertThat(layout.projectRoot(tool)).isEqualTo(repo);
        assertThat(layout.moduleName(handler).name()).isEqualTo("api.handler");
        assertThat(layout.moduleName(tool).name()).isEqualTo("tools.release");
    }
}

package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a check covers: {@code .gitignore}, virtualenvs, {@code site-packages}, paths. */
class FileDiscoveryTest {
    @TempDir
    Path root;

    @Test
    void onlyPythonFilesAreChecked() {
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "notes.txt", POOL_AT_IMPORT);
        write(root, "script", POOL_AT_IMPORT);
        write(root, "stub.pyi", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(at(root, "app.py", 2, 1, "GIL201"));
    }

    @Test
    void gitignoreIsHonouredWithNegation() {
        write(root, ".gitignore", "# generated code\ngen/*\n!gen/keep.py\n*_pb2.py\n");
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "gen/api.py", POOL_AT_IMPORT);
        write(root, "gen/keep.py", POOL_AT_IMPORT);
        write(root, "proto/msg_pb2.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(
                at(root, "app.py", 2, 1, "GIL201"),
                at(root, "gen/keep.py", 2, 1, "GIL201"));
    }

    @Test
    void aNestedGitignoreAppliesBelowItsFolderAndCanReinclude() {
        write(root, ".gitignore", "scratch_*.py\n");
        write(root, "pkg/.gitignore", "local.py\n!scratch_keep.py\n");
        write(root, "local.py", POOL_AT_IMPORT);
        write(root, "scratch_a.py", POOL_AT_IMPORT);
        write(root, "pkg/local.py", POOL_AT_IMPORT);
        write(root, "pkg/sub/local.py", POOL_AT_IMPORT);
        write(root, "pkg/scratch_b.py", POOL_AT_IMPORT);
        write(root, "pkg/scratch_keep.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(
                at(root, "local.py", 2, 1, "GIL201"),
                at(root, "pkg/scratch_keep.py", 2, 1, "GIL201"));
    }

    @Test
    void theGitignoreOfTheRepositoryAppliesWhenCheckingASubfolder() throws IOException {
        Files.createDirectory(root.resolve(".git"));
        write(root, ".gitignore", "src/gen/\n");
        write(root, "src/app.py", POOL_AT_IMPORT);
        write(root, "src/gen/api.py", POOL_AT_IMPORT);

        assertThat(concise(root.resolve("src")).positions())
                .containsExactly(at(root, "src/app.py", 2, 1, "GIL201"));
    }

    @Test
    void virtualenvsAndSitePackagesAreSkipped() {
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "env/pyvenv.cfg", "home = /usr/bin\n");
        write(root, "env/lib/python3.12/site-packages/dep/mod.py", POOL_AT_IMPORT);
        write(root, "env/bin/tool.py", POOL_AT_IMPORT);
        write(root, "vendor/site-packages/dep.py", POOL_AT_IMPORT);
        write(root, ".venv/lib/x.py", POOL_AT_IMPORT);
        write(root, ".git/hooks/hook.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(at(root, "app.py", 2, 1, "GIL201"));
    }

    @Test
    void aFileNamedOnTheCommandLineIsCheckedWhateverItsNameOrIgnoreRules() {
        write(root, ".gitignore", "*.py\n");
        Path script = write(root, "tool", POOL_AT_IMPORT);
        Path ignored = write(root, "ignored.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).isEmpty();
        assertThat(run("check", "--output-format", "concise", script, ignored).positions())
                .containsExactly(at(root, "ignored.py", 2, 1, "GIL201"),
                        at(root, "tool", 2, 1, "GIL201"));
    }

    @Test
    void severalPathsAreCheckedTogetherAndEachFileOnce() {
        write(root, "a/one.py", POOL_AT_IMPORT);
        write(root, "b/two.py", POOL_AT_IMPORT);
        write(root, "c/three.py", POOL_AT_IMPORT);

        Cli.Result result = run("check", "--output-format", "concise", root.resolve("a"),
                root.resolve("b"), root.resolve("a/one.py"), root.resolve("a/../a"));

        assertThat(result.positions()).containsExactly(
                at(root, "a/one.py", 2, 1, "GIL201"),
                at(root, "b/two.py", 2, 1, "GIL201"));
    }
}

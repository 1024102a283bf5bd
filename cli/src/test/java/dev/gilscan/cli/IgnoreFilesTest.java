package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ignore files beside {@code .gitignore} that Ruff honours: {@code .ignore} and
 * {@code .git/info/exclude}, read without git. (Git's global excludes file depends on the
 * environment: {@code IgnoreFilesGlobalTest} in the analyzer covers it.)
 */
class IgnoreFilesTest {
    @TempDir
    Path root;

    @Test
    void dotIgnoreIsHonouredAndOverridesGitignore() {
        write(root, ".gitignore", "gen/\nlocal_*.py\n");
        write(root, ".ignore", "scratch.py\n!local_keep.py\n");
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "scratch.py", POOL_AT_IMPORT);
        write(root, "local_a.py", POOL_AT_IMPORT);
        write(root, "local_keep.py", POOL_AT_IMPORT);
        write(root, "gen/g.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(
                at(root, "app.py", 2, 1, "GIL201"),
                at(root, "local_keep.py", 2, 1, "GIL201"));
    }

    @Test
    void aNestedDotIgnoreAppliesBelowItsFolder() {
        write(root, "pkg/.ignore", "*_draft.py\n");
        write(root, "a_draft.py", POOL_AT_IMPORT);
        write(root, "pkg/b_draft.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions())
                .containsExactly(at(root, "a_draft.py", 2, 1, "GIL201"));
    }

    @Test
    void gitInfoExcludeIsHonouredAtTheRepositorysRoot() throws IOException {
        Files.createDirectories(root.resolve(".git/info"));
        write(root, ".git/info/exclude", "# local\n/notes/\n");
        write(root, "app.py", POOL_AT_IMPORT);
        write(root, "notes/n.py", POOL_AT_IMPORT);
        write(root, "src/notes/kept.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(
                at(root, "app.py", 2, 1, "GIL201"),
                at(root, "src/notes/kept.py", 2, 1, "GIL201"));
        assertThat(concise(root.resolve("src")).positions()).as("checked from a subfolder")
                .containsExactly(at(root, "src/notes/kept.py", 2, 1, "GIL201"));
    }

    @Test
    void aWorktreeReadsTheExcludeOfTheRepositoryItPointsTo() throws IOException {
        Path main = root.resolve("main");
        write(main, ".git/info/exclude", "tmp_*.py\n");
        write(main, ".git/worktrees/wt/commondir", "../..\n");
        Path worktree = root.resolve("wt");
        write(worktree, ".git", "gitdir: " + main.resolve(".git/worktrees/wt") + "\n");
        write(worktree, "app.py", POOL_AT_IMPORT);
        write(worktree, "tmp_x.py", POOL_AT_IMPORT);

        assertThat(concise(worktree).positions())
                .containsExactly(at(worktree, "app.py", 2, 1, "GIL201"));
    }

    @Test
    void infoExcludeOutsideARepositoryIsNotRead() {
        write(root, "info/exclude", "*.py\n");
        write(root, "app.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(at(root, "app.py", 2, 1, "GIL201"));
    }
}

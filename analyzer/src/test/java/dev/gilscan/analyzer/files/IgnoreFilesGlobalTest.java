package dev.gilscan.analyzer.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git's global excludes file: {@code core.excludesFile} from the git configuration files, or
 * {@code $XDG_CONFIG_HOME/git/ignore}; with the environment replaced, so that the user's own
 * configuration plays no part.
 */
class IgnoreFilesGlobalTest {
    @TempDir
    Path home;

    private Path repo;

    private void environment(Map<String, String> variables) throws IOException {
        IgnoreFiles.environment = variables::get;
        repo = Files.createDirectories(home.resolve("work/repo"));
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("app.py"), "x = 1\n");
        Files.writeString(repo.resolve("secret_local.py"), "x = 1\n");
        Files.createDirectories(repo.resolve("pkg"));
        Files.writeString(repo.resolve("pkg/secret_more.py"), "x = 1\n");
    }

    @AfterEach
    void restore() {
        IgnoreFiles.environment = System::getenv;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private java.util.List<String> files() throws IOException {
        return ProjectLoader.pythonFiles(repo).stream()
                .map(p -> repo.relativize(p).toString()).toList();
    }

    @Test
    void theDefaultIsXdgConfigHomeGitIgnore() throws IOException {
        environment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME",
                home.resolve("xdg").toString()));
        write(home.resolve("xdg/git/ignore"), "secret_*.py\n");

        assertThat(files()).containsExactly("app.py");
    }

    @Test
    void withoutXdgConfigHomeItIsUnderHomeConfig() throws IOException {
        environment(Map.of("HOME", home.toString()));
        write(home.resolve(".config/git/ignore"), "secret_*.py\n");

        assertThat(files()).containsExactly("app.py");
    }

    @Test
    void coreExcludesFileInGitconfigWinsWithTildeAndQuotes() throws IOException {
        environment(Map.of("HOME", home.toString()));
        write(home.resolve(".config/git/ignore"), "app.py\n");
        write(home.resolve(".gitconfig"), """
                [user]
                    name = someone
                [Core]
                    # the global excludes
                    excludesFile = "~/my ignores"  ; trailing comment
                """);
        write(home.resolve("my ignores"), "secret_*.py\n");

        assertThat(files()).containsExactly("app.py");
    }

    @Test
    void theRepositorysConfigOverridesTheUsers() throws IOException {
        environment(Map.of("HOME", home.toString()));
        write(home.resolve(".gitconfig"), "[core]\n\texcludesfile = " + home.resolve("none")
                + "\n");
        write(repo.resolve(".git/config"), "[core]\n\texcludesfile = " + home.resolve("repo-ex")
                + "\n");
        write(home.resolve("repo-ex"), "pkg/\n");

        assertThat(files()).containsExactly("app.py", "secret_local.py");
    }

    @Test
    void aRepositorysGitignoreOverridesTheGlobalFile() throws IOException {
        environment(Map.of("HOME", home.toString()));
        write(home.resolve(".config/git/ignore"), "secret_*.py\n");
        write(repo.resolve(".gitignore"), "!secret_local.py\n");

        assertThat(files()).containsExactly("app.py", "secret_local.py");
    }

    @Test
    void theGlobalFileAppliesOnlyInsideARepository() throws IOException {
        environment(Map.of("HOME", home.toString()));
        write(home.resolve(".config/git/ignore"), "secret_*.py\n");
        Files.delete(repo.resolve(".git"));

        assertThat(files()).containsExactly("app.py", "pkg/secret_more.py", "secret_local.py");
    }

    @Test
    void theLanguageServersPerFileAnswerAgrees() throws IOException {
        environment(Map.of("HOME", home.toString()));
        write(home.resolve(".config/git/ignore"), "secret_*.py\n");
        GitIgnore none = GitIgnore.of(repo, java.util.List.of());

        assertThat(ProjectLoader.skips(repo, repo.resolve("pkg/secret_more.py"), none)).isTrue();
        assertThat(ProjectLoader.skips(repo.resolve("pkg"), repo.resolve("pkg/secret_more.py"),
                none)).isTrue();
        assertThat(ProjectLoader.skips(repo, repo.resolve("app.py"), none)).isFalse();
    }
}

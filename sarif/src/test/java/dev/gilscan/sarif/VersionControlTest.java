package dev.gilscan.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code versionControlProvenance}, read from the files of git repositories written by hand and
 * of one made by git.
 */
class VersionControlTest {
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
    private static final String OTHER = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path root;

    @Test
    void aBranchInARepositoryWithAnOriginRemote() throws IOException {
        Path git = repository("ref: refs/heads/main", """
                [core]
                \tbare = false
                [remote "upstream"]
                \turl = https://github.com/other/fork.git
                [remote "origin"]
                \turl = git@github.com:gilscan/gilscan.git
                \tfetch = +refs/heads/*:refs/remotes/origin/*
                """);
        Samples.write(git.resolve("refs/heads/main"), COMMIT + "\n");

        VersionControl vcs = VersionControl.of(root.resolve("src"));

        assertThat(vcs).isEqualTo(new VersionControl(root.toAbsolutePath().normalize(),
                "https://github.com/gilscan/gilscan", COMMIT, "main"));
    }

    @Test
    void aPackedRefAndADetachedHead() throws IOException {
        Path git = repository("ref: refs/heads/feature/x", remote("https://github.com/o/r"));
        Samples.write(git.resolve("packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + OTHER + " refs/heads/main\n" + COMMIT + " refs/heads/feature/x\n");

        assertThat(VersionControl.of(root).revisionId()).isEqualTo(COMMIT);
        assertThat(VersionControl.of(root).branch()).isEqualTo("feature/x");

        Samples.write(git.resolve("HEAD"), OTHER + "\n");
        assertThat(VersionControl.of(root).revisionId()).isEqualTo(OTHER);
        assertThat(VersionControl.of(root).branch()).isNull();
    }

    @Test
    void aLinkedWorkTreeReadsItsHeadAndTheCommonConfig() throws IOException {
        Path main = root.resolve("main/.git");
        Samples.write(main.resolve("config"), remote("ssh://git@example.com:2222/team/app.git"));
        Path linked = main.resolve("worktrees/wt");
        Samples.write(linked.resolve("HEAD"), "ref: refs/heads/wt\n");
        Samples.write(linked.resolve("commondir"), "../..\n");
        Samples.write(main.resolve("refs/heads/wt"), COMMIT + "\n");
        Samples.write(root.resolve("wt/.git"), "gitdir: " + linked + "\n");

        VersionControl vcs = VersionControl.of(root.resolve("wt"));

        assertThat(vcs.repositoryUri()).isEqualTo("https://example.com/team/app");
        assertThat(vcs.revisionId()).isEqualTo(COMMIT);
        assertThat(vcs.root()).isEqualTo(root.resolve("wt").toAbsolutePath().normalize());
    }

    @Test
    void credentialsInTheRemoteAreNeverWritten() {
        assertThat(VersionControl.webAddress("https://user:secret@github.com/o/r.git"))
                .isEqualTo("https://github.com/o/r");
        assertThat(VersionControl.webAddress("http://token@host.example/o/r/"))
                .isEqualTo("http://host.example/o/r");
    }

    @Test
    void noProvenanceWithoutARepositoryARemoteOrACommit() throws IOException {
        assertThat(VersionControl.of(root)).as("no .git above a temporary folder").isNull();

        Path git = repository("ref: refs/heads/main", "[core]\n\tbare = false\n");
        Samples.write(git.resolve("refs/heads/main"), COMMIT + "\n");
        assertThat(VersionControl.of(root)).as("no remote").isNull();

        Samples.write(git.resolve("config"), remote("/srv/git/app.git"));
        assertThat(VersionControl.of(root)).as("a remote that is a local folder").isNull();

        Samples.write(git.resolve("config"), remote("https://github.com/o/r"));
        Files.delete(git.resolve("refs/heads/main"));
        assertThat(VersionControl.of(root)).as("an unborn branch").isNull();

        Files.createDirectories(root.resolve("empty/.git"));
        assertThat(VersionControl.of(root.resolve("empty"))).as("an empty .git").isNull();
    }

    @Test
    void theReportMapsTheRepositoryToTheSourceRoot() throws IOException {
        Path git = repository("ref: refs/heads/main", remote("https://github.com/o/r.git"));
        Samples.write(git.resolve("refs/heads/main"), COMMIT + "\n");
        Samples samples = Samples.writeTo(root);

        String json = SarifReport.builder(Samples.TOOL, root)
                .rules(Samples.RULES, id -> null)
                .findings(samples.findings())
                .versionControl(VersionControl.of(root))
                .toJson();

        JsonNode provenance = SarifJson.MAPPER.readTree(json)
                .at("/runs/0/versionControlProvenance");
        assertThat(provenance).hasSize(1);
        assertThat(provenance.at("/0/repositoryUri").asText()).isEqualTo("https://github.com/o/r");
        assertThat(provenance.at("/0/revisionId").asText()).isEqualTo(COMMIT);
        assertThat(provenance.at("/0/branch").asText()).isEqualTo("main");
        assertThat(provenance.at("/0/mappedTo/uriBaseId").asText()).isEqualTo("%SRCROOT%");
    }

    @Test
    void aRepositoryMadeByGitReadsAsGitSaysBeforeAndAfterItsRefsArePacked() throws Exception {
        Path repo = root.resolve("repo");
        Files.createDirectories(repo);
        git(repo, "init", "-q", "-b", "trunk");
        Samples.write(repo.resolve("a.py"), "x = 1\n");
        git(repo, "add", "a.py");
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "a");
        git(repo, "remote", "add", "origin", "https://github.com/gilscan/example.git");
        String head = git(repo, "rev-parse", "HEAD");

        VersionControl loose = VersionControl.of(repo);
        git(repo, "pack-refs", "--all");
        VersionControl packed = VersionControl.of(repo);

        VersionControl expected = new VersionControl(repo.toAbsolutePath().normalize(),
                "https://github.com/gilscan/example", head, "trunk");
        assertThat(loose).isEqualTo(expected);
        assertThat(packed).isEqualTo(expected);
        assertThat(Files.exists(repo.resolve(".git/refs/heads/trunk"))).as("packed").isFalse();
    }

    /** Runs git (which CI has: it clones the repository) and returns its output, trimmed. */
    private static String git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as("git " + String.join(" ", args) + ": " + output)
                .isZero();
        return output;
    }

    private Path repository(String head, String config) {
        Path git = root.resolve(".git");
        Samples.write(git.resolve("HEAD"), head + "\n");
        Samples.write(git.resolve("config"), config);
        return git;
    }

    private static String remote(String url) {
        return "[remote \"origin\"]\n\turl = " + url + "\n";
    }
}

package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.run;
import static dev.gilscan.cli.Cli.runWithInput;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gilscan check --fix}, {@code --unsafe-fixes}, {@code --diff} and {@code --add-noqa}. */
class FixCommandTest {
    /** GIL303 at 5:5, with its safe fix. */
    private static final String ACQUIRE = """
            import threading
            lock = threading.Lock()

            def run(job):
                lock.acquire()
                job()
                lock.release()
            """;

    private static final String WITH_LOCK = """
            import threading
            lock = threading.Lock()

            def run(job):
                with lock:
                    job()
            """;

    /** GIL201 at 2:1, with its unsafe fix. */
    private static final String POOL = Cli.POOL_AT_IMPORT;

    private static final String GUARDED = """
            import multiprocessing
            if __name__ == "__main__":
                multiprocessing.Pool(2)
            """;

    @TempDir
    Path root;

    @Test
    void fixWritesTheSafeFixesAndReportsWhatRemains() throws IOException {
        Path safe = write(root, "a.py", ACQUIRE);
        Path unsafe = write(root, "b.py", POOL);

        Cli.Result result = concise(root, "--fix");

        assertThat(Files.readString(safe)).isEqualTo(WITH_LOCK);
        assertThat(Files.readString(unsafe)).isEqualTo(POOL);
        assertThat(result.positions()).containsExactly(unsafe + ":2:1: GIL201");
        assertThat(result.out()).endsWith("Found 2 findings (1 fixed, 1 remaining).\n"
                + Cli.ONE_UNSAFE_FIX);
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void unsafeFixesWithFixAppliesTheUnsafeFixesToo() throws IOException {
        Path safe = write(root, "a.py", ACQUIRE);
        Path unsafe = write(root, "b.py", POOL);

        Cli.Result result = concise(root, "--fix", "--unsafe-fixes");

        assertThat(Files.readString(safe)).isEqualTo(WITH_LOCK);
        assertThat(Files.readString(unsafe)).isEqualTo(GUARDED);
        assertThat(result.out()).isEqualTo("Found 2 findings (2 fixed, 0 remaining).\n");
        assertThat(result.exit()).isZero();
    }

    @Test
    void fixTrueInTheConfigurationFixesAsFixDoesAndNoFixOverridesIt() throws IOException {
        write(root, "pyproject.toml", "[tool.gilscan]\nfix = true\n");
        Path safe = write(root, "a.py", ACQUIRE);
        Path unsafe = write(root, "b.py", POOL);

        Cli.Result notFixed = concise(root, "--no-fix");
        String afterNoFix = Files.readString(safe);
        Cli.Result fixed = concise(root);

        assertThat(afterNoFix).isEqualTo(ACQUIRE);
        assertThat(notFixed.out()).endsWith("Found 2 findings.\n[*] 1 fixable with --fix (1 more"
                + " with --unsafe-fixes).\n");
        assertThat(Files.readString(safe)).isEqualTo(WITH_LOCK);
        assertThat(Files.readString(unsafe)).isEqualTo(POOL);
        assertThat(fixed.out()).endsWith("Found 2 findings (1 fixed, 1 remaining).\n"
                + Cli.ONE_UNSAFE_FIX);
    }

    @Test
    void unsafeFixesTrueInTheConfigurationAppliesThemAndNoUnsafeFixesOverridesIt()
            throws IOException {
        write(root, "pyproject.toml", "[tool.gilscan]\nfix = true\nunsafe-fixes = true\n");
        Path unsafe = write(root, "b.py", POOL);

        Cli.Result safeOnly = concise(root, "--no-unsafe-fixes");
        String afterSafeOnly = Files.readString(unsafe);
        Cli.Result all = concise(root);

        // --no-unsafe-fixes, as Ruff's: not applied, and not counted in the summary either.
        assertThat(afterSafeOnly).isEqualTo(POOL);
        assertThat(safeOnly.out()).endsWith("run it again.\nFound 1 finding.\n");
        assertThat(Files.readString(unsafe)).isEqualTo(GUARDED);
        assertThat(all.out()).isEqualTo("Found 1 finding (1 fixed, 0 remaining).\n");
    }

    @Test
    void withFixInTheConfigurationDiffAndAddNoqaStillChangeWhatTheySay() throws IOException {
        write(root, "pyproject.toml", "[tool.gilscan]\nfix = true\n");
        Path safe = write(root, "a.py", ACQUIRE);

        Cli.Result diff = run("check", "--diff", root);
        String afterDiff = Files.readString(safe);
        Cli.Result noqa = run("check", "--add-noqa", root);

        assertThat(diff.exit()).isEqualTo(1);
        assertThat(diff.out()).contains("+    with lock:");
        assertThat(afterDiff).isEqualTo(ACQUIRE);
        assertThat(noqa.exit()).isZero();
        assertThat(Files.readString(safe)).contains("lock.acquire()  # noqa: GIL303");
    }

    @Test
    void withoutFixNothingIsWrittenAndTheFixableFindingsAreMarked() throws IOException {
        Path safe = write(root, "a.py", ACQUIRE);
        Path unsafe = write(root, "b.py", POOL);

        Cli.Result plain = concise(root);
        Cli.Result unsafeShown = concise(root, "--unsafe-fixes");
        Cli.Result full = run("check", root);
        for (String format : new String[] {"json", "json-lines", "sarif", "github", "gitlab",
            "junit"}) {
            run("check", "--output-format", format, "--unsafe-fixes", root);
        }

        assertThat(plain.out()).contains(safe + ":5:5: GIL303 [*] `lock.acquire()`",
                unsafe + ":2:1: GIL201 `multiprocessing.Pool(2)`")
                .endsWith("Found 2 findings.\n[*] 1 fixable with --fix (1 more with "
                        + "--unsafe-fixes).\n");
        assertThat(unsafeShown.out()).contains(unsafe + ":2:1: GIL201 [*] `multiprocessing")
                .endsWith("Found 2 findings.\n[*] 2 fixable with --fix.\n");
        assertThat(full.out()).contains(":5:5: GIL303 [*] [lock-acquire-without-release-on-error]"
                + " `lock.acquire()`");
        assertThat(Files.readString(safe)).isEqualTo(ACQUIRE);
        assertThat(Files.readString(unsafe)).isEqualTo(POOL);
    }

    @Test
    void jsonGivesEachFindingItsFixOrNull() {
        write(root, "a.py", ACQUIRE);
        write(root, "b.py", Cli.LAMBDA_TO_POOL);

        Cli.Result result = run("check", "--output-format", "json", root);

        assertThat(result.json().get(0).get("fix").get("applicability").asText())
                .isEqualTo("safe");
        assertThat(result.json().get(0).get("fix").get("message").asText())
                .isEqualTo("Use `with lock:`");
        assertThat(result.json().get(0).at("/fix/edits/0/location/row").asInt()).isEqualTo(5);
        assertThat(result.json().get(0).at("/fix/edits/0/end_location/row").asInt())
                .isEqualTo(7);
        assertThat(result.json().get(1).get("fix").isNull()).isTrue();
    }

    @Test
    void sarifResultsCarryTheirFixesAsArtifactChanges() {
        write(root, "a.py", ACQUIRE);

        Cli.Result result = run("check", "--output-format", "sarif", root);

        var fix = result.json().at("/runs/0/results/0/fixes/0");
        assertThat(fix.at("/description/text").asText()).isEqualTo("Use `with lock:`");
        assertThat(fix.at("/properties/applicability").asText()).isEqualTo("safe");
        var replacement = fix.at("/artifactChanges/0/replacements/0");
        assertThat(replacement.at("/deletedRegion/startLine").asInt()).isEqualTo(5);
        assertThat(replacement.at("/deletedRegion/endLine").asInt()).isEqualTo(7);
        assertThat(replacement.at("/insertedContent/text").asText())
                .isEqualTo("    with lock:\n        job()");
    }

    @Test
    void diffPrintsAUnifiedDiffChangesNothingAndExitsOne() throws IOException {
        Path safe = write(root, "a.py", ACQUIRE);
        write(root, "b.py", POOL);

        Cli.Result result = run("check", "--diff", root);

        assertThat(result.out()).isEqualTo("""
                --- %s
                +++ %s
                @@ -2,6 +2,5 @@
                 lock = threading.Lock()
                \s
                 def run(job):
                -    lock.acquire()
                -    job()
                -    lock.release()
                +    with lock:
                +        job()
                """.formatted(safe, safe));
        assertThat(result.err()).isEqualTo("Would fix 1 finding.\n");
        assertThat(result.exit()).isEqualTo(1);
        assertThat(Files.readString(safe)).isEqualTo(ACQUIRE);
    }

    @Test
    void diffOfCodeWithNothingToFixIsEmptyAndExitsZero() {
        write(root, "b.py", POOL);

        Cli.Result result = run("check", "--diff", root);

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("No findings would be fixed.\n");
        assertThat(result.exit()).isZero();
    }

    @Test
    void theDiffPatchesTheFilesAsFixDoes(@TempDir Path copy) throws Exception {
        Path crlf = write(root, "crlf.py", ACQUIRE.replace("\n", "\r\n").stripTrailing());
        write(root, "sub/b.py", POOL);
        write(root, "a.py", ACQUIRE + "\n\nprint('done')\n");
        Cli.copy(root, copy);

        Cli.Result diff = run("check", "--diff", "--unsafe-fixes", root);
        Files.writeString(copy.resolve("fixes.patch"), diff.out().replace(
                root.toString() + "/", ""));
        Process apply = new ProcessBuilder("git", "apply", "--unsafe-paths", "fixes.patch")
                .directory(copy.toFile()).redirectErrorStream(true).start();
        String applyOutput = new String(apply.getInputStream().readAllBytes());
        assertThat(apply.waitFor(60, TimeUnit.SECONDS)).isTrue();
        run("check", "--fix", "--unsafe-fixes", root);

        assertThat(apply.exitValue()).as(applyOutput).isZero();
        for (String file : new String[] {"crlf.py", "sub/b.py", "a.py"}) {
            assertThat(Files.readString(copy.resolve(file)))
                    .isEqualTo(Files.readString(root.resolve(file)));
        }
        assertThat(Files.readString(crlf)).isEqualTo(WITH_LOCK.replace("\n", "\r\n")
                .stripTrailing());
    }

    @Test
    void overlappingFixesAreAppliedInPasses() throws IOException {
        Path nested = write(root, "a.py", """
                import threading
                accounts = threading.Lock()
                audit = threading.Lock()

                def transfer(log, amount):
                    accounts.acquire()
                    audit.acquire()
                    log.append(amount)
                    audit.release()
                    accounts.release()
                """);

        Cli.Result result = concise(root, "--fix");

        assertThat(Files.readString(nested)).isEqualTo("""
                import threading
                accounts = threading.Lock()
                audit = threading.Lock()

                def transfer(log, amount):
                    with accounts:
                        with audit:
                            log.append(amount)
                """);
        assertThat(result.out()).isEqualTo("Found 2 findings (2 fixed, 0 remaining).\n");
    }

    @Test
    void aFixWhoseResultDoesNotParseIsDroppedWithANotice() throws IOException {
        Path file = write(root, "x.py", "fine()\nbroken()\n");

        Cli.Result result = Cli.runWith(Cli.rulesAnd(new BrokenFixRule()), "", "check",
                "--output-format", "concise", "--select", "TST902", "--fix", root);

        assertThat(Files.readString(file)).isEqualTo("ok()\nbroken()\n");
        assertThat(result.err()).isEqualTo("gilscan: warning: " + file
                + ": the fix of TST902 on line 2 would not parse; not applied\n");
        assertThat(result.out()).startsWith(file + ":2:1: TST902 `broken()` is called\n")
                .contains("Found 2 findings (1 fixed, 1 remaining).\n");
        assertThat(result.exit()).isEqualTo(1);
    }

    @Test
    void fixOnStandardInputPrintsTheFixedSourceAndReportsOnStandardError() {
        Path name = root.resolve("app.py");

        Cli.Result result = runWithInput(ACQUIRE, "check", "--output-format", "concise",
                "--fix", "-", "--stdin-filename", name);

        assertThat(result.out()).isEqualTo(WITH_LOCK);
        assertThat(result.err()).isEqualTo("Found 1 finding (1 fixed, 0 remaining).\n");
        assertThat(Files.exists(name)).isFalse();
        assertThat(result.exit()).isZero();
    }

    @Test
    void aFileThatIsNotUtf8IsNotFixed() throws IOException {
        Path file = root.resolve("latin.py");
        byte[] bytes = ("# -*- coding: latin-1 -*-\n" + ACQUIRE.replace("job()", "job('\u00e9')"))
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(file, bytes);

        Cli.Result result = concise(root, "--fix");

        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(result.err()).contains("gilscan: warning: " + file + ": not fixed: ");
        assertThat(result.positions()).containsExactly(file + ":6:5: GIL303");
        assertThat(result.out()).endsWith("\nFound 1 finding.\n");
    }

    @Test
    void addNoqaSuppressesEachFindingKeepingTheComments() throws IOException {
        Path a = write(root, "a.py", """
                import multiprocessing
                multiprocessing.Pool(2)  # workers
                multiprocessing.Pool(3)  # noqa: GIL101 (kept)
                multiprocessing.Pool(4)
                """);
        Path b = write(root, "b.py", "print('clean')\n");

        Cli.Result result = concise(root, "--add-noqa");
        Cli.Result after = concise(root);

        assertThat(Files.readString(a)).isEqualTo("""
                import multiprocessing
                multiprocessing.Pool(2)  # workers  # noqa: GIL201
                multiprocessing.Pool(3)  # noqa: GIL101, GIL201 (kept)
                multiprocessing.Pool(4)  # noqa: GIL201
                """);
        assertThat(Files.readString(b)).isEqualTo("print('clean')\n");
        assertThat(result.err()).isEqualTo("Added 3 noqa directives.\n");
        assertThat(result.out()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(after.out()).isEqualTo("All checks passed!\n");
    }

    @Test
    void addNoqaPutsOneCommentForTheLinesAStringJoins() throws IOException {
        Path a = write(root, "a.py", """
                import multiprocessing
                pool = multiprocessing.Pool(2, initargs=(\"\"\"
                text
                \"\"\",)); other = multiprocessing.Pool(3)
                """);

        concise(root, "--add-noqa");

        assertThat(Files.readString(a)).endsWith("\"\"\",)); other = multiprocessing.Pool(3)"
                + "  # noqa: GIL201\n");
        assertThat(concise(root).out()).isEqualTo("All checks passed!\n");
    }

    @Test
    void addNoqaIsNotForStandardInputNorWithFix() {
        Cli.Result stdin = runWithInput(POOL, "check", "--add-noqa", "-");
        Cli.Result withFix = run("check", "--add-noqa", "--fix", root);

        assertThat(stdin.exit()).isEqualTo(2);
        assertThat(stdin.err()).isEqualTo("gilscan: --add-noqa writes files; it cannot be used "
                + "with standard input\n");
        assertThat(withFix.exit()).isEqualTo(2);
        assertThat(withFix.err()).isEqualTo("gilscan: --add-noqa cannot be combined with --fix "
                + "or --diff\n");
    }
}

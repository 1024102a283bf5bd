package dev.gilscan.cli;

import static dev.gilscan.cli.Cli.LAMBDA_TO_POOL;
import static dev.gilscan.cli.Cli.POOL_AT_IMPORT;
import static dev.gilscan.cli.Cli.at;
import static dev.gilscan.cli.Cli.concise;
import static dev.gilscan.cli.Cli.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code [tool.gilscan]} of the nearest {@code pyproject.toml}, and options overriding it. */
class ConfigTest {
    private static final String TYPE_ALIAS = "type Number = int | float\n";

    @TempDir
    Path root;

    @Test
    void theNearestTableAboveTheCheckedPathApplies() {
        write(root, "pyproject.toml", "[tool.gilscan]\nselect = [\"GIL201\"]\n");
        write(root, "src/app/a.py", POOL_AT_IMPORT);
        write(root, "src/app/b.py", LAMBDA_TO_POOL);

        assertThat(concise(root.resolve("src/app")).positions())
                .containsExactly(at(root, "src/app/a.py", 2, 1, "GIL201"));
        assertThat(concise(root.resolve("src/app/b.py")).positions()).isEmpty();
    }

    @Test
    void aNearerTableWinsAndAPyprojectWithoutOneIsPassedOver() {
        write(root, "pyproject.toml", "[tool.gilscan]\nignore = [\"GIL201\"]\n");
        write(root, "lib/pyproject.toml", "[tool.gilscan]\nignore = [\"GIL202\"]\n");
        write(root, "app/pyproject.toml", "[project]\nname = \"app\"\n");
        write(root, "lib/a.py", POOL_AT_IMPORT);
        write(root, "lib/b.py", LAMBDA_TO_POOL);
        write(root, "app/a.py", POOL_AT_IMPORT);
        write(root, "app/b.py", LAMBDA_TO_POOL);

        assertThat(concise(root.resolve("lib")).positions())
                .containsExactly(at(root, "lib/a.py", 2, 1, "GIL201"));
        assertThat(concise(root.resolve("app")).positions())
                .containsExactly(at(root, "app/b.py", 5, 19, "GIL202"));
    }

    @Test
    void declaredThreadEntryPointsRunOnSeveralThreadsAtOnce() {
        String worker = "class Worker:\n    def __init__(self):\n        self.done = 0\n\n"
                + "    def process(self, job):\n        self.done += 1\n";
        write(root, "myapp/__init__.py", "");
        write(root, "myapp/worker.py", worker);

        assertThat(concise(root).positions()).isEmpty();

        write(root, "pyproject.toml", "[tool.gilscan]\n"
                + "thread-entry-points = [\"myapp.worker:Worker.process\"]\n");
        assertThat(concise(root).positions())
                .containsExactly(at(root, "myapp/worker.py", 6, 9, "GIL301"));
    }

    @Test
    void aClassDeclaredAsAThreadEntryPointHasEveryPublicMethodOnSharedObjects() {
        String registry = "class Registry:\n    def __init__(self):\n        self.hits = 0\n"
                + "        self.names = {}\n\n"
                + "    def hit(self):\n        self.hits += 1\n\n"
                + "    def name(self, key):\n        self._count(key)\n\n"
                + "    def _count(self, key):\n"
                + "        self.names[key] = self.names.get(key, 0) + 1\n\n"
                + "    def _unused(self):\n        self.hits -= 1\n";
        write(root, "metrics/__init__.py", "");
        write(root, "metrics/registry.py", registry);

        assertThat(concise(root).positions()).isEmpty();

        write(root, "pyproject.toml", "[tool.gilscan]\n"
                + "thread-entry-points = [\"metrics.registry:Registry\"]\n");
        assertThat(concise(root).positions()).containsExactly(
                at(root, "metrics/registry.py", 7, 9, "GIL301"),
                at(root, "metrics/registry.py", 13, 9, "GIL301"));
    }

    @Test
    void aMalformedThreadEntryPointIsAnError() {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\n"
                + "thread-entry-points = [\"myapp.worker.Worker.process\"]\n");
        write(root, "a.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: " + toml + ": `thread-entry-points` in"
                + " [tool.gilscan]: `myapp.worker.Worker.process` is not of the form"
                + " \"package.module:Class.method\"\n");
    }

    @Test
    void anUnknownKeyIsAnErrorNamingTheFileAndTheKey() {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\nselect = [\"GIL2\"]\n"
                + "line-length = 88\n");
        write(root, "a.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: " + toml + ": unknown key `line-length` in"
                + " [tool.gilscan] (known keys: cache-dir, exclude, extend-exclude,"
                + " extend-select, fix, force-exclude, ignore, max-file-size, per-file-ignores,"
                + " select, src, target-version, thread-entry-points, unsafe-fixes)\n");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aBadTargetVersionIsAnErrorNamingTheFileAndTheKey() {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\ntarget-version = \"py39\"\n");
        write(root, "a.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("gilscan: " + toml + ": `target-version` in"
                + " [tool.gilscan]: 'py39' is not a supported version: use py310, py311, py312,"
                + " py313, py314, py313t or py314t\n");
    }

    @Test
    void badValuesAreErrorsNamingTheFileAndTheKey() {
        write(root, "a.py", POOL_AT_IMPORT);
        String[][] cases = {
            {"select = \"GIL2\"", "`select` in [tool.gilscan] must be a list of strings"},
            {"exclude = [\"a/\", 3]",
                "`exclude` in [tool.gilscan] must be a list of strings, not 3"},
            {"target-version = 312", "`target-version` in [tool.gilscan] must be a string such as"
                    + " \"py312\""},
            {"select = [\"GIL9\"]", "`select` in [tool.gilscan]: no rule matches `GIL9`"},
            {"ignore = [\"E501\"]", "`ignore` in [tool.gilscan]: no rule matches `E501`"},
        };
        for (String[] c : cases) {
            Path toml = write(root, "pyproject.toml", "[tool.gilscan]\n" + c[0] + "\n");

            Cli.Result result = concise(root);

            assertThat(result.exit()).as(c[0]).isEqualTo(2);
            assertThat(result.err()).as(c[0]).isEqualTo("gilscan: " + toml + ": " + c[1] + "\n");
        }
    }

    @Test
    void aTableThatIsNotATableIsAnError() {
        Path toml = write(root, "pyproject.toml", "[tool]\ngilscan = 1\n");
        write(root, "a.py", POOL_AT_IMPORT);

        assertThat(concise(root).err())
                .isEqualTo("gilscan: " + toml + ": [tool.gilscan] must be a table\n");
    }

    @Test
    void invalidTomlIsAnErrorWithItsPosition() {
        Path toml = write(root, "pyproject.toml", "[tool.gilscan]\ntarget-version = py312\n");
        write(root, "a.py", POOL_AT_IMPORT);

        Cli.Result result = concise(root);

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).startsWith("gilscan: " + toml + ":2:").contains("not valid TOML")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void excludePatternsAreRelativeToThePyprojectFolder() {
        write(root, "pyproject.toml", """
                [tool.gilscan]
                exclude = ["src/generated/", "legacy_*.py", "/top.py"]
                """);
        write(root, "top.py", POOL_AT_IMPORT);
        write(root, "src/top.py", POOL_AT_IMPORT);
        write(root, "src/app.py", POOL_AT_IMPORT);
        write(root, "src/legacy_io.py", POOL_AT_IMPORT);
        write(root, "src/generated/api.py", POOL_AT_IMPORT);
        write(root, "src/generated/deep/more.py", POOL_AT_IMPORT);
        write(root, "lib/generated/api.py", POOL_AT_IMPORT);

        assertThat(concise(root).positions()).containsExactly(
                at(root, "lib/generated/api.py", 2, 1, "GIL201"),
                at(root, "src/app.py", 2, 1, "GIL201"),
                at(root, "src/top.py", 2, 1, "GIL201"));
        assertThat(concise(root.resolve("src")).positions()).containsExactly(
                at(root, "src/app.py", 2, 1, "GIL201"),
                at(root, "src/top.py", 2, 1, "GIL201"));
    }

    @Test
    void aFileNamedOnTheCommandLineIsCheckedEvenIfExcluded() {
        write(root, "pyproject.toml", "[tool.gilscan]\nexclude = [\"legacy_*.py\"]\n");
        write(root, "legacy_io.py", POOL_AT_IMPORT);

        assertThat(concise(root.resolve("legacy_io.py")).positions())
                .containsExactly(at(root, "legacy_io.py", 2, 1, "GIL201"));
    }

    @Test
    void targetVersionDecidesTheSyntaxAndTheCommandLineOverridesIt() {
        write(root, "pyproject.toml", "[tool.gilscan]\ntarget-version = \"py311\"\n");
        write(root, "types.py", TYPE_ALIAS);

        Cli.Result configured = concise(root);
        Cli.Result overridden = concise(root, "--target-version", "py312");

        assertThat(configured.exit()).isEqualTo(1);
        assertThat(configured.err()).isEqualTo(root.resolve("types.py") + ":1:1: SyntaxError:"
                + " Type alias statements are only supported in Python 3.12 and greater\n");
        assertThat(overridden.exit()).isZero();
        assertThat(overridden.err()).isEmpty();
    }

    @Test
    void freeThreadedTargetsAreAccepted() {
        write(root, "pyproject.toml", "[tool.gilscan]\ntarget-version = \"py313t\"\n");
        write(root, "types.py", TYPE_ALIAS);

        assertThat(concise(root).exit()).isZero();
        assertThat(concise(root, "--target-version", "py314t").exit()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"py310", "py311", "py312", "py313", "py314", "py313t", "py314t"})
    void everySupportedTargetVersionIsAccepted(String version) {
        write(root, "a.py", "x = 1\n");
        write(root, "pyproject.toml", "[tool.gilscan]\ntarget-version = \"" + version + "\"\n");

        assertThat(concise(root).exit()).isZero();
        assertThat(concise(root, "--target-version", version).exit()).isZero();
    }

    @Test
    void selectOnTheCommandLineReplacesTheConfiguredSelection() {
        write(root, "pyproject.toml", "[tool.gilscan]\nselect = [\"GIL201\"]\n"
                + "ignore = [\"GIL202\"]\n");
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);

        assertThat(concise(root, "--select", "GIL202").positions())
                .containsExactly(at(root, "b.py", 5, 19, "GIL202"));
    }

    @Test
    void ignoreOnTheCommandLineAddsToTheConfiguredOne() {
        write(root, "pyproject.toml", "[tool.gilscan]\nignore = [\"GIL201\"]\n");
        write(root, "a.py", POOL_AT_IMPORT);
        write(root, "b.py", LAMBDA_TO_POOL);

        assertThat(concise(root).positions()).containsExactly(at(root, "b.py", 5, 19, "GIL202"));
        assertThat(concise(root, "--ignore", "GIL202").positions()).isEmpty();
    }
}

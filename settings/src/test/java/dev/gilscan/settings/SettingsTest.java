package dev.gilscan.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.Precision;
import dev.gilscan.analyzer.rule.RuleDescriptor;
import dev.gilscan.analyzer.rule.Severity;
import dev.gilscan.analyzer.rule.Subscriptions;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.RuleSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link Settings#of} combines {@code [tool.gilscan]} with the command line's or the
 * editor's options, with a rule set of the tests' own (so a new built-in rule changes nothing
 * here): the file's selection first, the options' over it; the options' values over the file's
 * over the defaults.
 */
class SettingsTest {
    /** A rule that only has an id, which is all the selection reads. */
    private record Stub(String id) implements Check {
        @Override
        public void subscribe(Subscriptions on) {
        }

        @Override
        public RuleDescriptor descriptor() {
            return new RuleDescriptor(id, id.toLowerCase(java.util.Locale.ROOT), Severity.WARNING,
                    "A stand-in", List.of(), Precision.MEDIUM, "0");
        }
    }

    private static final List<Check> RULES = List.of(new Stub("TST101"), new Stub("TST201"),
            new Stub("TST202"), new Stub("TST301"));

    @TempDir
    Path root;

    private ProjectSettings table(String body) throws IOException, SettingsException {
        Path file = Files.writeString(root.resolve("pyproject.toml"), "[tool.gilscan]\n" + body);
        return ProjectSettings.read(file, RULES);
    }

    private static List<String> ids(Settings settings) {
        return settings.rules().stream().map(c -> c.descriptor().id()).toList();
    }

    private static Overrides select(List<String> select, List<String> extend,
            List<String> ignore) {
        return new Overrides(new RuleSelection(select, extend, ignore), null, null, null, null,
                null);
    }

    @Test
    void withoutAFileOrOptionsEveryRuleRunsWithTheDefaults() throws Exception {
        Settings settings = Settings.of(ProjectSettings.none(), RULES, Overrides.none());

        assertThat(ids(settings)).containsExactly("TST101", "TST201", "TST202", "TST301");
        assertThat(settings.target()).isEqualTo(TargetVersion.DEFAULT);
        assertThat(settings.maxFileSize()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.forceExclude()).isFalse();
        assertThat(settings.fix()).isFalse();
        assertThat(settings.unsafeFixes()).isNull();
        assertThat(settings.hintsUnsafeFixes()).isTrue();
        assertThat(settings.cacheDir()).isEqualTo(Path.of("").toAbsolutePath()
                .resolve(".gilscan_cache"));
    }

    @Test
    void theFilesSelectExtendSelectAndIgnoreMakeTheFirstLayer() throws Exception {
        ProjectSettings file = table("""
                select = ["TST2"]
                extend-select = ["TST301"]
                ignore = ["TST202"]
                """);

        assertThat(ids(Settings.of(file, RULES, Overrides.none())))
                .containsExactly("TST201", "TST301");
    }

    @Test
    void theOptionsLayerStartsFromWhatTheFileLeftUnlessItSelects() throws Exception {
        ProjectSettings file = table("select = [\"TST2\"]\nignore = [\"TST202\"]\n");

        // An ignore or an extend-select of the options works on the file's rules ...
        assertThat(ids(Settings.of(file, RULES, select(null, List.of("TST1"), List.of()))))
                .containsExactly("TST101", "TST201");
        assertThat(ids(Settings.of(file, RULES, select(null, List.of(), List.of("TST201")))))
                .isEmpty();
        // ... a select of the options starts again, and the file's ignore no longer applies.
        assertThat(ids(Settings.of(file, RULES, select(List.of("TST202", "TST3"), List.of(),
                List.of())))).containsExactly("TST202", "TST301");
        // Within a layer, the more specific entry wins; ALL is the least specific.
        assertThat(ids(Settings.of(file, RULES, select(List.of("ALL"), List.of(),
                List.of("TST2"))))).containsExactly("TST101", "TST301");
        assertThat(ids(Settings.of(file, RULES, select(List.of("TST201"), List.of(),
                List.of("TST2"))))).containsExactly("TST201");
    }

    @Test
    void anOptionOverridesTheFileWhichOverridesTheDefault() throws Exception {
        ProjectSettings file = table("""
                target-version = "py311"
                max-file-size = "2MiB"
                force-exclude = true
                fix = true
                unsafe-fixes = false
                """);

        Settings fromFile = Settings.of(file, RULES, Overrides.none());
        Settings overridden = Settings.of(file, RULES, new Overrides(RuleSelection.none(),
                TargetVersion.parse("py313t"), 512L, false, false, true));

        assertThat(fromFile.target()).isEqualTo(TargetVersion.parse("py311"));
        assertThat(fromFile.maxFileSize()).isEqualTo(2L * 1024 * 1024);
        assertThat(fromFile.forceExclude()).isTrue();
        assertThat(fromFile.fix()).isTrue();
        assertThat(fromFile.appliesUnsafeFixes()).isFalse();
        assertThat(fromFile.hintsUnsafeFixes()).isFalse();
        assertThat(overridden.target()).isEqualTo(TargetVersion.parse("py313t"));
        assertThat(overridden.maxFileSize()).isEqualTo(512L);
        assertThat(overridden.forceExclude()).isFalse();
        assertThat(overridden.fix()).isFalse();
        assertThat(overridden.appliesUnsafeFixes()).isTrue();
    }

    @Test
    void patternsAndPathsAreRelativeToTheFilesFolder() throws Exception {
        ProjectSettings file = table("""
                exclude = ["gen/"]
                extend-exclude = ["vendor/"]
                src = ["lib/python"]
                cache-dir = "build/cache"
                thread-entry-points = ["app.worker:Worker.run"]

                [tool.gilscan.per-file-ignores]
                "tests/" = ["TST2"]
                """);
        Settings settings = Settings.of(file, RULES, Overrides.none());

        assertThat(settings.base()).isEqualTo(root.toAbsolutePath());
        assertThat(settings.excludes().ignoresFileOrFolderAbove(root.resolve("gen/a.py")))
                .isTrue();
        assertThat(settings.excludes().ignoresFileOrFolderAbove(root.resolve("vendor/b.py")))
                .isTrue();
        assertThat(settings.excludes().ignoresFileOrFolderAbove(root.resolve("app/c.py")))
                .isFalse();
        assertThat(settings.perFileIgnores().ignores(root.resolve("tests/t.py"), "TST202"))
                .isTrue();
        assertThat(settings.perFileIgnores().ignores(root.resolve("tests/t.py"), "TST101"))
                .isFalse();
        assertThat(settings.perFileIgnores().ignores(root.resolve("app/t.py"), "TST202"))
                .isFalse();
        assertThat(settings.src()).containsExactly(root.resolve("lib/python").toAbsolutePath());
        assertThat(settings.cacheDir()).isEqualTo(root.resolve("build/cache").toAbsolutePath());
        assertThat(settings.threadEntryPoints()).containsExactly("app.worker:Worker.run");
    }

    @Test
    void theNearestTableAppliesAndAPyprojectWithoutOneIsPassedOver() throws Exception {
        Files.writeString(root.resolve("pyproject.toml"), "[tool.gilscan]\nignore = [\"TST3\"]\n");
        Path lib = Files.createDirectories(root.resolve("lib/pkg"));
        Files.writeString(root.resolve("lib/pyproject.toml"), "[project]\nname = \"lib\"\n");

        ProjectSettings found = ProjectSettings.discover(lib, RULES);

        assertThat(found.file()).isEqualTo(root.resolve("pyproject.toml").toAbsolutePath());
        assertThat(found.ignore()).containsExactly("TST3");
    }

    @Test
    void aRuleTheScanDoesNotHaveIsAnErrorNamingTheFileAndTheKey() throws Exception {
        // GIL201 is a built-in rule, but not one of this scan's.
        Path file = Files.writeString(root.resolve("pyproject.toml"),
                "[tool.gilscan]\n[tool.gilscan.per-file-ignores]\n\"tests/\" = [\"GIL201\"]\n");

        assertThatThrownBy(() -> ProjectSettings.read(file, RULES))
                .isInstanceOf(SettingsException.class)
                .hasMessage(file + ": `per-file-ignores.\"tests/\"` in [tool.gilscan]: no rule"
                        + " matches `GIL201`");
        assertThatThrownBy(() -> Settings.of(ProjectSettings.none(), RULES,
                select(List.of("TST9"), List.of(), List.of())))
                .isInstanceOf(SettingsException.class)
                .hasMessage("--select: no rule matches `TST9`");
    }

    @Test
    void fixKeysMustBeBooleans() throws Exception {
        Path file = Files.writeString(root.resolve("pyproject.toml"),
                "[tool.gilscan]\nunsafe-fixes = \"yes\"\n");

        assertThatThrownBy(() -> ProjectSettings.read(file, RULES))
                .isInstanceOf(SettingsException.class)
                .hasMessage(file + ": `unsafe-fixes` in [tool.gilscan] must be true or false");
    }
}

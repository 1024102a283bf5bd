package dev.gilscan.settings;

import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.analyzer.files.GitIgnore;
import dev.gilscan.analyzer.files.PackageLayout;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.Check;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.PerFileIgnores;
import dev.gilscan.rules.RuleSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The settings one scan runs with: the configuration file's, with the command line's or the
 * editor's {@link Overrides} over them, each value decided here once for {@code gilscan check}
 * and the language server alike.
 *
 * <ul>
 *   <li>the rules: the scan's rules, less what the file's selection and then the overrides'
 *       leave out ({@link RuleSelection#apply}, Ruff's order);
 *   <li>{@code target-version}, {@code max-file-size}, {@code force-exclude}, {@code fix}:
 *       the override, else the file's, else the default (py314, 10 MiB, false, false);
 *   <li>{@code unsafe-fixes}: the override, else the file's, else unset ({@link #unsafeFixes});
 *   <li>the rest ({@code exclude}, {@code per-file-ignores}, {@code src},
 *       {@code thread-entry-points}, {@code cache-dir}) come from the file alone.
 * </ul>
 *
 * @param project the configuration file's table, or {@link ProjectSettings#none}
 * @param rules the rules to run, in id order
 * @param unsafeFixes whether unsafe fixes are applied; null when neither the file nor the
 *     overrides say, which, as in Ruff, applies none but tells how many there are
 */
public record Settings(ProjectSettings project, List<Check> rules, TargetVersion target,
        long maxFileSize, boolean forceExclude, boolean fix, @Nullable Boolean unsafeFixes) {
    public Settings {
        rules = List.copyOf(rules);
    }

    /**
     * Combines {@code project} and {@code overrides} for a scan that has the rules
     * {@code available}; throws {@link SettingsException} when the overrides' selection names a
     * rule none of them has ({@code --select: no rule matches `GIL9`}).
     */
    public static Settings of(ProjectSettings project, List<Check> available, Overrides overrides)
            throws SettingsException {
        List<Check> rules;
        try {
            rules = RuleSelection.apply(available, project.selection(), overrides.selection());
        } catch (IllegalArgumentException e) {
            throw new SettingsException(e.getMessage());
        }
        return new Settings(project, rules,
                first(overrides.target(), project.target(), TargetVersion.DEFAULT),
                first(overrides.maxFileSize(), project.maxFileSize(),
                        ProjectLoader.DEFAULT_MAX_FILE_SIZE),
                first(overrides.forceExclude(), project.forceExclude(), false),
                first(overrides.fix(), project.fix(), false),
                overrides.unsafeFixes() != null ? overrides.unsafeFixes() : project.unsafeFixes());
    }

    private static <T> T first(@Nullable T override, @Nullable T configured, T otherwise) {
        return override != null ? override : configured != null ? configured : otherwise;
    }

    /** Whether unsafe fixes are applied (with {@link #fix} or {@code --diff}). */
    public boolean appliesUnsafeFixes() {
        return Boolean.TRUE.equals(unsafeFixes);
    }

    /** Whether reports tell how many unsafe fixes there are: unless {@code unsafe-fixes} is set. */
    public boolean hintsUnsafeFixes() {
        return unsafeFixes == null;
    }

    /** The folder the file's patterns and paths are relative to. */
    public Path base() {
        return project.base();
    }

    /** {@code exclude} and {@code extend-exclude}, anchored at {@link #base}. */
    public GitIgnore excludes() {
        return project.excludes();
    }

    /** {@code per-file-ignores}, anchored at {@link #base}. */
    public PerFileIgnores perFileIgnores() {
        return project.perFile();
    }

    /** {@code thread-entry-points}: {@code "pkg.mod:Class.method"}. */
    public List<String> threadEntryPoints() {
        return project.threadEntryPoints();
    }

    /** The declared source roots ({@code src}), absolute. */
    public List<Path> src() {
        return project.src();
    }

    /** How module names are found: from the project root, its {@code src/} and {@link #src}. */
    public PackageLayout layout() {
        return new PackageLayout(src());
    }

    /** {@code cache-dir}, else {@code .gilscan_cache} in {@link #base}. */
    public Path cacheDir() {
        return project.cacheDir() != null ? project.cacheDir() : base().resolve(ResultCache.FOLDER);
    }

    /**
     * Whether a scan run in the folder of the configuration file (else in {@code folder})
     * passes over {@code path}: {@link #excludes} or an ignore file leaves out it or a folder
     * above it.
     */
    public boolean skips(Path folder, Path path) throws IOException {
        return ProjectLoader.skips(project.file() != null ? base() : folder, path, excludes());
    }
}

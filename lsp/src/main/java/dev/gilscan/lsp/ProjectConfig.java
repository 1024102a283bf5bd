package dev.gilscan.lsp;

import dev.gilscan.analyzer.files.GitIgnore;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.rules.PerFileIgnores;
import dev.gilscan.rules.RuleSelection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the server takes from a project's configuration ({@code [tool.gilscan]} in
 * {@code pyproject.toml}): the rule selection and {@code per-file-ignores}, the target version,
 * and the {@code exclude} patterns that, with the ignore files, decide which Python files are the
 * project's.
 *
 * <p>The {@code gilscan server} command supplies the configuration reader the {@code check}
 * command uses, so the editor and the command line see the same settings.
 *
 * @param file the {@code pyproject.toml} the settings come from, null when there is none
 * @param selection {@code select}, {@code extend-select} and {@code ignore}: the first layer,
 *     under the editor's options
 * @param target the configured target version, null when not set
 * @param exclude the {@code exclude} and {@code extend-exclude} patterns, anchored at the
 *     folder of {@code file}
 * @param threadEntryPoints the {@code thread-entry-points} ({@code "pkg.mod:Class.method"})
 * @param perFileIgnores the rules left out of some files
 * @param maxFileSize the {@code max-file-size} in bytes: larger files on disk are not read
 * @param src the declared source roots ({@code src}), absolute: more folders where module names
 *     start, besides the project root and its {@code src/}
 */
public record ProjectConfig(@Nullable Path file, RuleSelection selection,
        @Nullable TargetVersion target, GitIgnore exclude, List<String> threadEntryPoints,
        PerFileIgnores perFileIgnores, long maxFileSize, List<Path> src) {

    /** Settings with only {@code select} (empty: all) and {@code ignore}. */
    public ProjectConfig(@Nullable Path file, List<String> select, List<String> ignore,
            @Nullable TargetVersion target, GitIgnore exclude) {
        this(file, new RuleSelection(select.isEmpty() ? null : select, List.of(), ignore),
                target, exclude, List.of(), PerFileIgnores.none(),
                ProjectLoader.DEFAULT_MAX_FILE_SIZE, List.of());
    }

    /** Finds the configuration that applies to the files of a folder. */
    @FunctionalInterface
    public interface Source {
        /**
         * The configuration for the files in {@code folder}: the nearest {@code pyproject.toml}
         * with a {@code [tool.gilscan]} table at or above it, as {@code gilscan check} finds it
         * for a path; throws {@link ConfigException} when it is invalid.
         */
        ProjectConfig discover(Path folder) throws ConfigException;
    }

    /** A configuration file that cannot be used; the message names the file and the key. */
    public static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }

    public ProjectConfig {
        threadEntryPoints = List.copyOf(threadEntryPoints);
        src = List.copyOf(src);
    }

    /** No configuration: all rules, the default target, nothing excluded but by .gitignore. */
    public static ProjectConfig none() {
        return new ProjectConfig(null, List.of(), List.of(), null,
                GitIgnore.of(Path.of("").toAbsolutePath(), List.of()));
    }

    /** A source that never finds a configuration file. */
    public static Source noFiles() {
        return folder -> none();
    }

    /** The Python files below {@code root} that {@code gilscan check root} analyzes. */
    List<Path> files(Path root) throws IOException {
        return ProjectLoader.pythonFiles(root, exclude);
    }

    /**
     * Whether {@code gilscan check}, run in the folder of the configuration file (else in
     * {@code folder}), passes over {@code path}: {@code exclude} or a {@code .gitignore} ignores
     * it or a folder above it.
     */
    boolean excludes(Path folder, Path path) throws IOException {
        return ProjectLoader.skips(file != null ? file.toAbsolutePath().getParent() : folder,
                path, exclude);
    }
}

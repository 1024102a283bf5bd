package dev.gilscan.lsp;

import dev.gilscan.analyzer.rule.TargetVersion;
import dev.gilscan.analyzer.semantic.ProjectLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the server takes from a project's configuration ({@code [tool.gilscan]} in
 * {@code pyproject.toml}): the rule selection, the target version, and the Python files the
 * project is made of (its {@code exclude} patterns applied).
 *
 * <p>The {@code gilscan server} command supplies the configuration reader the {@code check}
 * command uses, so the editor and the command line see the same settings.
 *
 * @param file the {@code pyproject.toml} the settings come from, null when there is none
 * @param select rule ids or prefixes to run (empty: all)
 * @param ignore rule ids or prefixes to skip
 * @param target the configured target version, null when not set
 * @param files lists the project's Python files below a root folder
 */
public record ProjectConfig(@Nullable Path file, List<String> select, List<String> ignore,
        @Nullable TargetVersion target, Files files) {

    /** Lists the Python files of the project below a root folder. */
    @FunctionalInterface
    public interface Files {
        List<Path> list(Path root) throws IOException;
    }

    /** Finds the configuration that applies to a folder, looking at it and its parents. */
    @FunctionalInterface
    public interface Source {
        /** The configuration for {@code root}; throws {@link ConfigException} when it is invalid. */
        ProjectConfig discover(Path root) throws ConfigException;
    }

    /** A configuration file that cannot be used; the message names the file and the key. */
    public static final class ConfigException extends Exception {
        private static final long serialVersionUID = 1L;

        public ConfigException(String message) {
            super(message);
        }
    }

    public ProjectConfig {
        select = List.copyOf(select);
        ignore = List.copyOf(ignore);
    }

    /** No configuration: all rules, the default target, every Python file below the root. */
    public static ProjectConfig none() {
        return new ProjectConfig(null, List.of(), List.of(), null, ProjectLoader::pythonFiles);
    }

    /** A source that never finds a configuration file. */
    public static Source noFiles() {
        return root -> none();
    }
}

package dev.gilscan.settings;

import dev.gilscan.analyzer.rule.Check;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a scan's configuration comes from: the rules the scan has, and the
 * {@code [tool.gilscan]} table for the files of a folder. {@link #of(List)} reads
 * {@code pyproject.toml} files; tests may stand in for it ({@link #of(List, Discovery)}).
 */
public interface SettingsSource {
    /** The rules there are to choose from, in id order. */
    List<Check> rules();

    /**
     * The configuration for the files in {@code folder}: the nearest {@code pyproject.toml}
     * with a {@code [tool.gilscan]} table at or above it ({@link ProjectSettings#discover});
     * throws {@link SettingsException} when it is invalid.
     */
    ProjectSettings discover(Path folder) throws SettingsException;

    /** The settings for {@code folder}'s files with {@code overrides} over its configuration. */
    default Settings settings(Path folder, Overrides overrides) throws SettingsException {
        return Settings.of(discover(folder), rules(), overrides);
    }

    /** Finds the configuration of a folder's files. */
    @FunctionalInterface
    interface Discovery {
        ProjectSettings discover(Path folder) throws SettingsException;
    }

    /** Reads the {@code pyproject.toml} files, with {@code rules} to choose from. */
    static SettingsSource of(List<Check> rules) {
        return of(rules, folder -> ProjectSettings.discover(folder, rules));
    }

    /** A source that never finds a configuration file: every folder has the defaults. */
    static SettingsSource defaults(List<Check> rules) {
        return of(rules, folder -> ProjectSettings.none());
    }

    /** {@code rules}, with the configurations that {@code discovery} finds. */
    static SettingsSource of(List<Check> rules, Discovery discovery) {
        List<Check> available = List.copyOf(rules);
        return new SettingsSource() {
            @Override
            public List<Check> rules() {
                return available;
            }

            @Override
            public ProjectSettings discover(Path folder) throws SettingsException {
                return discovery.discover(folder);
            }
        };
    }
}

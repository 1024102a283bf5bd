package dev.gilscan.cli;

import dev.gilscan.analyzer.files.GitIgnore;
import dev.gilscan.analyzer.files.ProjectLoader;
import dev.gilscan.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The Python files that {@code gilscan check PATH...} covers, and the folder its SARIF paths are
 * relative to.
 */
final class SourceFiles {
    private SourceFiles() {}

    /**
     * The {@code .py} files below each path, each file once and sorted: what {@link ProjectLoader}
     * finds (ignore files honoured, virtualenvs skipped) less what the configuration's
     * {@code exclude} and {@code extend-exclude} patterns match. The patterns are relative to
     * the folder of the {@code pyproject.toml} that holds them, as in Ruff; a file named on the
     * command line is always checked, unless force-exclude is set and the patterns match it or a
     * folder above it; such a file is checked whatever it is (the loader reports one that is
     * not a regular file). A {@code .py} entry of a folder that is not a regular file is passed
     * to {@code skipped} with what it is, in path order, and never opened.
     */
    static List<Path> find(List<Path> paths, Settings settings, BiConsumer<Path, String> skipped)
            throws IOException {
        GitIgnore excludes = settings.excludes();
        boolean forceExclude = settings.forceExclude();
        List<Path> files = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        Map<Path, String> passedOver = new TreeMap<>();
        for (Path path : paths) {
            if (forceExclude && excludes.ignoresFileOrFolderAbove(path)) {
                continue;
            }
            for (Path file : ProjectLoader.pythonFiles(path, excludes, passedOver::put)) {
                if (seen.add(file.toAbsolutePath().normalize())) {
                    files.add(file);
                }
            }
        }
        passedOver.forEach(skipped);
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /**
     * The folder that SARIF paths are relative to: the repository's root (the nearest folder at
     * or above {@code path} that holds {@code .git}), since GitHub reads them from there;
     * outside a repository, the current folder.
     */
    static Path sourceRoot(Path path) {
        for (Path dir = path.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }
}

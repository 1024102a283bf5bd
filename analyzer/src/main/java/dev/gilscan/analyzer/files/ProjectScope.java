package dev.gilscan.analyzer.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a check analyzes and what it reports on: the files it was asked about are reported, and
 * they are analyzed together with the other Python files of their project, so that
 * {@code gilscan check main.py} sees the helper module {@code main.py} imports just as
 * {@code gilscan check .} does.
 *
 * <p>The files are split by {@link PackageLayout#importRoot import root}: each project (the
 * folder with its {@code pyproject.toml}, {@code setup.py}, {@code setup.cfg} or {@code .git}) is
 * analyzed on its own, with its own module names, so two projects scanned from the folder above
 * them do not see each other's modules. A project's other files are found as
 * {@link ProjectLoader#pythonFiles(Path, GitIgnore)} finds them below its root, with the same
 * {@code exclude} patterns; files that belong to a project nested below it are left to that
 * project. Files outside every project are analyzed with the files named alongside them only.
 */
public final class ProjectScope {
    /**
     * One project of a check.
     *
     * @param root the project's root folder (or, outside every project, the folder its packages
     *     start in)
     * @param reported the files to report on, sorted
     * @param others the project's other Python files, analyzed but not reported on, sorted
     */
    public record Part(Path root, List<Path> reported, List<Path> others) {
        public Part {
            reported = List.copyOf(reported);
            others = List.copyOf(others);
        }
    }

    private ProjectScope() {}

    /** The parts of a check of {@code reported}, in the order of their roots. */
    public static List<Part> of(List<Path> reported, GitIgnore excludes, PackageLayout layout)
            throws IOException {
        Map<Path, List<Path>> byRoot = new TreeMap<>();
        for (Path file : reported) {
            byRoot.computeIfAbsent(layout.importRoot(file), k -> new ArrayList<>()).add(file);
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<Path, List<Path>> entry : byRoot.entrySet()) {
            Path root = entry.getKey();
            List<Path> named = new ArrayList<>(entry.getValue());
            named.sort(null);
            parts.add(new Part(root, named, others(root, named, excludes, layout)));
        }
        return parts;
    }

    /** The project's files besides the named ones; none outside every project. */
    private static List<Path> others(Path root, List<Path> named, GitIgnore excludes,
            PackageLayout layout) throws IOException {
        if (!root.equals(layout.projectRoot(root))) {
            return List.of();
        }
        Set<Path> seen = new HashSet<>();
        for (Path file : named) {
            seen.add(file.toAbsolutePath().normalize());
        }
        List<Path> others = new ArrayList<>();
        for (Path file : ProjectLoader.pythonFiles(root, excludes)) {
            Path absolute = file.toAbsolutePath().normalize();
            if (!seen.contains(absolute) && root.equals(layout.importRoot(absolute))) {
                others.add(absolute);
            }
        }
        return others;
    }
}

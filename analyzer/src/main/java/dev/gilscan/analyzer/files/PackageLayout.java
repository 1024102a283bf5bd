package dev.gilscan.analyzer.files;

import dev.gilscan.analyzer.model.ModuleName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Where projects and their modules start, read from the files on disk and never from the folder a
 * scan started in, so that a file has one module name and one project whichever folder is
 * scanned.
 *
 * <ul>
 *   <li>A file's <em>project root</em> is the nearest folder at or above it that holds a
 *       {@code pyproject.toml}, {@code setup.py}, {@code setup.cfg} or {@code .git}.
 *   <li>Its <em>source roots</em> (the folders Python would have on {@code sys.path}) are the
 *       project root, its {@code src/} folder, any folder named {@code src} that is not a package,
 *       and the roots the project declares ({@code src = ["lib"]} in {@code [tool.gilscan]}).
 *   <li>A module name is the file's path from the deepest source root above it, when every folder
 *       on the way is a Python identifier: {@code root/src/pkg/mod.py} is {@code pkg.mod}, and a
 *       folder without {@code __init__.py} is a namespace package (PEP 420), so
 *       {@code root/tools/ns/run.py} is {@code tools.ns.run}. Otherwise (no source root above, or a
 *       folder such as {@code test-data} on the way) the name climbs through the folders that
 *       hold an {@code __init__.py} and stops at the first that does not, where Python would put
 *       a script's folder on {@code sys.path}.
 * </ul>
 *
 * <p>An instance remembers what it saw of the file system; make one per scan.
 */
public final class PackageLayout {
    /** The files that mark a project's root folder. */
    public static final List<String> PROJECT_MARKERS =
            List.of("pyproject.toml", "setup.py", "setup.cfg", ".git");

    private final List<Path> declaredRoots;
    private final Map<Path, Boolean> packages = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Path>> projectRoots = new ConcurrentHashMap<>();

    /** A layout with the default source roots only. */
    public PackageLayout() {
        this(List.of());
    }

    /** A layout that also takes these folders as source roots (made absolute). */
    public PackageLayout(List<Path> declaredRoots) {
        this.declaredRoots = declaredRoots.stream()
                .map(p -> p.toAbsolutePath().normalize()).toList();
    }

    /**
     * The project root of a file or folder: the nearest folder at or above it (for a file, its
     * folder) holding one of the {@link #PROJECT_MARKERS}; null when there is none.
     */
    public @Nullable Path projectRoot(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        return dir == null ? null : projectRootOfFolder(dir).orElse(null);
    }

    private Optional<Path> projectRootOfFolder(Path dir) {
        Optional<Path> known = projectRoots.get(dir);
        if (known != null) {
            return known;
        }
        Optional<Path> found;
        if (PROJECT_MARKERS.stream().anyMatch(m -> Files.exists(dir.resolve(m)))) {
            found = Optional.of(dir);
        } else {
            Path parent = dir.getParent();
            found = parent == null ? Optional.empty() : projectRootOfFolder(parent);
        }
        projectRoots.put(dir, found);
        return found;
    }

    /** The dotted module name of a {@code .py} (or {@code .pyi}) file. */
    public ModuleName moduleName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String fileName = absolute.getFileName().toString();
        boolean isPackage = fileName.equals("__init__.py") || fileName.equals("__init__.pyi");
        Deque<String> parts = new ArrayDeque<>();
        Path folder = absolute.getParent();
        Path sourceRoot = folder == null ? null : sourceRoot(folder);
        if (sourceRoot != null && identifiersBetween(sourceRoot, folder)) {
            for (Path part : sourceRoot.relativize(folder)) {
                if (!part.toString().isEmpty()) {
                    parts.addLast(part.toString());
                }
            }
        } else {
            for (Path dir = folder; dir != null && dir.getFileName() != null
                    && !dir.equals(sourceRoot) && isPackage(dir); dir = dir.getParent()) {
                parts.addFirst(dir.getFileName().toString());
            }
        }
        if (!isPackage || parts.isEmpty()) {
            parts.addLast(stripSuffix(fileName));
        }
        return new ModuleName(String.join(".", parts), isPackage);
    }

    /**
     * The folder a file's top-level package is found in: the project's folder with the file's
     * imports resolved the way Python resolves them from it. It groups files into separate
     * projects, each with its own module names: the project root, or without one the folder the
     * file's package chain starts in.
     */
    public Path importRoot(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path project = projectRoot(absolute);
        if (project != null) {
            return project;
        }
        Path dir = absolute.getParent();
        while (dir != null && dir.getParent() != null && isPackage(dir)) {
            dir = dir.getParent();
        }
        return dir == null ? absolute : dir;
    }

    /** The deepest source root at or above {@code folder}, or null. */
    private @Nullable Path sourceRoot(Path folder) {
        Path project = projectRootOfFolder(folder).orElse(null);
        Path best = null;
        for (Path root : declaredRoots) {
            if (folder.startsWith(root) && (best == null || root.startsWith(best))) {
                best = root;
            }
        }
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (best != null && !dir.startsWith(best)) {
                break;
            }
            boolean srcFolder = dir.getFileName() != null
                    && dir.getFileName().toString().equals("src") && !isPackage(dir);
            if (srcFolder || dir.equals(project)) {
                return best != null && best.startsWith(dir) ? best : dir;
            }
        }
        return best;
    }

    /** Whether every folder from below {@code root} down to {@code folder} is an identifier. */
    private static boolean identifiersBetween(Path root, Path folder) {
        if (!folder.startsWith(root)) {
            return false;
        }
        for (Path part : root.relativize(folder)) {
            String name = part.toString();
            if (!name.isEmpty() && !isIdentifier(name)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdentifier(String name) {
        if (!Character.isUnicodeIdentifierStart(name.codePointAt(0)) && name.charAt(0) != '_') {
            return false;
        }
        return name.codePoints().allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c)
                && !Character.isIdentifierIgnorable(c));
    }

    private boolean isPackage(Path dir) {
        return packages.computeIfAbsent(dir, d -> Files.exists(d.resolve("__init__.py"))
                || Files.exists(d.resolve("__init__.pyi")));
    }

    private static String stripSuffix(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

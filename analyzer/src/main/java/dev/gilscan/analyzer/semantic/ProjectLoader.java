package dev.gilscan.analyzer.semantic;

import dev.gilscan.analyzer.parser.ParseResult;
import dev.gilscan.analyzer.parser.PythonSyntaxError;
import dev.gilscan.analyzer.parser.SourceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds the Python files below a path, parses them and builds their models into a
 * {@link Project}. A file that cannot be read or parsed is kept as a {@link Problem} and the others
 * go on.
 */
public final class ProjectLoader {
    /** A file that could not be read or parsed: the path, 1-based line and column, the message. */
    public record Problem(Path path, int line, int column, String message) {}

    /** The loaded project and the files that could not be loaded. */
    public record Loaded(Project project, List<Problem> problems) {}

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn",
            "__pycache__", "node_modules", "site-packages", ".venv", "venv", ".tox", ".nox",
            ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist");

    private ProjectLoader() {}

    /** The {@code .py} files below {@code root} (or root itself), sorted, skipping virtualenvs. */
    public static List<Path> pythonFiles(Path root) throws IOException {
        return pythonFiles(root, GitIgnore.of(root.toAbsolutePath().normalize(), List.of()));
    }

    /**
     * The {@code .py} files below {@code root}, sorted: folders and files that an ignore file
     * ({@link IgnoreFiles}: {@code .gitignore}, {@code .ignore}, {@code .git/info/exclude} and
     * git's global excludes, of the scanned folders or of their parents up to the repository's
     * root) or the {@code excludes} patterns ignore are skipped without being walked, and so are
     * virtualenvs (folders with a {@code pyvenv.cfg}), {@code site-packages}, {@code .git} and the
     * like. The patterns are anchored where the caller built them (the configuration's folder, as
     * in Ruff). A file given as root is always taken, and so is the root folder itself.
     */
    public static List<Path> pythonFiles(Path root, GitIgnore excludes) throws IOException {
        List<Path> files = new ArrayList<>();
        Path start = root.toAbsolutePath().normalize();
        if (Files.isRegularFile(start)) {
            files.add(root);
            return files;
        }
        java.util.Deque<GitIgnore> rules = ignoresAbove(start);
        GitIgnore excluded = excludes;
        java.util.Map<Path, Integer> pushed = new java.util.HashMap<>();
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                    throws IOException {
                if (!dir.equals(start) && skipsFolder(rules, excluded, dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                List<GitIgnore> added = IgnoreFiles.of(dir);
                rules.addAll(added);
                pushed.put(dir, added.size());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                for (int n = pushed.getOrDefault(dir, 0); n > 0; n--) {
                    rules.removeLast();
                }
                pushed.remove(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".py")
                        && !isIgnored(rules, excluded, file, false)) {
                    files.add(root.resolve(start.relativize(file)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /**
     * Whether {@link #pythonFiles(Path, GitIgnore)} run on the folder {@code root} passes over
     * {@code file}, a path below it that need not exist: a folder on the way is skipped (a
     * virtualenv, {@code .git}, {@code build}, ...), or an ignore file or the
     * {@code excludes} patterns ignore the file or a folder above it. The same rules as the walk,
     * for one file: the language server asks this of a buffer.
     */
    public static boolean skips(Path root, Path file, GitIgnore excludes) throws IOException {
        Path start = root.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(start) || target.equals(start)) {
            return false;
        }
        java.util.Deque<GitIgnore> rules = ignoresAbove(start);
        Path dir = start;
        for (int i = start.getNameCount(); i < target.getNameCount() - 1; i++) {
            addIgnores(rules, dir);
            dir = dir.resolve(target.getName(i));
            if (skipsFolder(rules, excludes, dir)) {
                return true;
            }
        }
        addIgnores(rules, dir);
        return isIgnored(rules, excludes, target, false);
    }

    /** The ignore rules of the folders from the repository's root down to above dir. */
    private static java.util.Deque<GitIgnore> ignoresAbove(Path dir) throws IOException {
        java.util.Deque<GitIgnore> rules = new java.util.ArrayDeque<>();
        for (Path above : ancestorsUpToRepository(dir)) {
            addIgnores(rules, above);
        }
        return rules;
    }

    /** Adds the rules of the ignore files of {@code dir} to the innermost end. */
    private static void addIgnores(java.util.Deque<GitIgnore> rules, Path dir) throws IOException {
        rules.addAll(IgnoreFiles.of(dir));
    }

    /** Whether the walk skips a folder below its start, with the ignore rules above it. */
    private static boolean skipsFolder(java.util.Deque<GitIgnore> rules, GitIgnore excluded,
            Path dir) {
        return SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                || Files.exists(dir.resolve("pyvenv.cfg"))
                || isIgnored(rules, excluded, dir, true);
    }

    private static boolean isIgnored(java.util.Deque<GitIgnore> rules, GitIgnore excluded,
            Path path, boolean directory) {
        if (Boolean.TRUE.equals(excluded.ignores(path, directory))) {
            return true;
        }
        Boolean result = null;
        for (GitIgnore g : rules) {
            Boolean verdict = g.ignores(path, directory);
            if (verdict != null) {
                result = verdict;
            }
        }
        return Boolean.TRUE.equals(result);
    }

    /** The folders from the repository root (the nearest parent with {@code .git}) down to dir's parent. */
    private static List<Path> ancestorsUpToRepository(Path dir) {
        List<Path> chain = new ArrayList<>();
        for (Path p = dir.getParent(); p != null; p = p.getParent()) {
            chain.add(0, p);
            if (Files.exists(p.resolve(".git"))) {
                return chain;
            }
        }
        return List.of();
    }

    /** Loads every Python file below {@code root} with the syntax of Python 3.{@code minor}. */
    public static Loaded load(Path root, int minor) throws IOException {
        return load(root, pythonFiles(root), minor);
    }

    /** Loads the given files, found below {@code root}, in parallel. */
    public static Loaded load(Path root, List<Path> files, int minor) {
        return load(root, files, minor, java.util.Map.of());
    }

    /**
     * Loads the given files, taking the text of some of them from memory instead of disk (an
     * editor's unsaved buffers); a buffer whose path is not among {@code files} is added.
     */
    public static Loaded load(Path root, List<Path> files, int minor,
            java.util.Map<Path, String> buffers) {
        List<Path> all = new ArrayList<>(files);
        for (Path buffered : buffers.keySet()) {
            if (!all.contains(buffered)) {
                all.add(buffered);
            }
        }
        List<Object> results = all.parallelStream().map(file -> {
            try {
                String buffer = buffers.get(file);
                ParseResult parse = buffer != null
                        ? SourceParser.parseText(file.toString(), buffer, minor)
                        : SourceParser.parse(file.toString(), Files.readAllBytes(file), minor);
                return (Object) SemanticModel.build(root, file, parse);
            } catch (PythonSyntaxError e) {
                return new Problem(file, e.line(), e.column(), e.kind() + ": " + e.getMessage());
            } catch (IOException | UncheckedIOException e) {
                return new Problem(file, 1, 1, "cannot read: " + e.getMessage());
            }
        }).toList();
        List<SemanticModel> models = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Object r : results) {
            if (r instanceof SemanticModel m) {
                models.add(m);
            } else {
                problems.add((Problem) r);
            }
        }
        return new Loaded(Project.of(models), problems);
    }
}

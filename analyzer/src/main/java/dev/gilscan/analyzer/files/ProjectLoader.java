package dev.gilscan.analyzer.files;

import dev.gilscan.analyzer.link.Project;
import dev.gilscan.analyzer.model.SemanticModel;
import dev.gilscan.analyzer.parallel.PerFile;
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
import org.jspecify.annotations.Nullable;

/**
 * Finds the Python files below a path, parses them and builds their models into a
 * {@link Project}. A file that cannot be read or parsed is kept as a {@link Problem} and the others
 * go on.
 */
public final class ProjectLoader {
    /**
     * A file that could not be analyzed: the path, 1-based line and column, the message (such as
     * {@code SyntaxError: '(' was never closed}) and what kind of trouble it is.
     */
    public record Problem(Path path, int line, int column, String message, Kind kind) {
        /** Why the file was not analyzed. */
        public enum Kind {
            /** CPython would refuse it: bad syntax, bad indentation, undecodable bytes. */
            SYNTAX_ERROR,
            /** Reading it failed (permissions, I/O error). */
            UNREADABLE,
            /** Larger than the size limit: skipped without being read. */
            TOO_LARGE,
            /** Not a regular file (a named pipe, a device, a socket): never opened. */
            NOT_A_FILE,
            /** The analysis itself failed on it (out of memory, a bug in gilscan). */
            ANALYSIS_FAILED
        }

        /**
         * Whether the trouble is with the scan rather than the file's content: a path that is
         * not a file, or an analysis that failed. The check's exit code is then 2.
         */
        public boolean isError() {
            return kind == Kind.NOT_A_FILE || kind == Kind.ANALYSIS_FAILED;
        }
    }

    /** The default of {@code max-file-size}: larger files are reported and not read. */
    public static final long DEFAULT_MAX_FILE_SIZE = 10L * 1024 * 1024;

    /** The most bytes one Java array holds, whatever {@code max-file-size} says. */
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 16;

    /** The loaded project and the files that could not be loaded. */
    public record Loaded(Project project, List<Problem> problems) {}

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn",
            "__pycache__", "node_modules", "site-packages", ".venv", "venv", ".tox", ".nox",
            ".mypy_cache", ".pytest_cache", ".ruff_cache", ".gilscan_cache", "build", "dist");

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
        return pythonFiles(root, excludes, (file, what) -> { });
    }

    /**
     * As {@link #pythonFiles(Path, GitIgnore)}, and each {@code .py} entry of a folder that is
     * not a regular file (a named pipe, a device, a socket, or a symbolic link to one, or a
     * broken link) is passed to {@code skipped} with what it is, and not taken; it is never
     * opened. A root that is not a folder is taken as a file, whatever it is, for
     * {@link #load} to report.
     */
    public static List<Path> pythonFiles(Path root, GitIgnore excludes,
            java.util.function.BiConsumer<Path, String> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        Path start = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
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
                if (!file.getFileName().toString().endsWith(".py")
                        || isIgnored(rules, excluded, file, false)) {
                    return FileVisitResult.CONTINUE;
                }
                Path found = root.resolve(start.relativize(file));
                boolean linkToFileOrFolder = attrs.isSymbolicLink()
                        && (Files.isRegularFile(file) || Files.isDirectory(file));
                if (attrs.isRegularFile()) {
                    files.add(found);
                } else if (!linkToFileOrFolder) {
                    // A link to a file or folder is passed over without a word: links are not
                    // followed. Anything else would be opened to no end, or block.
                    skipped.accept(found, FileKinds.describe(file));
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
        return load(pythonFiles(root), minor);
    }

    /** Loads the given files in parallel, naming their modules from the folders around them. */
    public static Loaded load(List<Path> files, int minor) {
        return load(files, minor, java.util.Map.of(), new PackageLayout());
    }

    /**
     * Loads the given files, taking the text of some of them from memory instead of disk (an
     * editor's unsaved buffers); a buffer whose path is not among {@code files} is added. The
     * project's files come in the order given, buffers not among them last.
     */
    public static Loaded load(List<Path> files, int minor, java.util.Map<Path, String> buffers,
            PackageLayout layout) {
        return load(files, minor, buffers, layout, DEFAULT_MAX_FILE_SIZE);
    }

    /**
     * As above, with files larger than {@code maxFileSize} bytes reported and not read. Each
     * file is loaded on its own: one that is not a regular file, too large, unreadable or not
     * valid Python is a {@link Problem}, and so is one whose analysis fails in any way (out of
     * memory, a stack overflow, a bug); the other files are loaded all the same.
     */
    public static Loaded load(List<Path> files, int minor, java.util.Map<Path, String> buffers,
            PackageLayout layout, long maxFileSize) {
        List<Path> all = new ArrayList<>(files);
        for (Path buffered : buffers.keySet()) {
            if (!all.contains(buffered)) {
                all.add(buffered);
            }
        }
        List<Object> results = PerFile.map(all,
                file -> loadOne(file, layout, minor, buffers.get(file), maxFileSize),
                (file, thrown) -> new Problem(file, 1, 1, "internal error: " + failure(thrown),
                        Problem.Kind.ANALYSIS_FAILED));
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

    /** One file's model, or the {@link Problem} that stopped it. */
    private static Object loadOne(Path file, PackageLayout layout, int minor,
            @Nullable String buffer, long maxFileSize) {
        try {
            ParseResult parse = buffer != null
                    ? SourceParser.parseText(file.toString(), buffer, minor)
                    : SourceParser.parse(file.toString(), readBounded(file, maxFileSize), minor);
            return SemanticModel.build(file, layout.moduleName(file), parse);
        } catch (NotRead e) {
            return e.problem;
        } catch (PythonSyntaxError e) {
            return new Problem(file, e.line(), e.column(), e.kind() + ": " + e.getMessage(),
                    Problem.Kind.SYNTAX_ERROR);
        } catch (IOException | UncheckedIOException e) {
            return new Problem(file, 1, 1, "cannot read: " + e.getMessage(),
                    Problem.Kind.UNREADABLE);
        }
    }

    /** A file that is not read, and the problem to report for it. */
    private static final class NotRead extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        NotRead(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /**
     * A file's bytes, unless it is not a regular file (found without opening it) or has more
     * than {@code max} bytes (found from its size, and again while reading, in case it grew).
     */
    private static byte[] readBounded(Path file, long max) throws IOException, NotRead {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attrs.isRegularFile()) {
            throw new NotRead(new Problem(file, 1, 1, "not a regular file ("
                    + FileKinds.describe(file) + "), not read", Problem.Kind.NOT_A_FILE));
        }
        long limit = Math.min(max, MAX_ARRAY);
        if (attrs.size() > limit) {
            throw new NotRead(tooLarge(file, attrs.size(), limit));
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new NotRead(tooLarge(file, bytes.length, limit));
            }
            return bytes;
        }
    }

    /**
     * The problem of a file of {@code size} bytes over the limit of {@code max}: it is not
     * checked.
     */
    public static Problem tooLarge(Path file, long size, long max) {
        return new Problem(file, 1, 1, "file too large: " + FileKinds.bytes(size)
                + " is more than max-file-size (" + FileKinds.bytes(max) + "), not checked",
                Problem.Kind.TOO_LARGE);
    }

    /** What went wrong, in one line: the kind of failure and Java's own words. */
    private static String failure(Throwable thrown) {
        if (thrown instanceof OutOfMemoryError) {
            return "ran out of memory analyzing this file (" + thrown + ")";
        }
        if (thrown instanceof StackOverflowError) {
            return "the analysis of this file overflowed its stack (" + thrown + ")";
        }
        return "the analysis of this file failed (" + thrown + ")";
    }
}

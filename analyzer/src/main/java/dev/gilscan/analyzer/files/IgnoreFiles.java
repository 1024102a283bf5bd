package dev.gilscan.analyzer.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The ignore files that decide which files of a folder are skipped, as Ruff (through the
 * {@code ignore} crate, like ripgrep) reads them, without running git. For each folder, in
 * increasing precedence (the last pattern that matches decides):
 *
 * <ol>
 *   <li>at a repository's root (a folder with {@code .git}): git's global excludes file,
 *       {@code core.excludesFile} of the git configuration ({@code /etc/gitconfig},
 *       {@code $XDG_CONFIG_HOME/git/config}, {@code ~/.gitconfig}, the repository's
 *       {@code .git/config}; the last one that sets it wins), by default
 *       {@code $XDG_CONFIG_HOME/git/ignore} ({@code ~/.config/git/ignore}); then
 *       {@code .git/info/exclude}. Their patterns are relative to the repository's root;
 *   <li>the folder's {@code .gitignore};
 *   <li>the folder's {@code .ignore}.
 * </ol>
 *
 * <p>In a worktree or submodule, whose {@code .git} is a file ({@code gitdir: ...}), the
 * {@code info/exclude} and {@code config} of the repository it points to are read.
 */
public final class IgnoreFiles {
    /** The environment; replaced by tests. */
    static UnaryOperator<@Nullable String> environment = System::getenv;

    private IgnoreFiles() {}

    /** The ignore rules that {@code dir} adds, lowest precedence first (maybe none). */
    public static List<GitIgnore> of(Path dir) throws IOException {
        List<GitIgnore> rules = new ArrayList<>();
        Path dotGit = dir.resolve(".git");
        if (Files.exists(dotGit)) {
            Path gitDir = gitDir(dotGit);
            Path excludes = globalExcludesFile(gitDir);
            if (excludes != null) {
                addFile(rules, dir, excludes);
            }
            if (gitDir != null) {
                addFile(rules, dir, commonDir(gitDir).resolve("info").resolve("exclude"));
            }
        }
        addFile(rules, dir, dir.resolve(".gitignore"));
        addFile(rules, dir, dir.resolve(".ignore"));
        return rules;
    }

    private static void addFile(List<GitIgnore> rules, Path base, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            rules.add(GitIgnore.of(base, Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
    }

    /** The repository folder: {@code .git} itself, or where its {@code gitdir:} line points. */
    private static @Nullable Path gitDir(Path dotGit) throws IOException {
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        if (!Files.isRegularFile(dotGit)) {
            return null;
        }
        for (String line : Files.readAllLines(dotGit, StandardCharsets.UTF_8)) {
            if (line.startsWith("gitdir:")) {
                return dotGit.getParent().resolve(line.substring("gitdir:".length()).strip())
                        .normalize();
            }
        }
        return null;
    }

    /** A worktree's repository holds {@code commondir}, the folder shared by all worktrees. */
    private static Path commonDir(Path gitDir) throws IOException {
        Path common = gitDir.resolve("commondir");
        if (!Files.isRegularFile(common)) {
            return gitDir;
        }
        return gitDir.resolve(Files.readString(common, StandardCharsets.UTF_8).strip()).normalize();
    }

    /** {@code core.excludesFile}, or git's default when no configuration sets it. */
    static @Nullable Path globalExcludesFile(@Nullable Path gitDir) throws IOException {
        String home = environment.apply("HOME");
        String xdg = environment.apply("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isEmpty() ? Path.of(xdg)
                : home != null ? Path.of(home, ".config") : null;
        List<Path> configs = new ArrayList<>();
        configs.add(Path.of("/etc/gitconfig"));
        if (config != null) {
            configs.add(config.resolve("git").resolve("config"));
        }
        if (home != null) {
            configs.add(Path.of(home, ".gitconfig"));
        }
        if (gitDir != null) {
            configs.add(commonDir(gitDir).resolve("config"));
        }
        String value = null;
        for (Path file : configs) {
            String set = coreExcludesFile(file);
            if (set != null) {
                value = set;
            }
        }
        if (value == null) {
            return config == null ? null : config.resolve("git").resolve("ignore");
        }
        if (value.startsWith("~/") && home != null) {
            return Path.of(home, value.substring(2));
        }
        return Path.of(value);
    }

    /**
     * The {@code excludesFile} of the {@code [core]} section of a git configuration file, or
     * null: git's syntax, section and key names case-insensitive, values maybe quoted,
     * {@code #} and {@code ;} comments.
     */
    static @Nullable String coreExcludesFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String value = null;
        boolean inCore = false;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.startsWith("[")) {
                int close = line.indexOf(']');
                String section = close < 0 ? "" : line.substring(1, close).strip();
                inCore = section.toLowerCase(Locale.ROOT).equals("core");
                line = close < 0 ? "" : line.substring(close + 1).strip();
            }
            int eq = line.indexOf('=');
            if (!inCore || eq < 0) {
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (key.equals("excludesfile")) {
                value = configValue(line.substring(eq + 1));
            }
        }
        return value;
    }

    /** A value without its comment and quotes, with git's escapes read. */
    private static String configValue(String text) {
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                b.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else if ((c == '#' || c == ';') && !quoted) {
                break;
            } else {
                b.append(c);
            }
        }
        return b.toString().strip();
    }
}

package dev.gilscan.analyzer.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns of one ignore file ({@code .gitignore}, {@code .ignore}, ...: {@link IgnoreFiles})
 * or of gilscan's own {@code exclude} setting, read
 * as git reads them: {@code #} comments, {@code !} negation, a trailing {@code /} for folders only,
 * a {@code /} at the start or in the middle anchors the pattern to the file's folder, {@code *},
 * {@code ?}, {@code [...]} and {@code **}. The last pattern that matches decides.
 *
 * <pre>
 * build/        # any folder named build
 * /dist         # dist next to the .gitignore only
 * *.py[co]      # compiled files anywhere
 * !keep.py      # but not this one
 * </pre>
 */
public final class GitIgnore {
    private record Entry(Pattern pattern, boolean negated, boolean directoryOnly) {}

    private final Path base;
    private final List<Entry> entries;

    private GitIgnore(Path base, List<Entry> entries) {
        this.base = base;
        this.entries = entries;
    }

    /** Rules from pattern lines, relative to {@code base}. */
    public static GitIgnore of(Path base, List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.stripTrailing();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = line.startsWith("!");
            if (negated) {
                line = line.substring(1);
            }
            boolean directoryOnly = line.endsWith("/");
            if (directoryOnly) {
                line = line.substring(0, line.length() - 1);
            }
            boolean anchored = line.contains("/");
            if (line.startsWith("/")) {
                line = line.substring(1);
            }
            if (line.isEmpty()) {
                continue;
            }
            String regex = (anchored ? "" : "(?:.*/)?") + globToRegex(line);
            entries.add(new Entry(Pattern.compile(regex), negated, directoryOnly));
        }
        return new GitIgnore(base, entries);
    }

    private static String globToRegex(String glob) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*') {
                if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                    b.append(slashAfter ? "(?:.*/)?" : ".*");
                    i += slashAfter ? 2 : 1;
                } else {
                    b.append("[^/]*");
                }
            } else if (c == '?') {
                b.append("[^/]");
            } else if (c == '[') {
                int close = glob.indexOf(']', i + 1);
                if (close < 0) {
                    b.append("\\[");
                } else {
                    String set = glob.substring(i + 1, close);
                    if (set.startsWith("!")) {
                        set = "^" + set.substring(1);
                    }
                    b.append('[').append(set.replace("\\", "\\\\")).append(']');
                    i = close;
                }
            } else if (c == '\\' && i + 1 < glob.length()) {
                b.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return b.toString();
    }

    /**
     * Whether these rules ignore {@code path} (below the base folder): true ignored, false
     * explicitly kept by a {@code !} pattern, null when no pattern matches.
     */
    public Boolean ignores(Path path, boolean directory) {
        if (!path.startsWith(base)) {
            return null;
        }
        String relative = base.relativize(path).toString().replace('\\', '/');
        Boolean result = null;
        for (Entry e : entries) {
            if (e.directoryOnly() && !directory) {
                continue;
            }
            if (e.pattern().matcher(relative).matches()) {
                result = !e.negated();
            }
        }
        return result;
    }

    /**
     * Whether these rules ignore {@code path} (a file, or a folder if one is there) or a folder
     * above it that lies below the base: what a walk from the base would pass over, for a path
     * named directly.
     */
    public boolean ignoresFileOrFolderAbove(Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (Boolean.TRUE.equals(ignores(file, Files.isDirectory(file)))) {
            return true;
        }
        for (Path dir = file.getParent(); dir != null && dir.startsWith(base)
                && !dir.equals(base); dir = dir.getParent()) {
            if (Boolean.TRUE.equals(ignores(dir, true))) {
                return true;
            }
        }
        return false;
    }
}

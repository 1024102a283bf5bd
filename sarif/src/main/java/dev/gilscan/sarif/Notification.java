package dev.gilscan.sarif;

import java.nio.file.Path;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Something that went wrong while gilscan ran, such as a file it could not read or parse: SARIF's
 * {@code invocations[0].toolExecutionNotifications}. GitHub shows these on the tool's status page,
 * not as alerts.
 *
 * @param path the file concerned, null when the notification is about no one file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column in UTF-16 code units, 0 when unknown; a {@code PythonSyntaxError}'s
 *     column (characters) is the same unless characters beyond U+FFFF come first on the line
 * @param message what went wrong, one or more sentences
 * @param level {@code error}, {@code warning}, {@code note} or {@code none}
 */
public record Notification(
        @Nullable Path path, int line, int column, String message, String level) {
    private static final Set<String> LEVELS = Set.of("error", "warning", "note", "none");

    /** Checks the level and that no position is negative. */
    public Notification {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException(
                    "notification level '" + level + "' is not one of error, warning, note, none");
        }
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** An error about a file, at a 1-based line and column. */
    public static Notification error(Path path, int line, int column, String message) {
        return new Notification(path, line, column, message, "error");
    }
}

package dev.gilscan.cli;

import dev.gilscan.settings.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code gilscan check - --stdin-filename app/x.py}: the source of one file read from standard
 * input, as editors and formatter hooks pass it, reported under {@code --stdin-filename} (or
 * {@code -} without one). The name need not exist; the configuration is the one that file would
 * have. The file is analyzed alone: the project's other files are not read.
 *
 * @param path the name the findings are reported under
 * @param text the source, decoded as UTF-8
 */
record Stdin(Path path, String text) {
    /**
     * The source on {@code in} when the paths ask for it ({@code -} alone, or no path and a
     * {@code --stdin-filename}), else null. Throws {@link IllegalArgumentException} with a
     * message for the user for {@code -} among other paths, a {@code --stdin-filename} with
     * paths, or input that cannot be read as UTF-8.
     */
    static @Nullable Stdin read(List<Path> paths, @Nullable Path filename, InputStream in) {
        boolean dash = paths.contains(Path.of("-"));
        if (dash && paths.size() > 1) {
            throw new IllegalArgumentException("`-` (standard input) cannot be checked with "
                    + "other paths");
        }
        if (!dash && !(paths.isEmpty() && filename != null)) {
            if (filename != null) {
                throw new IllegalArgumentException("--stdin-filename is for PATH `-` (standard "
                        + "input), not for files on disk");
            }
            return null;
        }
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read standard input: "
                    + IoErrors.reason(e));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("standard input is not valid UTF-8");
        }
        return new Stdin(filename != null ? filename : Path.of("-"), text);
    }

    /**
     * The file to analyze: the name, unless force-exclude is set and the configuration's
     * {@code exclude} patterns match it.
     */
    List<Path> files(Settings settings) {
        if (settings.forceExclude() && settings.excludes().ignoresFileOrFolderAbove(path)) {
            return List.of();
        }
        return List.of(path);
    }

    /** The source as the buffer of each of {@code files}. */
    Map<Path, String> buffers(List<Path> files) {
        return files.isEmpty() ? Map.of() : Map.of(path, text);
    }
}

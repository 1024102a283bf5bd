package dev.gilscan.lsp;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** {@code file:} URIs, as editors send them, and paths. */
final class Uris {
    private Uris() {}

    static String of(Path path) {
        return path.toUri().toString();
    }

    /** The absolute path of a {@code file:} URI, or null for other schemes and bad URIs. */
    static @Nullable Path path(String uri) {
        try {
            URI parsed = URI.create(uri);
            if (!"file".equalsIgnoreCase(parsed.getScheme())) {
                return null;
            }
            return Path.of(parsed).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}

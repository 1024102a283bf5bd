package dev.gilscan.sarif;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The directory that result paths are written relative to, as SARIF's {@code %SRCROOT%}: GitHub
 * reads a relative {@code uri} as a path from the root of the repository, so this should be the
 * checkout's root.
 */
final class SourceRoot {
    static final String ID = "%SRCROOT%";

    private final Path root;

    SourceRoot(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The root as an absolute {@code file:} URI ending in '/', for {@code originalUriBaseIds}. */
    String uri() {
        String uri = root.toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    /** The path of {@code file} from the root with '/' separators, or null if it lies outside. */
    @Nullable String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(root) || absolute.equals(root)) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Path part : root.relativize(absolute)) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    /** How fingerprints name a file: its relative path, or its absolute path when outside. */
    String key(Path file) {
        String relative = relative(file);
        return relative != null ? relative : file.toAbsolutePath().normalize().toString();
    }

    /**
     * The {@code uri} of a file's {@code artifactLocation}: its relative path, encoded (with
     * {@code uriBaseId} {@value #ID}), or its absolute URI when it lies outside the root.
     */
    String artifactUri(Path file) {
        String relative = relative(file);
        return relative != null ? encode(relative) : absoluteUri(file);
    }

    /** The absolute {@code file:} URI of a file outside the root. */
    static String absoluteUri(Path file) {
        return file.toAbsolutePath().normalize().toUri().toASCIIString();
    }

    /**
     * A relative path as a URI reference: every byte of its UTF-8 form other than letters, digits,
     * {@code -._~} and '/' is percent-encoded, so a ':' cannot be read as a scheme.
     */
    static String encode(String relativePath) {
        StringBuilder b = new StringBuilder(relativePath.length());
        for (byte x : relativePath.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return b.toString();
    }
}

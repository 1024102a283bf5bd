package dev.gilscan.analyzer.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a path is, in words for a message, found without opening it (links followed). */
final class FileKinds {
    private static final String REGULAR = "a regular file";
    private static final String FOLDER = "a folder";

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKinds() {}

    /**
     * "a named pipe", "a character device", ..., "a regular file", "a folder"; for a symbolic
     * link, "a symbolic link to " what it leads to, or "a symbolic link that leads to no file"
     * (broken, or a loop).
     */
    static String describe(Path path) {
        if (!Files.isSymbolicLink(path)) {
            return target(path);
        }
        return Files.exists(path) ? "a symbolic link to " + target(path)
                : "a symbolic link that leads to no file";
    }

    /** What a path leads to, links followed. */
    private static String target(Path path) {
        if (Files.isRegularFile(path)) {
            return REGULAR;
        }
        if (Files.isDirectory(path)) {
            return FOLDER;
        }
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode");
            return switch (mode & TYPE_MASK) {
                case FIFO -> "a named pipe";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "an unknown kind of file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "an unknown kind of file";
        }
    }

    /** A size in bytes, in the largest binary unit that keeps it at least 1: "12.5 MiB". */
    static String bytes(long n) {
        String[] units = {"KiB", "MiB", "GiB"};
        if (n < 1024) {
            return n + " bytes";
        }
        double value = n;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = value == Math.rint(value) ? String.valueOf((long) value)
                : String.format(java.util.Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }
}

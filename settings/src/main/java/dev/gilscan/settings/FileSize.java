package dev.gilscan.settings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A size in bytes as {@code max-file-size} and {@code --max-file-size} take it: a number of
 * bytes ({@code 1048576}) or a number with a binary unit ({@code 512KiB}, {@code 10MiB},
 * {@code 1GiB}).
 */
public final class FileSize {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(|B|KiB|MiB|GiB)");

    private FileSize() {}

    /** The number of bytes {@code text} says, or an exception that says what is accepted. */
    public static long parse(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("`" + text + "` is not a size: write a number of"
                    + " bytes, or a number with KiB, MiB or GiB, such as \"10MiB\"");
        }
        long n = Long.parseLong(m.group(1));
        long bytes = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "kib" -> n << 10;
            case "mib" -> n << 20;
            case "gib" -> n << 30;
            default -> n;
        };
        if (bytes < 1) {
            throw new IllegalArgumentException("the size must be at least 1 byte");
        }
        return bytes;
    }
}

package dev.gilscan.scan;

import dev.gilscan.analyzer.cache.ResultCache;
import dev.gilscan.settings.Settings;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where a scan keeps its results cache, decided here for {@code gilscan check} and the language
 * server alike, as Ruff places {@code .ruff_cache}.
 */
public final class CacheLocation {
    private CacheLocation() {}

    /**
     * The cache to use, or null when it is off ({@code off}: {@code --no-cache} or the editor's
     * {@code noCache}; or {@code GILSCAN_NO_CACHE} set to anything but empty, {@code 0} or
     * {@code false}). The folder is {@code option} ({@code --cache-dir}, the editor's
     * {@code cacheDir}), else {@code GILSCAN_CACHE_DIR}, else {@code cache-dir} of the
     * configuration, else {@code .gilscan_cache} beside the {@code pyproject.toml}, else in
     * {@code folder} (the current folder of a check, the workspace folder of the editor).
     */
    public static @Nullable ResultCache of(Settings settings, @Nullable Path option, boolean off,
            UnaryOperator<@Nullable String> environment, Path folder, String version) {
        String disabled = environment.apply("GILSCAN_NO_CACHE");
        if (off || disabled != null && !disabled.isEmpty() && !disabled.equals("0")
                && !disabled.equalsIgnoreCase("false")) {
            return null;
        }
        String fromEnvironment = environment.apply("GILSCAN_CACHE_DIR");
        Path dir = option != null ? option
                : fromEnvironment != null && !fromEnvironment.isEmpty() ? Path.of(fromEnvironment)
                : settings.project().file() != null ? settings.cacheDir()
                : folder.resolve(ResultCache.FOLDER);
        return new ResultCache(dir, version);
    }
}
